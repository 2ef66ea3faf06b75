// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConversationReader.h"

#include "store/Database.h"
#include "store/MessageSearch.h"
#include "store/OutboundStore.h"
#include "store/SearchText.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ChannelDesk {
namespace {

//! Selected FROM conversations without an alias (the window column refers to it by name).
const QString conversationColumns
    = QStringLiteral(
          "id, channel_id, peer, peer_name, last_message_at, last_inbound_at, last_preview, last_type,"
          " last_direction, unread_count, taken_over_at, taken_over_by, ")
    + OutboundStore::closedByMetaSql(QStringLiteral("conversations"));
//! Who sent the outbound message of `table` (a name or alias of messages): its outbound row's
//! sent_by. Until Meta accepts a send the message's wamid is "local-<outbound id>"; after that the
//! outbound row has the same wamid, found through outbound_by_wamid. One index lookup per row.
QString sentByColumn(const QString& m)
{
    return QStringLiteral("CASE WHEN %1.direction <> 'out' THEN '' WHEN %1.wamid GLOB 'local-*' THEN"
                          " (SELECT sent_by FROM outbound WHERE id = CAST(substr(%1.wamid, 7) AS INTEGER)"
                          "  AND channel_id = %1.channel_id)"
                          " ELSE (SELECT sent_by FROM outbound o WHERE o.channel_id = %1.channel_id"
                          "  AND o.wamid = %1.wamid ORDER BY o.id LIMIT 1) END")
        .arg(m);
}

//! The quoted message (direction, type and text joined by U+001F) through the store's unique
//! (channel_id, wamid), and the newest reaction of each side through messages_reactions.
const QString quoteAndReactions = QStringLiteral(
    ", CASE WHEN messages.context_id IS NULL OR messages.type = 'reaction' THEN NULL ELSE"
    " (SELECT q.direction || char(31) || q.type || char(31) || q.text FROM messages q"
    "  WHERE q.channel_id = messages.channel_id AND q.wamid = messages.context_id) END,"
    " (SELECT r.text FROM messages r WHERE r.type = 'reaction' AND r.channel_id = messages.channel_id"
    "  AND r.context_id = messages.wamid AND r.direction = 'in' ORDER BY r.timestamp DESC, r.id DESC LIMIT "
    "1),"
    " (SELECT r.text FROM messages r WHERE r.type = 'reaction' AND r.channel_id = messages.channel_id"
    "  AND r.context_id = messages.wamid AND r.direction = 'out' ORDER BY r.timestamp DESC, r.id DESC LIMIT "
    "1)");

//! A template we sent is shown from its structure: the send's content JSON, which messages.raw
//! holds for every send (name, language, parameters, header, buttons and, when known, the body).
const QString messageColumns
    = QStringLiteral("id, conversation_id, channel_id, wamid, direction, type, subtype, text, media,"
                     " context_id, timestamp, status, status_at, ")
    + sentByColumn(QStringLiteral("messages"))
    + QStringLiteral(", CASE WHEN direction = 'out' AND type = 'template' THEN raw END") + quoteAndReactions;

//! A reaction to a message the store has is shown on that message, not as a line of its own.
const QString notShownOnItsTarget = QStringLiteral(
    " AND NOT (type = 'reaction' AND context_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages t"
    " WHERE t.channel_id = messages.channel_id AND t.wamid = messages.context_id))");

QDateTime utc(const QVariant& millis)
{
    // 0 and NULL both mean "never" in the schema.
    const qint64 value = millis.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

ConversationRow conversationFrom(const QSqlQuery& q)
{
    ConversationRow row;
    row.id = q.value(0).toLongLong();
    row.channelId = q.value(1).toString();
    row.peer = q.value(2).toString();
    row.peerName = q.value(3).toString();
    row.lastMessageAt = utc(q.value(4));
    row.lastInboundAt = utc(q.value(5));
    row.lastPreview = q.value(6).toString();
    row.lastType = q.value(7).toString();
    row.lastDirection = q.value(8).toString();
    row.unreadCount = q.value(9).toInt();
    row.takenOverAt = utc(q.value(10));
    row.takenOver = row.takenOverAt.isValid();
    if (row.takenOver)
        row.takenOverBy = q.value(11).toString();
    row.windowClosedByMeta = q.value(12).toBool();
    return row;
}

MessageRow messageFrom(const QSqlQuery& q)
{
    MessageRow row;
    row.id = q.value(0).toLongLong();
    row.conversationId = q.value(1).toLongLong();
    row.channelId = q.value(2).toString();
    row.wamid = q.value(3).toString();
    row.direction = q.value(4).toString();
    row.type = q.value(5).toString();
    row.subtype = q.value(6).toString();
    row.text = q.value(7).toString();
    if (!q.value(8).isNull())
        row.media = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    row.contextId = q.value(9).toString();
    row.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    row.status = q.value(11).toString();
    row.statusAt = utc(q.value(12));
    row.sentBy = q.value(13).toString();
    if (!q.value(14).isNull())
        row.content = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    const QString quoted = q.value(15).toString();
    const qsizetype first = quoted.indexOf(QChar(31));
    const qsizetype second = first < 0 ? -1 : quoted.indexOf(QChar(31), first + 1);
    if (second > 0) {
        row.quotedDirection = quoted.left(first);
        row.quotedType = quoted.mid(first + 1, second - first - 1);
        row.quotedText = quoted.mid(second + 1);
    }
    row.reactionIn = q.value(16).toString();
    row.reactionOut = q.value(17).toString();
    return row;
}

//! Prepares sql, binds values in order and runs it forward-only.
Result<QSqlQuery> run(const QString& path, const QString& sql, const QVariantList& values)
{
    auto db = Database::open(path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return Result<QSqlQuery>(std::move(query));
}

Result<QList<MessageRow>> messageRows(const QString& path, const QString& sql, const QVariantList& values)
{
    auto ran = run(path, sql, values);
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    QList<MessageRow> rows;
    while (query.next())
        rows.append(messageFrom(query));
    return rows;
}

} // namespace

ConversationReader::ConversationReader(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<QList<ConversationRow>> ConversationReader::conversations(const QString& channelId, int limit,
                                                                 const std::optional<ConversationKey>& after,
                                                                 const ConversationFilter& filter) const
{
    // The statement is assembled from fixed parts so that SQLite can seek the conversations_recent
    // index; a catch-all "(? = '' OR channel_id = ?)" would make every page a scan from the top.
    QString sql
        = QStringLiteral("SELECT ") + conversationColumns + QStringLiteral(" FROM conversations WHERE 1");
    QVariantList values;
    if (!channelId.isEmpty()) {
        sql += QStringLiteral(" AND channel_id = ?");
        values << channelId;
    }
    // Matches the partial index conversations_taken_over word for word, so SQLite may use it.
    if (filter.takenOverOnly)
        sql += QStringLiteral(" AND taken_over_at > 0");
    if (after) {
        sql += QStringLiteral(" AND (last_message_at, id) < (?, ?)");
        values << after->lastMessageAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY last_message_at DESC, id DESC LIMIT ?");
    values << limit;
    auto ran = run(m_path, sql, values);
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    QList<ConversationRow> rows;
    while (query.next())
        rows.append(conversationFrom(query));
    return rows;
}

Result<int> ConversationReader::conversationCount(const QString& channelId) const
{
    auto ran = channelId.isEmpty()
        ? run(m_path, QStringLiteral("SELECT count(*) FROM conversations"), {})
        : run(m_path, QStringLiteral("SELECT count(*) FROM conversations WHERE channel_id = ?"), {channelId});
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    return query.next() ? query.value(0).toInt() : 0;
}

namespace {

//! The one conversation the condition selects, if any.
Result<std::optional<ConversationRow>> oneConversation(const QString& path, const QString& where,
                                                       const QVariantList& values)
{
    auto ran = run(path,
                   QStringLiteral("SELECT ") + conversationColumns
                       + QStringLiteral(" FROM conversations WHERE ") + where,
                   values);
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    if (!query.next())
        return std::optional<ConversationRow>();
    return std::optional<ConversationRow>(conversationFrom(query));
}

} // namespace

Result<std::optional<ConversationRow>> ConversationReader::conversation(qint64 conversationId) const
{
    return oneConversation(m_path, QStringLiteral("id = ?"), {conversationId});
}

Result<std::optional<ConversationRow>> ConversationReader::conversationWith(const QString& channelId,
                                                                            const QString& peer) const
{
    return oneConversation(m_path, QStringLiteral("channel_id = ? AND peer = ?"), {channelId, peer});
}

Result<QList<MessageRow>> ConversationReader::olderMessages(qint64 conversationId,
                                                            const std::optional<MessageKey>& before,
                                                            int limit) const
{
    QString sql = QStringLiteral("SELECT ") + messageColumns
        + QStringLiteral(" FROM messages WHERE conversation_id = ?") + notShownOnItsTarget;
    QVariantList values{conversationId};
    if (before) {
        sql += QStringLiteral(" AND (timestamp, id) < (?, ?)");
        values << before->timestamp << before->id;
    }
    sql += QStringLiteral(" ORDER BY timestamp DESC, id DESC LIMIT ?");
    values << limit;
    auto rows = messageRows(m_path, sql, values);
    if (rows.ok())
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

Result<QList<MessageRow>> ConversationReader::newerMessages(qint64 conversationId, const MessageKey& from,
                                                            const std::optional<MessageKey>& to,
                                                            int limit) const
{
    QString sql = QStringLiteral("SELECT ") + messageColumns
        + QStringLiteral(" FROM messages WHERE conversation_id = ? AND (timestamp, id) >= (?, ?)")
        + notShownOnItsTarget;
    QVariantList values{conversationId, from.timestamp, from.id};
    if (to) {
        sql += QStringLiteral(" AND (timestamp, id) <= (?, ?)");
        values << to->timestamp << to->id;
    }
    sql += QStringLiteral(" ORDER BY timestamp, id LIMIT ?");
    values << limit;
    return messageRows(m_path, sql, values);
}

Result<std::optional<MessageKey>> ConversationReader::messageKey(qint64 messageId) const
{
    auto ran = run(m_path, QStringLiteral("SELECT timestamp, id FROM messages WHERE id = ?"), {messageId});
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    if (!query.next())
        return std::optional<MessageKey>();
    return std::optional<MessageKey>(MessageKey{query.value(0).toLongLong(), query.value(1).toLongLong()});
}

QString ConversationReader::matchExpression(const QString& text)
{
    return MessageSearch::matchExpression(SearchText::words(text));
}

Result<QList<SearchHit>> ConversationReader::search(const QString& text, const QString& channelId,
                                                    int limit) const
{
    return MessageSearch(m_path).search(text, channelId, limit);
}

Status ConversationReader::markConversationRead(qint64 conversationId) const
{
    auto ran
        = run(m_path,
              QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id = ? AND unread_count <> 0"),
              {conversationId});
    if (!ran.ok())
        return ran.error();
    return Done{};
}

Result<qint64> ConversationReader::dataVersion() const
{
    auto ran = run(m_path, QStringLiteral("PRAGMA data_version"), {});
    if (!ran.ok())
        return ran.error();
    QSqlQuery& query = ran.value();
    if (!query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

QString ConversationReader::sentByColumn(const QString& alias)
{
    return ChannelDesk::sentByColumn(alias);
}

Result<QList<LogEntry>> ConversationReader::log(const LogQuery& query) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    // The newest N, then oldest first, like tail(1).
    // sent_by is looked up in the outer query, for the rows the limit keeps only.
    select.prepare(
        QStringLiteral("SELECT *, ") + sentByColumn(QStringLiteral("t"))
        + QStringLiteral(
            " FROM (SELECT m.channel_id, m.direction, c.peer, c.peer_name, m.wamid, m.type, m.subtype,"
            " m.text, m.timestamp, m.status, m.id FROM messages m JOIN conversations c"
            " ON c.id = m.conversation_id"
            " WHERE (:channel = '' OR m.channel_id = :channel) AND (:peer = '' OR c.peer = :peer)"
            " ORDER BY m.timestamp DESC, m.id DESC LIMIT :limit) t ORDER BY timestamp, id"));
    select.bindValue(QStringLiteral(":channel"),
                     QString(query.channelId.isNull() ? QString::fromLatin1("") : query.channelId));
    select.bindValue(QStringLiteral(":peer"),
                     QString(query.peer.isNull() ? QString::fromLatin1("") : query.peer));
    select.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    select.setForwardOnly(true);
    if (!select.exec())
        return queryError(select);
    QList<LogEntry> entries;
    while (select.next())
        entries.append(logEntryAt(select));
    return entries;
}

LogEntry ConversationReader::logEntryAt(const QSqlQuery& row)
{
    LogEntry e;
    e.channelId = row.value(0).toString();
    e.direction = row.value(1).toString();
    e.peer = row.value(2).toString();
    e.peerName = row.value(3).toString();
    e.messageId = row.value(4).toString();
    e.type = row.value(5).toString();
    e.subtype = row.value(6).toString();
    e.text = row.value(7).toString();
    e.timestamp = QDateTime::fromMSecsSinceEpoch(row.value(8).toLongLong(), Qt::UTC);
    e.status = row.value(9).toString();
    e.sentBy = row.value(11).toString();
    return e;
}

} // namespace ChannelDesk
