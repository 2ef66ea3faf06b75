// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConversationEndpoints.h"

#include "desk/LocalDesk.h"
#include "server/ApiJson.h"
#include "store/HandoffStore.h"

#include <QJsonArray>

namespace ChannelDesk {
namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 500;

//! `before` is "MS.ID" as the previous page's next_before gave it: a position, not an offset, so
//! pages stay right while new messages arrive.
bool parsePosition(const QString& text, qint64* ms, qint64* id)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return false;
    bool okMs = false;
    bool okId = false;
    *ms = parts.at(0).toLongLong(&okMs);
    *id = parts.at(1).toLongLong(&okId);
    return okMs && okId;
}

QString position(qint64 ms, qint64 id)
{
    return QStringLiteral("%1.%2").arg(ms).arg(id);
}

//! limit= 1–500 (default 50), or 0 when it is not.
int limitOf(const ApiRequest& request)
{
    if (!request.query.contains(QStringLiteral("limit")))
        return kDefaultLimit;
    bool ok = false;
    const int limit = request.query.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit >= 1 && limit <= kMaxLimit ? limit : 0;
}

ApiResponse badPaging()
{
    return ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                              QCoreApplication::translate("ConversationEndpoints",
                                                          "limit must be 1–%1 and before the next_before of "
                                                          "the previous page.")
                                  .arg(kMaxLimit));
}

} // namespace

ConversationEndpoints::ConversationEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

void ConversationEndpoints::list(const ApiRequest& request, const ApiReply& reply)
{
    const int limit = limitOf(request);
    const QString channelId = request.query.value(QStringLiteral("channel"));
    const QString text = request.query.value(QStringLiteral("q")).trimmed();
    std::optional<ConversationKey> after;
    if (request.query.contains(QStringLiteral("before"))) {
        ConversationKey key;
        if (!parsePosition(request.query.value(QStringLiteral("before")), &key.lastMessageAt, &key.id))
            return reply(badPaging());
        after = key;
    }
    if (limit == 0)
        return reply(badPaging());
    if (!text.isEmpty()) {
        m_context.desk->search(text, channelId, limit)
            .then(this, [reply](const Result<QList<SearchHit>>& hits) {
                if (!hits.ok())
                    return reply(ApiResponse::error(500, QStringLiteral("FAILED"), hits.error().message));
                QJsonArray found;
                for (const SearchHit& hit : hits.value()) {
                    QString snippet = hit.snippet;
                    snippet.replace(SearchHit::matchStart(), QStringLiteral("**"))
                        .replace(SearchHit::matchEnd(), QStringLiteral("**"));
                    found.append(QJsonObject{
                        {QStringLiteral("channel"), hit.channelId},
                        {QStringLiteral("peer"), hit.peer},
                        {QStringLiteral("peer_name"), hit.peerName},
                        {QStringLiteral("direction"), hit.direction},
                        {QStringLiteral("type"), hit.type},
                        {QStringLiteral("snippet"), snippet},
                        {QStringLiteral("match"),
                         hit.messageId == 0 ? QStringLiteral("contact") : QStringLiteral("message")},
                        {QStringLiteral("timestamp"), ApiJson::time(hit.timestamp)}});
                }
                reply(ApiResponse::ok({{QStringLiteral("matches"), found}}));
            });
        return;
    }
    ConversationFilter filter;
    filter.takenOverOnly = request.query.value(QStringLiteral("taken_over")) == QLatin1String("true");
    m_context.desk->conversations(channelId, limit, after, filter)
        .then(this, [reply, limit](const Result<QList<ConversationRow>>& rows) {
            if (!rows.ok())
                return reply(ApiResponse::error(500, QStringLiteral("FAILED"), rows.error().message));
            QJsonArray conversations;
            for (const ConversationRow& row : rows.value())
                conversations.append(ApiJson::conversation(row));
            QJsonValue next;
            if (rows.value().size() == limit) {
                const ConversationRow& last = rows.value().last();
                next = position(last.lastMessageAt.toMSecsSinceEpoch(), last.id);
            }
            reply(ApiResponse::ok(
                {{QStringLiteral("conversations"), conversations}, {QStringLiteral("next_before"), next}}));
        });
}

void ConversationEndpoints::messages(const ApiRequest& request, const ApiReply& reply)
{
    const QString channelId = request.segments.at(1);
    const QString peer = request.segments.at(2);
    const int limit = limitOf(request);
    std::optional<MessageKey> before;
    if (request.query.contains(QStringLiteral("before"))) {
        MessageKey key;
        if (!parsePosition(request.query.value(QStringLiteral("before")), &key.timestamp, &key.id))
            return reply(badPaging());
        before = key;
    }
    if (limit == 0)
        return reply(badPaging());
    Desk* desk = m_context.desk;
    desk->conversationWith(channelId, peer)
        .then(
            this,
            [this, desk, reply, before, limit, channelId,
             peer](const Result<std::optional<ConversationRow>>& found) {
                if (!found.ok())
                    return reply(ApiResponse::error(500, QStringLiteral("FAILED"), found.error().message));
                if (!found.value())
                    return reply(ApiResponse::error(404, QStringLiteral("UNKNOWN_CONVERSATION"),
                                                    tr("Channel “%1” has no conversation with %2.")
                                                        .arg(channelId.left(64), peer.left(64))));
                const ConversationRow conversation = *found.value();
                desk->olderMessages(conversation.id, before, limit)
                    .then(this, [reply, conversation, limit](const Result<QList<MessageRow>>& rows) {
                        if (!rows.ok())
                            return reply(
                                ApiResponse::error(500, QStringLiteral("FAILED"), rows.error().message));
                        // The reader gives a page oldest first, as the window shows it; the API
                        // pages newest first.
                        QJsonArray messages;
                        for (auto row = rows.value().crbegin(); row != rows.value().crend(); ++row)
                            messages.append(ApiJson::message(*row, conversation.peer, conversation.peerName));
                        QJsonValue next;
                        if (rows.value().size() == limit)
                            next = position(rows.value().first().key().timestamp, rows.value().first().id);
                        reply(ApiResponse::ok(
                            {{QStringLiteral("messages"), messages}, {QStringLiteral("next_before"), next}}));
                    });
            });
}

QFuture<Result<std::optional<ConversationRow>>>
ConversationEndpoints::handOff(Desk* desk, qint64 conversationId, bool takenOver, const QString& by)
{
    using Answer = Result<std::optional<ConversationRow>>;
    // The server runs on a LocalDesk, which can name the key; any other desk acts as itself.
    if (auto* local = qobject_cast<LocalDesk*>(desk)) {
        return local->setHandoff(conversationId, takenOver, by)
            .then([](const Result<std::optional<HandoffChange>>& changed) -> Answer {
                if (!changed.ok())
                    return changed.error();
                if (!changed.value())
                    return std::optional<ConversationRow>();
                return std::optional<ConversationRow>(changed.value()->row);
            });
    }
    QFuture<Status> done = takenOver ? desk->takeOverConversation(conversationId)
                                     : desk->returnConversationToBot(conversationId);
    return done
        .then(desk,
              [desk, conversationId](const Status& status) {
                  if (!status.ok())
                      return QtFuture::makeReadyFuture(Answer(status.error()));
                  return desk->conversation(conversationId);
              })
        .unwrap();
}

void ConversationEndpoints::handoff(const ApiRequest& request, const ApiReply& reply)
{
    const bool takenOver = request.segments.at(2) == QLatin1String("takeover");
    const QString action
        = takenOver ? QStringLiteral("conversation.takeover") : QStringLiteral("conversation.return");
    bool ok = false;
    const qint64 conversationId = request.segments.at(1).toLongLong(&ok);
    const ApiContext context = m_context;
    const auto unknown = [&] {
        return ApiResponse::error(404, QStringLiteral("UNKNOWN_CONVERSATION"),
                                  tr("There is no conversation %1.").arg(request.segments.at(1).left(64)));
    };
    if (!ok || conversationId <= 0) {
        context.record(request, action, request.segments.at(1).left(64), QStringLiteral("NOT_FOUND"));
        return reply(unknown());
    }
    handOff(m_context.desk, conversationId, takenOver, request.key.name)
        .then(this,
              [context, request, reply, action, conversationId,
               unknown = unknown()](const Result<std::optional<ConversationRow>>& row) {
                  const QString target = row.ok() && row.value()
                      ? row.value()->channelId + QLatin1Char('/') + row.value()->peer
                      : QString::number(conversationId);
                  if (!row.ok()) {
                      context.record(request, action, target, QStringLiteral("FAILED"));
                      return reply(ApiResponse::error(500, QStringLiteral("FAILED"), row.error().message));
                  }
                  if (!row.value()) {
                      context.record(request, action, target, QStringLiteral("NOT_FOUND"));
                      return reply(unknown);
                  }
                  context.record(request, action, target, QStringLiteral("ok"));
                  reply(ApiResponse::ok(
                      {{QStringLiteral("conversation"), ApiJson::conversation(*row.value())}}));
              });
}

} // namespace ChannelDesk
