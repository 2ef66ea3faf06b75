// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StreamEventLog.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ChannelDesk {
namespace {

QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
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
    q.prepare(QStringLiteral("SELECT cursor, at, channel_id, type, CAST(body AS BLOB) FROM stream_events"
                             " WHERE cursor > ? ORDER BY cursor LIMIT ?"));
    q.addBindValue(cursor);
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return queryError(q);
    QList<StreamEvent> events;
    while (q.next()) {
        StreamEvent e;
        e.cursor = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.channelId = q.value(2).toString();
        e.type = q.value(3).toString();
        e.body = q.value(4).toByteArray();
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
