// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AdminEndpoints.h"

#include "channels/AnswersFile.h"
#include "channels/KindFields.h"
#include "desk/Desk.h"
#include "server/ApiJson.h"
#include "server/ChannelEndpoints.h"
#include "store/ApiKeyStore.h"
#include "store/AuditStore.h"
#include "store/DatabaseWorker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ChannelDesk {
namespace {

ApiResponse invalid(const QStringList& errors)
{
    ApiResponse response
        = ApiResponse::error(422, QStringLiteral("INVALID_INPUT"), errors.join(QLatin1Char('\n')));
    response.body.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return response;
}

FieldCheck checkField(const Channel& channel, const QString& key, const QString& value)
{
    return KindFields::checkField(channel.kind, key, value);
}

} // namespace

AdminEndpoints::AdminEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

void AdminEndpoints::save(const ApiRequest& request, const ApiReply& reply, const QList<ChannelDraft>& drafts,
                          const QString& action, const QString& target)
{
    m_context.desk->saveChannels(drafts).then(
        this, [this, request, reply, drafts, action, target](const Status& saved) {
            if (!saved.ok()) {
                m_context.record(request, action, target, QStringLiteral("FAILED"));
                return reply(ApiResponse::error(500, QStringLiteral("FAILED"), saved.error().message));
            }
            m_context.record(request, action, target, QStringLiteral("ok"));
            QJsonArray ids;
            for (const ChannelDraft& draft : drafts)
                ids.append(draft.channel.id);
            reply(ApiResponse::ok({{QStringLiteral("channels"), ids}},
                                  action == QLatin1String("channel.create") ? 201 : 200));
        });
}

void AdminEndpoints::createChannels(const ApiRequest& request, const ApiReply& reply)
{
    if (!m_context.setupRefusal.isEmpty())
        return reply(ApiResponse::error(409, QStringLiteral("NO_SECRET_STORE"), m_context.setupRefusal));
    const AnswersFile::Parsed parsed = AnswersFile::parse(request.body);
    if (!parsed.ok()) {
        m_context.record(request, QStringLiteral("channel.create"), {}, QStringLiteral("INVALID_INPUT"));
        return reply(invalid(parsed.errors));
    }
    QStringList taken;
    QStringList ids;
    for (const ChannelDraft& draft : parsed.drafts) {
        ids.append(draft.channel.id);
        if (m_context.desk->channel(draft.channel.id))
            taken.append(tr("A channel “%1” exists already; PATCH /api/v1/channels/%1 changes it.")
                             .arg(draft.channel.id));
    }
    if (!taken.isEmpty()) {
        m_context.record(request, QStringLiteral("channel.create"), ids.join(QLatin1Char(',')),
                         QStringLiteral("EXISTS"));
        ApiResponse response = invalid(taken);
        response.status = 409;
        response.body.insert(QStringLiteral("code"), QStringLiteral("EXISTS"));
        return reply(response);
    }
    save(request, reply, parsed.drafts, QStringLiteral("channel.create"), ids.join(QLatin1Char(',')));
}

void AdminEndpoints::patchChannel(const ApiRequest& request, const ApiReply& reply)
{
    if (!ChannelEndpoints::findChannel(m_context, request, reply))
        return;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return reply(
            ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                               tr("The body must be a JSON object with name, enabled, fields or secret.")));
    const QJsonObject body = document.object();
    ChannelDraft draft{*m_context.desk->channel(request.segments.at(1)), {}};
    Channel& channel = draft.channel;
    const QStringList plain = KindFields::plainFields(channel.kind);
    const QStringList secret = KindFields::secretFields(channel.kind);
    QStringList errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("name")) {
            const QString name = it->toString().trimmed();
            if (name.isEmpty() || name.size() > 64)
                errors << tr("name: give 1 to 64 characters.");
            channel.name = name;
        } else if (key == QLatin1String("enabled")) {
            if (!it->isBool())
                errors << tr("enabled: true or false.");
            channel.enabled = it->toBool();
        } else if (key == QLatin1String("fields")) {
            const QJsonObject fields = it->toObject();
            for (auto field = fields.begin(); field != fields.end(); ++field) {
                if (secret.contains(field.key())) {
                    errors << tr("fields.%1: a secret; send it as "
                                 "{\"secret\":{\"field\":\"%1\",\"value\":\"…\"}}.")
                                  .arg(field.key());
                    continue;
                }
                if (!plain.contains(field.key())) {
                    errors << tr("fields.%1: not a field of a %2 channel; it has %3.")
                                  .arg(field.key().left(64), channel.kind, plain.join(QStringLiteral(", ")));
                    continue;
                }
                const QString value = field->isDouble() ? QString::number(field->toInt()) : field->toString();
                const FieldCheck check = checkField(channel, field.key(), value);
                if (check.isError())
                    errors << QStringLiteral("fields.%1: %2").arg(field.key(), check.message);
                channel.fields.insert(field.key(), value);
            }
        } else if (key == QLatin1String("secret")) {
            if (!m_context.setupRefusal.isEmpty())
                return reply(
                    ApiResponse::error(409, QStringLiteral("NO_SECRET_STORE"), m_context.setupRefusal));
            const QString field = it->toObject().value(QStringLiteral("field")).toString();
            const QString value = it->toObject().value(QStringLiteral("value")).toString();
            if (!secret.contains(field)) {
                errors << tr("secret.field: one of %1.").arg(secret.join(QStringLiteral(", ")));
                continue;
            }
            const FieldCheck check = checkField(channel, field, value);
            if (check.isError())
                errors << QStringLiteral("secret.%1: %2").arg(field, check.message);
            draft.secrets.insert(field, value);
        } else {
            errors << tr("%1: not something a channel has; use name, enabled, fields or secret.")
                          .arg(key.left(64));
        }
    }
    if (!errors.isEmpty()) {
        m_context.record(request, QStringLiteral("channel.change"), channel.id,
                         QStringLiteral("INVALID_INPUT"));
        return reply(invalid(errors));
    }
    const QString action
        = draft.secrets.isEmpty() ? QStringLiteral("channel.change") : QStringLiteral("channel.secret");
    save(request, reply, {draft}, action, channel.id);
}

void AdminEndpoints::removeChannel(const ApiRequest& request, const ApiReply& reply)
{
    if (!ChannelEndpoints::findChannel(m_context, request, reply))
        return;
    const QString id = request.segments.at(1);
    m_context.desk->removeChannel(id).then(this, [this, request, reply, id](const Status& removed) {
        m_context.record(request, QStringLiteral("channel.remove"), id,
                         removed.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED"));
        if (!removed.ok())
            return reply(ApiResponse::error(500, QStringLiteral("FAILED"), removed.error().message));
        reply(ApiResponse::ok({{QStringLiteral("removed"), id}}));
    });
}

void AdminEndpoints::listKeys(const ApiRequest&, const ApiReply& reply)
{
    m_context.worker->run([path = m_context.databasePath] { return ApiKeyStore(path).list(); })
        .then(this, [reply](const Result<QList<ApiKeyInfo>>& keys) {
            if (!keys.ok())
                return reply(ApiResponse::error(500, QStringLiteral("FAILED"), keys.error().message));
            QJsonArray list;
            for (const ApiKeyInfo& key : keys.value())
                list.append(QJsonObject{{QStringLiteral("name"), key.name},
                                        {QStringLiteral("role"), apiRoleName(key.role)},
                                        {QStringLiteral("created_at"), ApiJson::time(key.createdAt)},
                                        {QStringLiteral("last_used_at"), ApiJson::time(key.lastUsedAt)},
                                        {QStringLiteral("rate_per_minute"), key.ratePerMinute}});
            reply(ApiResponse::ok({{QStringLiteral("keys"), list}}));
        });
}

void AdminEndpoints::createKey(const ApiRequest& request, const ApiReply& reply)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    const std::optional<ApiRole> role = parseApiRole(body.value(QStringLiteral("role")).toString());
    const int rate = body.value(QStringLiteral("rate_per_minute")).toInt(ApiKeyInfo::DefaultRatePerMinute);
    if (!role)
        return reply(
            ApiResponse::error(422, QStringLiteral("INVALID_INPUT"),
                               tr("role: one of %1.").arg(apiRoleNames().join(QStringLiteral(", ")))));
    m_context.worker
        ->run([path = m_context.databasePath, name, role, rate] {
            return ApiKeyStore(path).create(name, *role, rate, QDateTime::currentDateTimeUtc());
        })
        .then(this, [this, request, reply, name](const Result<NewApiKey>& made) {
            m_context.record(request, QStringLiteral("key.create"), name,
                             made.ok() ? QStringLiteral("ok") : made.error().message);
            if (!made.ok())
                return reply(ApiResponse::error(made.error().code == ApiKeyStore::DuplicateName ? 409 : 422,
                                                QStringLiteral("INVALID_INPUT"), made.error().message));
            // The only time the key is ever shown.
            reply(ApiResponse::ok({{QStringLiteral("name"), made.value().info.name},
                                   {QStringLiteral("role"), apiRoleName(made.value().info.role)},
                                   {QStringLiteral("key"), made.value().key}},
                                  201));
        });
}

void AdminEndpoints::revokeKey(const ApiRequest& request, const ApiReply& reply)
{
    const QString name = request.segments.at(1);
    m_context.worker->run([path = m_context.databasePath, name] { return ApiKeyStore(path).revoke(name); })
        .then(this, [this, request, reply, name](const Status& revoked) {
            m_context.record(request, QStringLiteral("key.revoke"), name,
                             revoked.ok() ? QStringLiteral("ok") : revoked.error().message);
            if (!revoked.ok())
                return reply(ApiResponse::error(revoked.error().code == ApiKeyStore::UnknownName ? 404 : 500,
                                                QStringLiteral("UNKNOWN_KEY"), revoked.error().message));
            reply(ApiResponse::ok({{QStringLiteral("revoked"), name}}));
        });
}

void AdminEndpoints::audit(const ApiRequest& request, const ApiReply& reply)
{
    bool ok = true;
    const int limit = request.query.contains(QStringLiteral("limit"))
        ? request.query.value(QStringLiteral("limit")).toInt(&ok)
        : 100;
    if (!ok || limit < 1 || limit > 1000)
        return reply(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"), tr("limit must be 1–1000.")));
    m_context.worker->run([path = m_context.databasePath, limit] { return AuditStore(path).recent(limit); })
        .then(this, [reply](const Result<QList<AuditEntry>>& entries) {
            if (!entries.ok())
                return reply(ApiResponse::error(500, QStringLiteral("FAILED"), entries.error().message));
            QJsonArray list;
            for (const AuditEntry& entry : entries.value())
                list.append(QJsonObject{{QStringLiteral("at"), ApiJson::time(entry.at)},
                                        {QStringLiteral("key"), entry.keyName},
                                        {QStringLiteral("remote"), entry.remote},
                                        {QStringLiteral("action"), entry.action},
                                        {QStringLiteral("target"), entry.target},
                                        {QStringLiteral("result"), entry.result}});
            reply(ApiResponse::ok({{QStringLiteral("audit"), list}}));
        });
}

} // namespace ChannelDesk
