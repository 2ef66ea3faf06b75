// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The durable conversation log in the data directory's SQLite database: write transactions over
//! conversations, messages, delivery statuses, opt-outs and channel events (see MessageWriter), the
//! delivery journal mark, and deferred search indexing. Blocking; every thread gets its own
//! connection.

#include "model/ChannelEvent.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>
#include <memory>

namespace ChannelDesk {

class MessageWriter;

class MessageStore
{
public:
    explicit MessageStore(QString databasePath);
    ~MessageStore();
    MessageStore(const MessageStore&) = delete;
    MessageStore& operator=(const MessageStore&) = delete;

    enum class Indexing
    {
        WhenDue, //!< only if msUntilIndexDue() has passed; one chunk and one merge step
        Step, //!< one chunk and one merge step now
        Everything, //!< every message waiting, and one merge step, now
    };
    //! Runs body in one write transaction, indexes new messages for search when due (or now) and
    //! returns only after the commit is durable. body returns false once a MessageWriter call
    //! failed; then nothing of it is kept. The writer keeps what it learnt between calls:
    //! call this from one thread per MessageStore object.
    Status write(const std::function<bool(MessageWriter&)>& body, Indexing indexing = Indexing::WhenDue);

    //! The highest DeliveryJournal id built into this store.
    Result<qint64> journalProgress() const;
    //! Adds each event to the stored one of its minute (same channel, kind, reason and address) if
    //! there is one, or stores it.
    Status recordEvents(const QList<ChannelEvent>& events) const;
    Result<QList<ChannelEvent>> recentEvents(const QString& channelId, int limit) const;
    //! Deletes up to step channel events: those received before beforeMs, then each channel's
    //! (and the unknown channels') beyond its newest keepPerChannel. Returns how many went.
    Result<int> pruneEvents(qint64 beforeMs, int keepPerChannel, int step) const;

    //! Index new messages for search at most every intervalMs instead of in every transaction
    //! (0, the default), and then at most kSearchIndexChunk of them per transaction; see
    //! SearchIndex. Call indexPendingMessages() once msUntilIndexDue() has passed without another
    //! write.
    void setSearchIndexInterval(int intervalMs);
    //! Measured with serve at 128 connections (docs/performance.md): 2,048 instead of 256 cut the
    //! server's CPU per delivery by about 7 % and made a 10 s burst searchable as soon as it was in
    //! the log, not 3–5 s later: FTS5 writes one segment per chunk, and fewer, larger segments
    //! need fewer merge passes. A chunk takes tens of milliseconds, in the builder's thread only.
    static constexpr int kSearchIndexChunk = 2048;
    //! Milliseconds until indexing is due; 0 while a backlog of messages or segment merges waits;
    //! -1 when there is nothing to do.
    int msUntilIndexDue() const;
    //! Messages stored through this store and not yet indexed for search (about: counted by id).
    qint64 unindexedMessages() const { return m_unindexed; }
    //! Indexes, in a transaction of its own, what earlier transactions (or a crash) left.
    Status indexPendingMessages(Indexing amount = Indexing::Everything);

private:
    QString m_path;
    std::unique_ptr<MessageWriter> m_writer;
    int m_indexIntervalMs = 0;
    bool m_indexPending = false;
    qint64 m_unindexed = 0;
    bool m_indexBacklog = false;
    QElapsedTimer m_lastIndexed;
};

} // namespace ChannelDesk
