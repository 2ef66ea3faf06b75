// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageStore.h"

#include "store/Database.h"
#include "store/MessageWriter.h"
#include "store/SearchIndex.h"

#include <QSqlQuery>

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
    if (!Database::beginWrite(conn))
        return databaseError(conn);
    w.m_insertedMessages = false;
    bool ok = body(w);
    m_indexPending = m_indexPending || w.m_insertedMessages;
    const bool index = ok && (indexing != Indexing::WhenDue || msUntilIndexDue() == 0);
    bool moreMessages = false;
    bool merged = false;
    if (index) {
        // A deferring writer indexes in chunks, so that a backlog (after a burst or a crash)
        // delays each acknowledgement by one chunk only.
        const int limit = indexing == Indexing::Everything || m_indexIntervalMs == 0 ? 0 : kSearchIndexChunk;
        ok = SearchIndex::catchUp(w.m_indexSearch, limit, &moreMessages)
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
    Database::beginWrite(conn);
    QSqlQuery insert(conn);
    insert.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, detail, remote) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ChannelEvent& event : events) {
        insert.addBindValue(nn(event.channelId));
        insert.addBindValue(event.at.toMSecsSinceEpoch());
        insert.addBindValue(nn(event.kind));
        insert.addBindValue(nn(event.reason));
        insert.addBindValue(nn(event.detail));
        insert.addBindValue(nn(event.remote));
        if (!insert.exec()) {
            const Error error = queryError(insert);
            conn.rollback();
            return error;
        }
    }
    if (!conn.commit())
        return databaseError(conn);
    return Done{};
}

Result<QList<ChannelEvent>> MessageStore::recentEvents(const QString& channelId, int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    select.prepare(QStringLiteral("SELECT channel_id, at, kind, reason, detail, remote FROM channel_events"
                                  " WHERE channel_id = ? ORDER BY id DESC LIMIT ?"));
    select.addBindValue(channelId);
    select.addBindValue(limit);
    if (!select.exec())
        return queryError(select);
    QList<ChannelEvent> events;
    while (select.next()) {
        events.append({select.value(0).toString(),
                       QDateTime::fromMSecsSinceEpoch(select.value(1).toLongLong(), Qt::UTC),
                       select.value(2).toString(), select.value(3).toString(), select.value(4).toString(),
                       select.value(5).toString()});
    }
    return events;
}

} // namespace ChannelDesk
