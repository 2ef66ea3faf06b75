// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StreamEventLog.h"

#include "store/Database.h"
#include "util/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace ChannelDesk {
namespace {

QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

//! The "message" event: the fields `channeldesk log --json` prints, with the message's type as
//! message_type (the event's own type is "message"), from the columns after() selects from 6 on.
QByteArray messageBody(const QSqlQuery& q)
{
    const QString text = q.value(12).toString();
    QByteArray out;
    out.reserve(160 + text.size() * 2);
    out.append("{\"direction\":").append(StreamEvent::quote(q.value(6).toString()));
    out.append(",\"peer\":").append(StreamEvent::quote(q.value(7).toString()));
    out.append(",\"peer_name\":").append(StreamEvent::quote(q.value(8).toString()));
    out.append(",\"message_id\":").append(StreamEvent::quote(q.value(9).toString()));
    out.append(",\"message_type\":").append(StreamEvent::quote(q.value(10).toString()));
    out.append(",\"subtype\":").append(StreamEvent::quote(q.value(11).toString()));
    out.append(",\"text\":").append(StreamEvent::quote(text));
    out.append(",\"timestamp\":\"").append(IsoTime::utc(q.value(13).toLongLong())).append("\"}");
    return out;
}

//! The "status" event, from the columns after() selects from 14 on; errors is stored compact.
QByteArray statusBody(const QSqlQuery& q)
{
    QByteArray out;
    out.reserve(160);
    out.append("{\"message_id\":").append(StreamEvent::quote(q.value(14).toString()));
    out.append(",\"status\":").append(StreamEvent::quote(q.value(15).toString()));
    out.append(",\"peer\":").append(StreamEvent::quote(q.value(16).toString()));
    out.append(",\"timestamp\":\"").append(IsoTime::utc(q.value(17).toLongLong())).append('"');
    const QByteArray errors = q.value(18).toByteArray();
    if (!errors.isEmpty())
        out.append(",\"errors\":").append(errors);
    out.append('}');
    return out;
}

Result<qint64> single(const QString& path, const QString& statement)
{
    auto db = Database::open(path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(statement))
        return queryError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace

StreamEventLog::StreamEventLog(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<qint64> StreamEventLog::append(const QList<StreamEventDraft>& drafts) const
{
    if (drafts.isEmpty())
        return latestCursor();
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!Database::beginWrite(conn))
        return databaseError(conn);
    QSqlQuery q(conn);
    // The body is bound as UTF-8 bytes and cast, so that it is stored as text without a round
    // trip through UTF-16.
    q.prepare(QStringLiteral("INSERT INTO stream_events (at, channel_id, type, body)"
                             " VALUES (?, ?, ?, CAST(? AS TEXT))"));
    qint64 last = 0;
    for (const StreamEventDraft& draft : drafts) {
        q.addBindValue(draft.at.isValid() ? draft.at.toMSecsSinceEpoch()
                                          : QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(nn(draft.channelId));
        q.addBindValue(nn(draft.type));
        q.addBindValue(draft.body.isEmpty() ? QByteArrayLiteral("{}") : draft.body);
        if (!q.exec()) {
            const Error error = queryError(q);
            conn.rollback();
            return error;
        }
        last = q.lastInsertId().toLongLong();
    }
    if (!conn.commit()) {
        const Error error = databaseError(conn);
        conn.rollback();
        return error;
    }
    return last;
}

Result<QList<StreamEvent>> StreamEventLog::after(qint64 cursor, int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    // No LIMIT: an event whose row is gone (retention, repair) is skipped, and the page is still
    // filled, so that a short page keeps meaning "nothing more yet".
    q.prepare(
        QStringLiteral("SELECT e.cursor, e.at, e.channel_id, e.type, CAST(e.body AS BLOB), e.ref,"
                       " m.direction, c.peer, c.peer_name, m.wamid, m.type, m.subtype, m.text, m.timestamp,"
                       " s.wamid, s.status, s.recipient, s.timestamp, CAST(s.errors AS BLOB)"
                       " FROM stream_events e"
                       " LEFT JOIN messages m ON e.type = 'message' AND m.id = e.ref"
                       " LEFT JOIN conversations c ON c.id = m.conversation_id"
                       " LEFT JOIN statuses s ON e.type = 'status' AND s.id = e.ref"
                       " WHERE e.cursor > ? ORDER BY e.cursor"));
    q.addBindValue(cursor);
    if (!q.exec())
        return queryError(q);
    QList<StreamEvent> events;
    while (events.size() < limit && q.next()) {
        StreamEvent e;
        e.cursor = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.channelId = q.value(2).toString();
        e.type = q.value(3).toString();
        if (q.value(5).isNull())
            e.body = q.value(4).toByteArray();
        else if (!q.value(9).isNull())
            e.body = messageBody(q);
        else if (!q.value(14).isNull())
            e.body = statusBody(q);
        else
            continue;
        events.append(std::move(e));
    }
    return events;
}

Result<qint64> StreamEventLog::latestCursor() const
{
    // sqlite_sequence remembers the highest cursor given even after its row was pruned.
    return single(m_path, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'stream_events'"));
}

Result<qint64> StreamEventLog::oldestCursor() const
{
    return single(m_path, QStringLiteral("SELECT cursor FROM stream_events ORDER BY cursor LIMIT 1"));
}

Result<int> StreamEventLog::prune(qint64 maxRows, const QDateTime& olderThan) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM stream_events WHERE at < ? OR cursor <= (SELECT seq FROM"
                             " sqlite_sequence WHERE name = 'stream_events') - ?"));
    q.addBindValue(olderThan.toMSecsSinceEpoch());
    q.addBindValue(qMax<qint64>(0, maxRows));
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected();
}

} // namespace ChannelDesk
