// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteDesk's calls: each is one console verb (docs/api.md), its answer decoded with the wire
// codec. Kept apart from RemoteDesk.cpp, which follows the connection and the stream.
#include "remote/RemoteDesk.h"

#include "remote/RemoteClient.h"
#include "util/DiskUsageProbe.h"
#include "util/WhenFinished.h"

#include <QFutureWatcher>
#include "wire/BotWire.h"
#include "wire/ChannelWire.h"
#include "wire/MessageWire.h"

namespace ChannelDesk {
namespace {

Error errorOf(const RemoteClient::Answer& answer)
{
    return Error(answer.error.code ? answer.error.code : int(ErrorCode::Failed), answer.error.message);
}

Error unreadable()
{
    return Error(ErrorCode::Failed,
                 RemoteDesk::tr("The server's answer could not be read; is it the same "
                                "ChannelDesk version as this window?"));
}

Status doneOf(const RemoteClient::Answer& answer)
{
    if (!answer.ok())
        return errorOf(answer);
    return Done{};
}

template <typename T> Result<QList<T>> listOf(const RemoteClient::Answer& answer, const QString& key)
{
    if (!answer.ok())
        return errorOf(answer);
    QList<T> values;
    if (!fromWireArray(answer.body.value(key), &values))
        return unreadable();
    return values;
}

template <typename T> Result<T> valueOf(const RemoteClient::Answer& answer, const QString& key)
{
    if (!answer.ok())
        return errorOf(answer);
    T value;
    if (!fromWire(answer.body.value(key), &value))
        return unreadable();
    return value;
}

template <typename T>
Result<std::optional<T>> optionalOf(const RemoteClient::Answer& answer, const QString& key)
{
    if (!answer.ok())
        return errorOf(answer);
    const QJsonValue value = answer.body.value(key);
    if (value.isNull() || value.isUndefined())
        return std::optional<T>();
    T decoded;
    if (!fromWire(value, &decoded))
        return unreadable();
    return std::optional<T>(decoded);
}

template <typename T> QFuture<Result<T>> refusedNow(const QString& why)
{
    return QtFuture::makeReadyFuture(Result<T>(Error(ErrorCode::InvalidInput, why)));
}

} // namespace

QFuture<Status> RemoteDesk::saveChannels(const QList<ChannelDraft>& drafts)
{
    if (const QString why = blocked(ApiRole::Admin); !why.isEmpty())
        return refusedNow<Done>(why);
    // The secrets travel once, to the server's secret store; nothing here keeps them.
    return m_client->call(QStringLiteral("saveChannels"), {{QStringLiteral("drafts"), toWireArray(drafts)}})
        .then(this, [this](const RemoteClient::Answer& answer) {
            if (answer.ok())
                refreshSnapshot();
            return doneOf(answer);
        });
}

QFuture<Status> RemoteDesk::removeChannel(const QString& id)
{
    if (const QString why = blocked(ApiRole::Admin); !why.isEmpty())
        return refusedNow<Done>(why);
    return m_client->call(QStringLiteral("removeChannel"), {{QStringLiteral("channel"), id}})
        .then(this, [this](const RemoteClient::Answer& answer) {
            if (answer.ok())
                refreshSnapshot();
            return doneOf(answer);
        });
}

QFuture<SecretResult> RemoteDesk::readSecret(const QString& channelId, const QString& field)
{
    if (const QString why = blocked(ApiRole::Admin); !why.isEmpty())
        return QtFuture::makeReadyFuture(SecretResult{SecretResult::Code::AccessDenied, {}, why});
    return m_client
        ->call(QStringLiteral("readSecret"),
               {{QStringLiteral("channel"), channelId}, {QStringLiteral("field"), field}})
        .then(this, [](const RemoteClient::Answer& answer) {
            const Result<SecretResult> secret = valueOf<SecretResult>(answer, QStringLiteral("secret"));
            if (!secret.ok())
                return SecretResult{SecretResult::Code::Failed, {}, secret.error().message};
            return secret.value();
        });
}

void RemoteDesk::useMemorySecrets()
{
    // Secrets live on the server; the window keeps none.
}

QFuture<SecretResult> RemoteDesk::probeKeychain()
{
    // The console keeps no channel secrets, so a missing keychain here does not matter.
    return QtFuture::makeReadyFuture(SecretResult{SecretResult::Code::NotFound, {}, {}});
}

QFuture<ConnectionCheck> RemoteDesk::testConnection(const ConnectionCheckRequest& request)
{
    auto promise = std::make_shared<QPromise<ConnectionCheck>>();
    promise->start();
    if (const QString why = blocked(ApiRole::Sender); !why.isEmpty()) {
        ConnectionCheck refused;
        refused.failureText = why;
        promise->addResult(refused);
        promise->finish();
        return promise->future();
    }
    QFuture<RemoteClient::Answer> answer
        = m_client->call(QStringLiteral("testConnection"), {{QStringLiteral("request"), toWire(request)}});
    // Cancelling the caller's future aborts the request.
    auto* watcher = new QFutureWatcher<ConnectionCheck>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [answer]() mutable { answer.cancel(); });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(promise->future());
    whenFinished(answer, this, [promise](const RemoteClient::Answer& reply) {
        if (promise->isCanceled())
            return;
        ConnectionCheck check;
        const Result<ConnectionCheck> decoded = valueOf<ConnectionCheck>(reply, QStringLiteral("check"));
        if (decoded.ok())
            check = decoded.value();
        else
            check.failureText = decoded.error().message;
        promise->addResult(check);
        promise->finish();
    });
    return promise->future();
}

void RemoteDesk::checkHealth(const QString& channelId)
{
    if (!blocked(ApiRole::Operator).isEmpty())
        return;
    emit healthCheckStarted(channelId);
    whenFinished(m_client->call(QStringLiteral("checkHealth"), {{QStringLiteral("channel"), channelId}}),
                 this, [this, channelId](const RemoteClient::Answer& answer) {
                     if (!answer.ok())
                         emit problemReported(channelId, answer.error.message);
                     refreshSnapshot();
                 });
}

QFuture<Result<QList<ChannelEvent>>> RemoteDesk::channelEvents(const QString& channelId, int limit)
{
    return m_client
        ->call(QStringLiteral("channelEvents"),
               {{QStringLiteral("channel"), channelId}, {QStringLiteral("limit"), limit}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<ChannelEvent>(answer, QStringLiteral("events"));
        });
}

QFuture<Status> RemoteDesk::applyReceiverSettings(const ReceiverSettings&)
{
    return refusedNow<Done>(
        tr("These are the server's settings; change them where `channeldesk serve` runs."));
}

QFuture<Status> RemoteDesk::applyApiSettings(const ApiSettings&)
{
    return refusedNow<Done>(
        tr("These are the server's settings; change them where `channeldesk serve` runs."));
}

QFuture<Result<QList<ApiKeyInfo>>> RemoteDesk::apiKeys()
{
    return m_client->call(QStringLiteral("apiKeys")).then(this, [](const RemoteClient::Answer& answer) {
        return listOf<ApiKeyInfo>(answer, QStringLiteral("keys"));
    });
}

QFuture<Result<NewApiKey>> RemoteDesk::createApiKey(const QString& name, ApiRole role, int ratePerMinute)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("role"), apiRoleName(role)},
                           {QStringLiteral("rate_per_minute"), ratePerMinute}};
    return m_client->call(QStringLiteral("createApiKey"), body)
        .then(this, [](const RemoteClient::Answer& answer) {
            return valueOf<NewApiKey>(answer, QStringLiteral("key"));
        });
}

QFuture<Status> RemoteDesk::revokeApiKey(const QString& name)
{
    return m_client->call(QStringLiteral("revokeApiKey"), {{QStringLiteral("name"), name}})
        .then(this, [](const RemoteClient::Answer& answer) { return doneOf(answer); });
}

QFuture<Result<QList<AuditEntry>>> RemoteDesk::auditLog(int limit)
{
    return m_client->call(QStringLiteral("auditLog"), {{QStringLiteral("limit"), limit}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<AuditEntry>(answer, QStringLiteral("entries"));
        });
}

QFuture<Result<QList<RefusalCount>>> RemoteDesk::refusalCounts(int limit)
{
    return m_client->call(QStringLiteral("refusalCounts"), {{QStringLiteral("limit"), limit}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<RefusalCount>(answer, QStringLiteral("counts"));
        });
}

QFuture<Result<QList<ConversationRow>>> RemoteDesk::conversations(const QString& channelId, int limit,
                                                                  const std::optional<ConversationKey>& after,
                                                                  const ConversationFilter& filter)
{
    QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("limit"), limit}};
    if (after)
        body.insert(QStringLiteral("after"), toWire(*after));
    // Only sent when set, so a server from before the handoff answers the unfiltered list.
    if (filter.takenOverOnly)
        body.insert(QStringLiteral("takenOverOnly"), true);
    return m_client->call(QStringLiteral("conversations"), body)
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<ConversationRow>(answer, QStringLiteral("rows"));
        });
}

QFuture<Result<std::optional<ConversationRow>>> RemoteDesk::conversation(qint64 conversationId)
{
    return m_client->call(QStringLiteral("conversation"), {{QStringLiteral("id"), conversationId}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return optionalOf<ConversationRow>(answer, QStringLiteral("row"));
        });
}

QFuture<Result<std::optional<ConversationRow>>> RemoteDesk::conversationWith(const QString& channelId,
                                                                             const QString& peer)
{
    return m_client
        ->call(QStringLiteral("conversationWith"),
               {{QStringLiteral("channel"), channelId}, {QStringLiteral("peer"), peer}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return optionalOf<ConversationRow>(answer, QStringLiteral("row"));
        });
}

QFuture<Result<QList<MessageRow>>>
RemoteDesk::olderMessages(qint64 conversationId, const std::optional<MessageKey>& before, int limit)
{
    QJsonObject body{{QStringLiteral("conversation"), conversationId}, {QStringLiteral("limit"), limit}};
    if (before)
        body.insert(QStringLiteral("before"), toWire(*before));
    return m_client->call(QStringLiteral("olderMessages"), body)
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<MessageRow>(answer, QStringLiteral("rows"));
        });
}

QFuture<Result<QList<MessageRow>>> RemoteDesk::newerMessages(qint64 conversationId, const MessageKey& from,
                                                             const std::optional<MessageKey>& to, int limit)
{
    QJsonObject body{{QStringLiteral("conversation"), conversationId},
                     {QStringLiteral("from"), toWire(from)},
                     {QStringLiteral("limit"), limit}};
    if (to)
        body.insert(QStringLiteral("to"), toWire(*to));
    return m_client->call(QStringLiteral("newerMessages"), body)
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<MessageRow>(answer, QStringLiteral("rows"));
        });
}

QFuture<Result<std::optional<MessageKey>>> RemoteDesk::messageKey(qint64 messageId)
{
    return m_client->call(QStringLiteral("messageKey"), {{QStringLiteral("message"), messageId}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return optionalOf<MessageKey>(answer, QStringLiteral("key"));
        });
}

QFuture<Result<QList<SearchHit>>> RemoteDesk::search(const QString& text, const QString& channelId, int limit)
{
    const QJsonObject body{{QStringLiteral("text"), text},
                           {QStringLiteral("channel"), channelId},
                           {QStringLiteral("limit"), limit}};
    return m_client->call(QStringLiteral("search"), body).then(this, [](const RemoteClient::Answer& answer) {
        return listOf<SearchHit>(answer, QStringLiteral("hits"));
    });
}

QFuture<Status> RemoteDesk::markConversationRead(qint64 conversationId)
{
    if (!blocked(ApiRole::Sender).isEmpty())
        return QtFuture::makeReadyFuture(Status(Done{})); // a viewer's reading changes nothing on the server
    return m_client
        ->call(QStringLiteral("markConversationRead"), {{QStringLiteral("conversation"), conversationId}})
        .then(this, [](const RemoteClient::Answer& answer) { return doneOf(answer); });
}

// Storage (issue 18) --------------------------------------------------------------------------

QFuture<DiskUsage> RemoteDesk::diskUsage()
{
    // /health needs no key and carries the server's disk object since issue 18; an older server
    // answers without it, and so invalid.
    return m_client->get(QStringLiteral("health")).then(this, [](const RemoteClient::Answer& answer) {
        if (!answer.ok() || !answer.body.value(QStringLiteral("disk")).isObject())
            return DiskUsage();
        return DiskUsageProbe::fromJson(answer.body.value(QStringLiteral("disk")).toObject());
    });
}

// Bot bridge (issue 15) -----------------------------------------------------------------------

QFuture<Result<QList<BotMinute>>> RemoteDesk::botHistory(const QString& channelId)
{
    return m_client->call(QStringLiteral("botHistory"), {{QStringLiteral("channel"), channelId}})
        .then(this, [](const RemoteClient::Answer& answer) {
            return listOf<BotMinute>(answer, QStringLiteral("minutes"));
        });
}

QFuture<Result<qint64>> RemoteDesk::retryParkedForwards(const QString& channelId)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return refusedNow<qint64>(why);
    return m_client->call(QStringLiteral("retryParked"), {{QStringLiteral("channel"), channelId}})
        .then(this, [](const RemoteClient::Answer& answer) -> Result<qint64> {
            if (!answer.ok())
                return errorOf(answer);
            const QJsonValue requeued = answer.body.value(QStringLiteral("requeued"));
            if (!requeued.isDouble() || requeued.toDouble() < 0)
                return unreadable();
            return requeued.toInteger();
        });
}

// Handoff -----------------------------------------------------------------------------------------

QFuture<Status> RemoteDesk::takeOverConversation(qint64 conversationId)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return QtFuture::makeReadyFuture(Status(Error{int(ErrorCode::Failed), why}));
    return m_client
        ->call(QStringLiteral("conversation.takeover"), {{QStringLiteral("conversation"), conversationId}})
        .then(this, [](const RemoteClient::Answer& answer) { return doneOf(answer); });
}

QFuture<Status> RemoteDesk::returnConversationToBot(qint64 conversationId)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return QtFuture::makeReadyFuture(Status(Error{int(ErrorCode::Failed), why}));
    return m_client
        ->call(QStringLiteral("conversation.return"), {{QStringLiteral("conversation"), conversationId}})
        .then(this, [](const RemoteClient::Answer& answer) { return doneOf(answer); });
}

} // namespace ChannelDesk
