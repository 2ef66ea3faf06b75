// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ChannelActivityReader.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>

namespace ChannelDesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
//! Meta stamps statuses with the event time, and retries deliveries for up to days; rows are
//! appended in arrival order, so the id search starts this much earlier than the window.
constexpr qint64 ArrivalSlackMs = DayMs;

struct Bounds
{
    qint64 now = 0;
    qint64 hourAgo = 0;
    qint64 weekAgo = 0; //!< start of the 7 days before the last hour
    qint64 today = 0; //!< local midnight
    qint64 trafficStart = 0; //!< start of the first clock hour of the traffic chart
};

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QDateTime newer(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

/*!
 * The smallest id from which on `column` is at least cutoff, by binary search over the rowid.
 * statuses and channel_events have no time index (and the schema is not ours to change here);
 * their ids grow in arrival order, so ~20 rowid lookups replace a scan of the whole table.
 */
Result<qint64> firstIdFrom(QSqlDatabase& db, const QString& table, const QString& column, qint64 cutoff)
{
    QSqlQuery range(db);
    if (!range.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM ") + table) || !range.next())
        return queryError(range);
    if (range.value(0).isNull())
        return qint64(0);
    qint64 lo = range.value(0).toLongLong();
    qint64 hi = range.value(1).toLongLong() + 1;
    QSqlQuery probe(db);
    probe.prepare(QStringLiteral("SELECT id, ") + column + QStringLiteral(" FROM ") + table
                  + QStringLiteral(" WHERE id >= ? ORDER BY id LIMIT 1"));
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        probe.addBindValue(mid);
        if (!probe.exec())
            return queryError(probe);
        if (!probe.next()) {
            hi = mid;
            continue;
        }
        // No row lies between mid and the row found, so "id >= mid" still includes it.
        if (probe.value(1).toLongLong() < cutoff)
            lo = probe.value(0).toLongLong() + 1;
        else
            hi = mid;
    }
    return lo;
}

struct Counts
{
    qint64 eventsBefore = 0; //!< inbound + statuses in [weekAgo, hourAgo)
    qint64 firstBefore = 0; //!< earliest of those, 0 when none
};

void addBefore(Counts& counts, qint64 events, const QVariant& first)
{
    counts.eventsBefore += events;
    if (!first.isNull()) {
        const qint64 at = first.toLongLong();
        counts.firstBefore = counts.firstBefore == 0 ? at : std::min(counts.firstBefore, at);
    }
}

Status readMessages(QSqlDatabase& db, const Bounds& b, QHash<QString, ChannelActivity>& out,
                    QHash<QString, Counts>& counts)
{
    QSqlQuery q(db);
    // The range on timestamp lets SQLite walk messages_by_time instead of the whole log.
    q.prepare(QStringLiteral(
        "SELECT channel_id,"
        " MAX(CASE WHEN direction = 'in' THEN timestamp END),"
        " MAX(CASE WHEN direction = 'out' THEN timestamp END),"
        " SUM(direction = 'in' AND timestamp >= :today), SUM(direction = 'out' AND timestamp >= :today),"
        " SUM(direction = 'in' AND timestamp >= :hour), SUM(direction = 'in' AND timestamp < :hour),"
        " MIN(CASE WHEN direction = 'in' AND timestamp < :hour THEN timestamp END)"
        " FROM messages WHERE timestamp >= :from GROUP BY channel_id"));
    q.bindValue(QStringLiteral(":today"), b.today);
    q.bindValue(QStringLiteral(":hour"), b.hourAgo);
    q.bindValue(QStringLiteral(":from"), std::min(b.weekAgo, b.today));
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto it = out.find(q.value(0).toString());
        if (it == out.end())
            continue;
        it->lastInbound = newer(it->lastInbound, fromMs(q.value(1)));
        it->lastOutbound = newer(it->lastOutbound, fromMs(q.value(2)));
        it->inToday = q.value(3).toInt();
        it->outToday = q.value(4).toInt();
        it->eventsLastHour += q.value(5).toInt();
        addBefore(counts[it->channelId], q.value(6).toLongLong(), q.value(7));
    }

    // Older than the window: the conversations table keeps the newest inbound per peer, and the
    // newest message when it went out.
    QSqlQuery older(db);
    if (!older.exec(QStringLiteral("SELECT channel_id, MAX(last_inbound_at),"
                                   " MAX(CASE WHEN last_direction = 'out' THEN last_message_at END)"
                                   " FROM conversations GROUP BY channel_id")))
        return queryError(older);
    while (older.next()) {
        const auto it = out.find(older.value(0).toString());
        if (it == out.end())
            continue;
        if (older.value(1).toLongLong() > 0)
            it->lastInbound = newer(it->lastInbound, fromMs(older.value(1)));
        if (!it->lastOutbound.isValid() && older.value(2).toLongLong() > 0)
            it->lastOutbound = fromMs(older.value(2));
    }
    return Done{};
}

Status readFailedSends(QSqlDatabase& db, const Bounds& b, QHash<QString, ChannelActivity>& out)
{
    QSqlQuery queued(db);
    queued.prepare(QStringLiteral("SELECT channel_id, COUNT(*) FROM outbound"
                                  " WHERE state = 'failed' AND updated_at >= ? GROUP BY channel_id"));
    queued.addBindValue(b.today);
    if (!queued.exec())
        return queryError(queued);
    while (queued.next()) {
        const auto it = out.find(queued.value(0).toString());
        if (it != out.end())
            it->failedToday += queued.value(1).toInt();
    }
    // Sent messages whose status webhook said failed, unless the queue row was counted above.
    QSqlQuery sent(db);
    sent.prepare(QStringLiteral("SELECT m.channel_id, COUNT(*) FROM messages m"
                                " WHERE m.timestamp >= :today AND m.direction = 'out' AND m.status = 'failed'"
                                " AND NOT EXISTS (SELECT 1 FROM outbound o WHERE o.channel_id = m.channel_id"
                                "  AND o.wamid = m.wamid AND o.state = 'failed' AND o.updated_at >= :today)"
                                " GROUP BY m.channel_id"));
    sent.bindValue(QStringLiteral(":today"), b.today);
    if (!sent.exec())
        return queryError(sent);
    while (sent.next()) {
        const auto it = out.find(sent.value(0).toString());
        if (it != out.end())
            it->failedToday += sent.value(1).toInt();
    }
    return Done{};
}

/*!
 * Messages per clock hour of the last day, for the dashboard's chart. A failed send counts as
 * failed once: by its message when Meta accepted it and a status said failed, by its queue row
 * when it never left the queue (no wamid, or the message row is not there).
 */
Status readTraffic(QSqlDatabase& db, const Bounds& b, QHash<QString, ChannelActivity>& out)
{
    for (auto it = out.begin(); it != out.end(); ++it)
        it->traffic = QList<TrafficHour>(ChannelActivity::TrafficHours);
    const auto bucket = [](const QVariant& hour) -> int {
        const qint64 index = hour.toLongLong();
        return index >= 0 && index < ChannelActivity::TrafficHours ? int(index) : -1;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT channel_id, (timestamp - :start) / 3600000, SUM(direction = 'in'),"
                             " SUM(direction = 'out'), SUM(direction = 'out' AND status = 'failed')"
                             " FROM messages WHERE timestamp >= :start GROUP BY 1, 2"));
    q.bindValue(QStringLiteral(":start"), b.trafficStart);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto it = out.find(q.value(0).toString());
        const int index = bucket(q.value(1));
        if (it == out.end() || index < 0)
            continue;
        TrafficHour& hour = it->traffic[index];
        hour.in += q.value(2).toInt();
        hour.out += q.value(3).toInt();
        hour.failed += q.value(4).toInt();
    }
    QSqlQuery queued(db);
    // state = 'failed' walks outbound_pending; only rows without a stored message are added.
    queued.prepare(
        QStringLiteral("SELECT o.channel_id, (o.updated_at - :start) / 3600000, COUNT(*) FROM outbound o"
                       " WHERE o.state = 'failed' AND o.updated_at >= :start AND (o.wamid IS NULL"
                       "  OR NOT EXISTS (SELECT 1 FROM messages m WHERE m.channel_id = o.channel_id"
                       "  AND m.wamid = o.wamid)) GROUP BY 1, 2"));
    queued.bindValue(QStringLiteral(":start"), b.trafficStart);
    if (!queued.exec())
        return queryError(queued);
    while (queued.next()) {
        const auto it = out.find(queued.value(0).toString());
        const int index = bucket(queued.value(1));
        if (it != out.end() && index >= 0)
            it->traffic[index].failed += queued.value(2).toInt();
    }
    return Done{};
}

//! For each channel with a last error: the first message that went through after it.
Status readRecovery(QSqlDatabase& db, QHash<QString, ChannelActivity>& out)
{
    QSqlQuery q(db);
    // messages_by_time from the error on; the first row of the channel that is not a failed send.
    q.prepare(QStringLiteral("SELECT MIN(timestamp) FROM messages WHERE timestamp > ? AND channel_id = ?"
                             " AND NOT (direction = 'out' AND status = 'failed')"));
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (!it->lastErrorAt.isValid())
            continue;
        q.addBindValue(it->lastErrorAt.toMSecsSinceEpoch());
        q.addBindValue(it.key());
        if (!q.exec())
            return queryError(q);
        if (q.next())
            it->firstTrafficAfterError = fromMs(q.value(0));
    }
    return Done{};
}

Status readStatuses(QSqlDatabase& db, const Bounds& b, QHash<QString, ChannelActivity>& out,
                    QHash<QString, Counts>& counts)
{
    const auto first = firstIdFrom(db, QStringLiteral("statuses"), QStringLiteral("timestamp"),
                                   b.weekAgo - ArrivalSlackMs);
    if (!first.ok())
        return first.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT channel_id, MAX(timestamp), SUM(timestamp >= :hour),"
                             " SUM(timestamp < :hour), MIN(CASE WHEN timestamp < :hour THEN timestamp END)"
                             " FROM statuses WHERE id >= :first AND timestamp >= :from GROUP BY channel_id"));
    q.bindValue(QStringLiteral(":hour"), b.hourAgo);
    q.bindValue(QStringLiteral(":first"), first.value());
    q.bindValue(QStringLiteral(":from"), b.weekAgo);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto it = out.find(q.value(0).toString());
        if (it == out.end())
            continue;
        it->lastStatus = fromMs(q.value(1));
        it->eventsLastHour += q.value(2).toInt();
        addBefore(counts[it->channelId], q.value(3).toLongLong(), q.value(4));
    }
    return Done{};
}

Status readEvents(QSqlDatabase& db, const Bounds& b, QHash<QString, ChannelActivity>& out)
{
    // channel_events.at is the receiving time, so ids and times grow together.
    const auto first = firstIdFrom(db, QStringLiteral("channel_events"), QStringLiteral("at"), b.hourAgo);
    if (!first.ok())
        return first.error();
    QSqlQuery q(db);
    // A row stands for count requests of one minute (see MessageStore::recordEvents).
    q.prepare(QStringLiteral("SELECT channel_id, SUM((kind = 'rejected') * count),"
                             " SUM((kind = 'rejected' AND reason = 'bad-signature') * count)"
                             " FROM channel_events WHERE id >= ? AND at >= ? GROUP BY channel_id"));
    q.addBindValue(first.value());
    q.addBindValue(b.hourAgo);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto it = out.find(q.value(0).toString());
        if (it == out.end())
            continue;
        it->rejectedLastHour = q.value(1).toInt();
        it->badSignaturesLastHour = q.value(2).toInt();
    }
    // Walks channel_events_recent backwards per channel; verification events are skipped over.
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT COALESCE(last_at, at), COALESCE(last_detail, detail), reason"
                                " FROM channel_events WHERE channel_id = ?"
                                " AND kind IN ('meta-error', 'rejected') ORDER BY id DESC LIMIT 1"));
    for (auto it = out.begin(); it != out.end(); ++it) {
        last.addBindValue(it.key());
        if (!last.exec())
            return queryError(last);
        if (last.next()) {
            it->lastErrorAt = fromMs(last.value(0));
            it->lastError
                = last.value(1).toString().isEmpty() ? last.value(2).toString() : last.value(1).toString();
        }
    }
    return Done{};
}

} // namespace

Result<QList<ChannelActivity>> ChannelActivityReader::read(const QString& dbPath, const QDateTime& now)
{
    auto opened = Database::open(dbPath);
    if (!opened.ok())
        return opened.error();
    QSqlDatabase& db = opened.value();

    Bounds b;
    b.now = now.toMSecsSinceEpoch();
    b.hourAgo = b.now - HourMs;
    b.weekAgo = b.hourAgo - 7 * DayMs;
    b.today = QDateTime(now.toLocalTime().date(), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    // Whole clock hours in UTC: they are whole local hours too, except in the few zones offset by
    // a half or quarter hour, where the chart's labels say so.
    b.trafficStart = (b.now / HourMs - (ChannelActivity::TrafficHours - 1)) * HourMs;

    QHash<QString, ChannelActivity> activity;
    QStringList ids;
    QSqlQuery channels(db);
    if (!channels.exec(QStringLiteral("SELECT id FROM channels ORDER BY id")))
        return queryError(channels);
    while (channels.next()) {
        ChannelActivity entry;
        entry.channelId = channels.value(0).toString();
        ids.append(entry.channelId);
        activity.insert(entry.channelId, entry);
    }

    // One read transaction: every figure comes from the same snapshot of the store.
    db.transaction();
    QHash<QString, Counts> counts;
    Status status = readMessages(db, b, activity, counts);
    if (status.ok())
        status = readFailedSends(db, b, activity);
    if (status.ok())
        status = readStatuses(db, b, activity, counts);
    if (status.ok())
        status = readEvents(db, b, activity);
    if (status.ok())
        status = readTraffic(db, b, activity);
    if (status.ok())
        status = readRecovery(db, activity);
    db.rollback();
    if (!status.ok())
        return status.error();

    QList<ChannelActivity> result;
    result.reserve(ids.size());
    for (const QString& id : std::as_const(ids)) {
        ChannelActivity entry = activity.value(id);
        entry.trafficStart = QDateTime::fromMSecsSinceEpoch(b.trafficStart, Qt::UTC);
        const Counts c = counts.value(id);
        if (c.eventsBefore > 0) {
            const qint64 start = std::max(b.weekAgo, c.firstBefore);
            const double hours = std::max(1.0, double(b.hourAgo - start) / HourMs);
            entry.usualInboundPerHour = double(c.eventsBefore) / hours;
        }
        result.append(entry);
    }
    return result;
}

} // namespace ChannelDesk
