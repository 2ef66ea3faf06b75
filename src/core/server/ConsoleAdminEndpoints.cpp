// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleAdminEndpoints.h"

#include "channels/CloudApiFields.h"
#include "desk/Desk.h"
#include "util/SecretMask.h"

#include <QHash>

namespace ChannelDesk {
namespace {

void answerStatus(const ConsoleCall& call, const Status& status)
{
    if (!status.ok())
        return call.fail(status.error());
    call.ok();
}

} // namespace

ConsoleAdminEndpoints::ConsoleAdminEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

bool ConsoleAdminEndpoints::handle(const QString& verb, const ConsoleCall& call)
{
    using Handler = void (ConsoleAdminEndpoints::*)(const ConsoleCall&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("saveChannels"), &ConsoleAdminEndpoints::saveChannels},
        {QStringLiteral("removeChannel"), &ConsoleAdminEndpoints::removeChannel},
        {QStringLiteral("readSecret"), &ConsoleAdminEndpoints::readSecret},
        {QStringLiteral("apiKeys"), &ConsoleAdminEndpoints::apiKeys},
        {QStringLiteral("createApiKey"), &ConsoleAdminEndpoints::createApiKey},
        {QStringLiteral("revokeApiKey"), &ConsoleAdminEndpoints::revokeApiKey},
        {QStringLiteral("auditLog"), &ConsoleAdminEndpoints::auditLog},
        {QStringLiteral("refusalCounts"), &ConsoleAdminEndpoints::refusalCounts},
    };
    const Handler handler = handlers.value(verb);
    if (!handler)
        return false;
    (this->*handler)(call);
    return true;
}

void ConsoleAdminEndpoints::saveChannels(const ConsoleCall& call)
{
    QList<ChannelDraft> drafts;
    if (!call.decodeList(QStringLiteral("drafts"), &drafts))
        return;
    QStringList ids;
    bool secrets = false;
    for (const ChannelDraft& draft : drafts) {
        ids.append(draft.channel.id);
        secrets = secrets || !draft.secrets.isEmpty();
    }
    call.setTarget(ids.join(QLatin1Char(',')));
    if (secrets && !m_context.setupRefusal.isEmpty())
        return call.answer(
            ApiResponse::error(409, QStringLiteral("NO_SECRET_STORE"), m_context.setupRefusal));
    m_context.desk->saveChannels(drafts).then(this,
                                              [call](const Status& saved) { answerStatus(call, saved); });
}

void ConsoleAdminEndpoints::removeChannel(const ConsoleCall& call)
{
    QString channelId;
    if (!call.string(QStringLiteral("channel"), &channelId))
        return;
    call.setTarget(channelId);
    m_context.desk->removeChannel(channelId).then(
        this, [call](const Status& removed) { answerStatus(call, removed); });
}

void ConsoleAdminEndpoints::readSecret(const ConsoleCall& call)
{
    QString channelId;
    QString field;
    if (!call.string(QStringLiteral("channel"), &channelId) || !call.string(QStringLiteral("field"), &field))
        return;
    call.setTarget(channelId + QLatin1Char('/') + field);
    m_context.desk->readSecret(channelId, field).then(this, [call, field](SecretResult secret) {
        // The verify token is pasted into Meta's console, so it is shown; a token or app secret
        // never leaves the server whole.
        if (secret.ok() && field != CloudApiFields::verifyToken())
            secret.value = SecretMask::mask(secret.value);
        call.ok({{QStringLiteral("secret"), toWire(secret)}});
    });
}

void ConsoleAdminEndpoints::apiKeys(const ConsoleCall& call)
{
    m_context.desk->apiKeys().then(this, [call](const Result<QList<ApiKeyInfo>>& keys) {
        if (!keys.ok())
            return call.fail(keys.error());
        call.ok({{QStringLiteral("keys"), toWireArray(keys.value())}});
    });
}

void ConsoleAdminEndpoints::createApiKey(const ConsoleCall& call)
{
    QString name;
    QString roleName;
    qint64 rate = 0;
    if (!call.string(QStringLiteral("name"), &name) || !call.string(QStringLiteral("role"), &roleName)
        || !call.integer(QStringLiteral("rate_per_minute"), &rate))
        return;
    call.setTarget(name);
    const std::optional<ApiRole> role = parseApiRole(roleName);
    if (!role)
        return call.fail(Error{ErrorCode::InvalidInput,
                               tr("role: one of %1.").arg(apiRoleNames().join(QStringLiteral(", ")))});
    m_context.desk->createApiKey(name, *role, int(rate)).then(this, [call](const Result<NewApiKey>& made) {
        if (!made.ok())
            return call.fail(made.error());
        // The only time the key is ever shown.
        call.ok({{QStringLiteral("key"), toWire(made.value())}});
    });
}

void ConsoleAdminEndpoints::revokeApiKey(const ConsoleCall& call)
{
    QString name;
    if (!call.string(QStringLiteral("name"), &name))
        return;
    call.setTarget(name);
    m_context.desk->revokeApiKey(name).then(this,
                                            [call](const Status& revoked) { answerStatus(call, revoked); });
}

void ConsoleAdminEndpoints::auditLog(const ConsoleCall& call)
{
    int limit = 0;
    if (!call.limit(&limit))
        return;
    m_context.desk->auditLog(limit).then(this, [call](const Result<QList<AuditEntry>>& entries) {
        if (!entries.ok())
            return call.fail(entries.error());
        call.ok({{QStringLiteral("entries"), toWireArray(entries.value())}});
    });
}

void ConsoleAdminEndpoints::refusalCounts(const ConsoleCall& call)
{
    int limit = 0;
    if (!call.limit(&limit))
        return;
    m_context.desk->refusalCounts(limit).then(this, [call](const Result<QList<RefusalCount>>& counts) {
        if (!counts.ok())
            return call.fail(counts.error());
        call.ok({{QStringLiteral("counts"), toWireArray(counts.value())}});
    });
}

} // namespace ChannelDesk
