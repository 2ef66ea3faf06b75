// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageStore.h"

#include "store/Database.h"
#include "store/MessageWriter.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ChannelDesk {
namespace {

//! Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

} // namespace

MessageStore::MessageStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

MessageStore::~MessageStore() = default;

void MessageStore::setSearchIndexInterval(int intervalMs)
{
    m_indexIntervalMs = intervalMs;
}

int MessageStore::msUntilIndexDue() const
{
    if (m_indexBacklog)
        return 0;
    if (!m_indexPending)
        return -1;
    if (!m_lastIndexed.isValid())
        return 0;
    return int(qMax<qint64>(0, m_indexIntervalMs - m_lastIndexed.elapsed()));
}

Status MessageStore::indexPendingMessages(Indexing amount)
{
    const Status indexed = write([](MessageWriter&) { return true; }, amount);
    // Also when the database could not even be opened: the caller retries when due, not at once.
    if (!indexed.ok()) {
        m_indexBacklog = false;
        m_lastIndexed.restart();
    }
    return indexed;
}

Status MessageStore::write(const std::function<bool(MessageWriter&)>& body, Indexing indexing)
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!m_writer)
        m_writer = std::make_unique<MessageWriter>(conn);
    MessageWriter& w = *m_writer;
    Error beginFailure;
    if (!Database::beginWrite(conn, &beginFailure))
        return beginFailure;
    // Its statements are prepared for this transaction and finalized after it (see detach()).
    const auto detach = qScopeGuard([&w] { w.detach(); });
    if (!w.attach(conn)) {
        conn.rollback();
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("Database", "Database error: %1")
                         .arg(QStringLiteral("not an SQLite connection"))};
    }
    w.m_insertedMessages = 0;
    bool ok = body(w);
    m_indexPending = m_indexPending || w.m_insertedMessages > 0;
    const bool index = ok && (indexing != Indexing::WhenDue || msUntilIndexDue() == 0);
    bool moreMessages = false;
    qint64 unindexed = 0;
    bool merged = false;
    if (index) {
        // A deferring writer indexes in chunks, so that a backlog (after a burst or a crash)
        // delays the writes behind it by one chunk only.
        const int limit = indexing == Indexing::Everything || m_indexIntervalMs == 0 ? 0 : kSearchIndexChunk;
        ok = SearchIndex::catchUp(w.m_indexSearch, limit, &moreMessages, &unindexed)
            && SearchIndex::mergeStep(w.m_indexSearch, &merged);
        // Success or not, the next attempt waits an interval: a failing index must not spin.
        m_indexBacklog = false;
        m_lastIndexed.restart();
    }
    if (!ok) {
        const Error error = w.error();
        conn.rollback();
        // Conversations created in the rolled-back transaction no longer exist.
        w.m_conversationIds.clear();
        return error;
    }
    // With synchronous=FULL the commit returns only after the WAL is on stable storage.
    if (!conn.commit()) {
        const Error error = databaseError(conn);
        conn.rollback();
        w.m_conversationIds.clear();
        return error;
    }
    if (index) {
        m_indexPending = moreMessages;
        m_indexBacklog = moreMessages || merged;
        m_unindexed = unindexed;
    } else if (ok) {
        m_unindexed += w.m_insertedMessages;
    }
    return Done{};
}

Result<qint64> MessageStore::journalProgress() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT upto FROM journal_progress")) || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

Status MessageStore::recordEvents(const QList<ChannelEvent>& events) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (Error failure; !Database::beginWrite(conn, &failure))
        return failure;
    // The minute is the first request's: a row's at stays in its minute, last_at moves on.
    QSqlQuery merge(conn);
    merge.prepare(QStringLiteral(
        "UPDATE channel_events SET count = count + ?, last_at = MAX(COALESCE(last_at, at), ?),"
        " last_detail = CASE WHEN ? >= COALESCE(last_at, at) THEN ? ELSE last_detail END"
        " WHERE id = (SELECT id FROM channel_events WHERE channel_id = ? AND reason = ? AND remote = ?"
        " AND at >= ? AND at < ? AND kind = ? ORDER BY id DESC LIMIT 1)"));
    QSqlQuery insert(conn);
    insert.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, detail, remote,"
                                  " count, last_at, last_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto fail = [&conn](const QSqlQuery& query) {
        const Error error = queryError(query);
        conn.rollback();
        return error;
    };
    constexpr qint64 minuteMs = 60 * 1000;
    for (const ChannelEvent& event : events) {
        const qint64 at = event.at.toMSecsSinceEpoch();
        const qint64 lastAt = event.lastAt.isValid() ? event.lastAt.toMSecsSinceEpoch() : at;
        const QString lastDetail = event.lastDetail.isEmpty() ? event.detail : event.lastDetail;
        const qint64 minute = at - ((at % minuteMs) + minuteMs) % minuteMs;
        merge.addBindValue(std::max(1, event.count));
        merge.addBindValue(lastAt);
        merge.addBindValue(lastAt);
        merge.addBindValue(nn(lastDetail));
        merge.addBindValue(nn(event.channelId));
        merge.addBindValue(nn(event.reason));
        merge.addBindValue(nn(event.remote));
        merge.addBindValue(minute);
        merge.addBindValue(minute + minuteMs);
        merge.addBindValue(nn(event.kind));
        if (!merge.exec())
            return fail(merge);
        if (merge.numRowsAffected() > 0)
            continue;
        const bool single = event.count <= 1;
        insert.addBindValue(nn(event.channelId));
        insert.addBindValue(at);
        insert.addBindValue(nn(event.kind));
        insert.addBindValue(nn(event.reason));
        insert.addBindValue(nn(event.detail));
        insert.addBindValue(nn(event.remote));
        insert.addBindValue(std::max(1, event.count));
        insert.addBindValue(single ? QVariant() : QVariant(lastAt));
        insert.addBindValue(single ? QVariant() : QVariant(lastDetail));
        if (!insert.exec())
            return fail(insert);
    }
    if (!conn.commit()) {
        // Left open, the transaction would make every later write on this connection fail.
        const Error error = databaseError(conn);
        conn.rollback();
        return error;
    }
    return Done{};
}

Result<QList<ChannelEvent>> MessageStore::recentEvents(const QString& channelId, int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    select.prepare(QStringLiteral("SELECT channel_id, at, kind, reason, detail, remote, count, last_at,"
                                  " last_detail FROM channel_events"
                                  " WHERE channel_id = ? ORDER BY id DESC LIMIT ?"));
    select.addBindValue(channelId);
    select.addBindValue(limit);
    if (!select.exec())
        return queryError(select);
    QList<ChannelEvent> events;
    while (select.next()) {
        ChannelEvent event{
            select.value(0).toString(), QDateTime::fromMSecsSinceEpoch(select.value(1).toLongLong(), Qt::UTC),
            select.value(2).toString(), select.value(3).toString(),
            select.value(4).toString(), select.value(5).toString()};
        event.count = std::max(1, select.value(6).toInt());
        if (!select.isNull(7))
            event.lastAt = QDateTime::fromMSecsSinceEpoch(select.value(7).toLongLong(), Qt::UTC);
        event.lastDetail = select.value(8).toString();
        events.append(std::move(event));
    }
    return events;
}

Result<int> MessageStore::pruneEvents(qint64 beforeMs, int keepPerChannel, int step) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (Error failure; !Database::beginWrite(conn, &failure))
        return failure;
    const auto fail = [&conn](const QSqlQuery& query) -> Result<int> {
        const Error error = queryError(query);
        conn.rollback();
        return error;
    };
    int deleted = 0;
    // Ids and receiving times grow together, so the oldest rows are the lowest ids.
    QSqlQuery old(conn);
    old.prepare(QStringLiteral("DELETE FROM channel_events WHERE id IN (SELECT id FROM channel_events"
                               " WHERE at < ? ORDER BY id LIMIT ?)"));
    old.addBindValue(beforeMs);
    old.addBindValue(step);
    if (!old.exec())
        return fail(old);
    deleted += std::max(0, old.numRowsAffected());
    QSqlQuery channels(conn);
    if (!channels.exec(QStringLiteral("SELECT DISTINCT channel_id FROM channel_events")))
        return fail(channels);
    QStringList ids;
    while (channels.next())
        ids.append(channels.value(0).toString());
    QSqlQuery cutoff(conn);
    cutoff.prepare(QStringLiteral(
        "SELECT id FROM channel_events WHERE channel_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?"));
    QSqlQuery excess(conn);
    excess.prepare(QStringLiteral("DELETE FROM channel_events WHERE id IN (SELECT id FROM channel_events"
                                  " WHERE channel_id = ? AND id <= ? ORDER BY id LIMIT ?)"));
    for (const QString& id : std::as_const(ids)) {
        if (deleted >= step)
            break;
        cutoff.addBindValue(id);
        cutoff.addBindValue(keepPerChannel);
        if (!cutoff.exec())
            return fail(cutoff);
        if (!cutoff.next())
            continue;
        const qint64 last = cutoff.value(0).toLongLong();
        cutoff.finish();
        excess.addBindValue(id);
        excess.addBindValue(last);
        excess.addBindValue(step - deleted);
        if (!excess.exec())
            return fail(excess);
        deleted += std::max(0, excess.numRowsAffected());
    }
    if (!conn.commit()) {
        const Error error = databaseError(conn);
        conn.rollback();
        return error;
    }
    return deleted;
}

} // namespace ChannelDesk
