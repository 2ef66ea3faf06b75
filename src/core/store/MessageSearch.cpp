// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageSearch.h"

#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/SearchText.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ChannelDesk {
namespace {

//! How many of the newest matches (by arrival) a search sorts by time.
constexpr int kSearchWindow = 2000;
//! Contacts listed before the messages: a name shared by more people needs more letters anyway.
constexpr int kContactLimit = 20;
//! Hits of `log --search` without --limit: as many as the window's search list shows.
constexpr int kLogSearchLimit = 200;

QDateTime utc(const QVariant& millis)
{
    const qint64 value = millis.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

Result<QSqlQuery> run(const QString& path, const QString& sql, const QVariantList& values)
{
    auto db = Database::open(path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return query;
}

} // namespace

MessageSearch::MessageSearch(QString databasePath)
    : m_path(std::move(databasePath))
{ }

QString MessageSearch::matchExpression(const QStringList& words)
{
    QStringList terms;
    for (const QString& word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QList<uint> codePoints = word.toUcs4();
        // Two characters of a script without spaces are a token of their own (SearchTokenizer).
        const bool unspacedPair = codePoints.size() == 2 && SearchText::isUnspaced(codePoints.at(0))
            && SearchText::isUnspaced(codePoints.at(1));
        const bool prefix = codePoints.size() < 3 && !unspacedPair;
        terms << QLatin1Char('"') + quoted + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> MessageSearch::search(const QString& text, const QString& channelId, int limit) const
{
    const QStringList words = SearchText::words(text);
    const QString number = SearchText::numberFragment(text);
    QList<SearchHit> hits;
    if ((words.isEmpty() && number.isEmpty()) || limit <= 0)
        return hits;
    const auto people = contacts(words, number, channelId, std::min(limit, kContactLimit));
    if (!people.ok())
        return people.error();
    hits = people.value();
    if (hits.size() < limit && !words.isEmpty()) {
        const auto texts = messages(words, channelId, limit - int(hits.size()));
        if (!texts.ok())
            return texts.error();
        hits += texts.value();
    }
    return hits;
}

Result<QList<SearchHit>> MessageSearch::contacts(const QStringList& words, const QString& number,
                                                 const QString& channelId, int limit) const
{
    // Every word in the folded name, or every word in the peer's id (digits, or a WeCom id in ASCII
    // letters, which lower() folds without a call into this process per row).
    QStringList name;
    QStringList peer;
    QVariantList values;
    QString where = QStringLiteral("(");
    if (!channelId.isEmpty()) {
        where = QStringLiteral("channel_id = ? AND (");
        values << channelId;
    }
    for (const QString& word : words) {
        name << QStringLiteral("instr(channeldesk_fold(peer_name), ?) > 0");
        values << word;
    }
    for (const QString& word : words) {
        peer << QStringLiteral("instr(lower(peer), ?) > 0");
        values << word;
    }
    QStringList any;
    if (!words.isEmpty())
        any << QLatin1Char('(') + name.join(QStringLiteral(" AND ")) + QLatin1Char(')')
            << QLatin1Char('(') + peer.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    if (!number.isEmpty()) {
        any << QStringLiteral("instr(peer, ?) > 0");
        values << number;
    }
    values << limit;
    auto ran = run(m_path,
                   QStringLiteral("SELECT id, channel_id, peer, peer_name, last_message_at, last_direction,"
                                  " last_type FROM conversations WHERE ")
                       + where + any.join(QStringLiteral(" OR "))
                       + QStringLiteral(") ORDER BY last_message_at DESC, id DESC LIMIT ?"),
                   values);
    if (!ran.ok())
        return ran.error();
    QList<SearchHit> hits;
    QSqlQuery& q = ran.value();
    while (q.next()) {
        SearchHit hit; // messageId 0: a contact
        hit.conversationId = q.value(0).toLongLong();
        hit.channelId = q.value(1).toString();
        hit.peer = q.value(2).toString();
        hit.peerName = q.value(3).toString();
        hit.timestamp = utc(q.value(4));
        hit.direction = q.value(5).toString();
        hit.type = q.value(6).toString();
        if (SearchText::containsAll(hit.peerName, words))
            hit.snippet = SearchText::snippet(hit.peerName, words);
        else if (!number.isEmpty() && hit.peer.contains(number))
            hit.snippet = SearchText::snippet(hit.peer, {number});
        else
            hit.snippet = SearchText::snippet(hit.peer, words);
        hits.append(hit);
    }
    return hits;
}

Result<QList<SearchHit>> MessageSearch::messages(const QStringList& words, const QString& channelId,
                                                 int limit) const
{
    // FTS5 yields its matches in rowid order, and messages are numbered as they arrive, so the
    // newest matches by arrival come without sorting every match: a common word in a million
    // messages still costs only the window. Within the window they are sorted by the time the
    // user wrote them, which differs from arrival only for late or retried deliveries.
    QString window = QStringLiteral("SELECT messages_fts.rowid AS id FROM messages_fts");
    QVariantList values;
    if (channelId.isEmpty()) {
        window += QStringLiteral(" WHERE messages_fts MATCH ?");
        values << matchExpression(words);
    } else {
        window += QStringLiteral(" JOIN messages w ON w.id = messages_fts.rowid WHERE messages_fts MATCH ?"
                                 " AND w.channel_id = ?");
        values << matchExpression(words) << channelId;
    }
    window += QStringLiteral(" ORDER BY messages_fts.rowid DESC LIMIT ?");
    values << std::max(limit, kSearchWindow) << limit;
    auto ran = run(
        m_path,
        QStringLiteral("SELECT m.id, m.conversation_id, m.channel_id, c.peer, c.peer_name, m.text,"
                       " m.timestamp, m.direction, m.type FROM (")
            + window
            + QStringLiteral(") f JOIN messages m ON m.id = f.id JOIN conversations c"
                             " ON c.id = m.conversation_id ORDER BY m.timestamp DESC, m.id DESC LIMIT ?"),
        values);
    if (!ran.ok())
        return ran.error();
    QList<SearchHit> hits;
    QSqlQuery& q = ran.value();
    while (q.next()) {
        SearchHit hit;
        hit.messageId = q.value(0).toLongLong();
        hit.conversationId = q.value(1).toLongLong();
        hit.channelId = q.value(2).toString();
        hit.peer = q.value(3).toString();
        hit.peerName = q.value(4).toString();
        // The index holds folded trigrams; the snippet shows the words as written.
        hit.snippet = SearchText::snippet(q.value(5).toString(), words);
        hit.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        hit.direction = q.value(7).toString();
        hit.type = q.value(8).toString();
        hits.append(hit);
    }
    return hits;
}

Result<QList<MessageSearch::LogMatch>> MessageSearch::log(const LogQuery& query, const QString& text) const
{
    const auto hits = search(text, query.channelId, query.limit > 0 ? query.limit : kLogSearchLimit);
    if (!hits.ok())
        return hits.error();
    QHash<qint64, QString> matched;
    for (const SearchHit& hit : hits.value()) {
        if (hit.messageId != 0) {
            matched.insert(hit.messageId, QStringLiteral("text"));
            continue;
        }
        auto last = run(m_path,
                        QStringLiteral("SELECT id FROM messages WHERE conversation_id = ?"
                                       " ORDER BY timestamp DESC, id DESC LIMIT 1"),
                        {hit.conversationId});
        if (!last.ok())
            return last.error();
        if (last.value().next() && !matched.contains(last.value().value(0).toLongLong()))
            matched.insert(last.value().value(0).toLongLong(), QStringLiteral("contact"));
    }
    QList<LogMatch> lines;
    if (matched.isEmpty())
        return lines;
    // The ids are integers of ours, safe inline. The columns are those of ConversationReader::log.
    QStringList ids;
    for (auto it = matched.cbegin(); it != matched.cend(); ++it)
        ids << QString::number(it.key());
    QString sql = QStringLiteral("SELECT m.channel_id, m.direction, c.peer, c.peer_name, m.wamid, m.type,"
                                 " m.subtype, m.text, m.timestamp, m.status, m.id, ")
        + ConversationReader::sentByColumn(QStringLiteral("m"))
        + QStringLiteral(" FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id IN (")
        + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    QVariantList values;
    if (!query.channelId.isEmpty()) {
        sql += QStringLiteral(" AND m.channel_id = ?");
        values << query.channelId;
    }
    if (!query.peer.isEmpty()) {
        sql += QStringLiteral(" AND c.peer = ?");
        values << query.peer;
    }
    sql += QStringLiteral(" ORDER BY m.timestamp, m.id");
    auto ran = run(m_path, sql, values);
    if (!ran.ok())
        return ran.error();
    QSqlQuery& q = ran.value();
    while (q.next())
        lines.append({ConversationReader::logEntryAt(q), matched.value(q.value(10).toLongLong())});
    return lines;
}

} // namespace ChannelDesk
