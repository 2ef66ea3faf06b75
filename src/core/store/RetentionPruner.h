// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Deletes what a data directory no longer needs to keep, on a thread of its own, at start and then
//! every hour: delivery journal entries older than the journal retention that the conversation
//! store was built from (id ≤ journal_progress; a linked channel's events are never built, so for
//! them age alone counts) and that no bot still waits for (not in forward_queue, parked ones
//! included); and, only when the operator set a message retention, older messages (their search
//! index rows go with them, by the delete trigger), statuses and the conversations left empty.
//!
//! Every step is one short transaction of at most a few hundred rows, on its own connections with
//! synchronous=NORMAL (a deletion lost to a power cut is only done again), followed by a pause, so
//! the receiver's group commit and the projector wait for the write lock a few milliseconds at
//! most. After the deletions, incremental vacuum gives the freed pages back in small steps too.
//! The thread keeps its normal priority on purpose: one descheduled inside a step would hold the
//! write lock, and the receiver with it, until the scheduler came back to it.

#include "settings/RetentionSettings.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

class QSqlDatabase;

namespace ChannelDesk {

class RetentionPruner
{
public:
    struct Tuning
    {
        int batchRows = 500; //!< rows per transaction
        int pauseMs = 20; //!< between two steps
        int vacuumPages = 256; //!< pages per incremental vacuum step (1 MiB of 4 KiB pages)
        //! Files up to this size are switched to incremental auto-vacuum by the pruner itself.
        qint64 convertBelowBytes = qint64(16) * 1024 * 1024;
        std::chrono::milliseconds interval = std::chrono::hours(1);
    };
    struct Outcome
    {
        qint64 journalEntries = 0;
        qint64 messages = 0;
        qint64 statuses = 0;
        qint64 conversations = 0;
        qint64 pagesReclaimed = 0; //!< of both files
        bool interrupted = false; //!< stop() came first
        std::optional<Error> error;
    };

    explicit RetentionPruner(QString dataDirectory);
    //! Calls stop().
    ~RetentionPruner();
    RetentionPruner(const RetentionPruner&) = delete;
    RetentionPruner& operator=(const RetentionPruner&) = delete;

    //! Any thread; the next pass uses it.
    void setRetention(const RetentionSettings& retention);
    //! Before start().
    void setTuning(const Tuning& tuning) { m_tuning = tuning; }
    //! Called on the pruner's thread after each pass of the thread (not of pruneOnce()).
    void setOnPassed(std::function<void(const Outcome&)> passed) { m_passed = std::move(passed); }

    //! Starts the thread: a pass at once, then one every interval.
    void start();
    //! Ends the thread, between two steps of a pass.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    //! A pass now (after the settings changed).
    void wake();

    //! One whole pass on the calling thread, with now as the current time; blocking.
    Outcome pruneOnce(const QDateTime& now);

private:
    void run();
    //! Sleeps for the pause between steps; false when stopping.
    bool pause();
    void pruneJournal(QSqlDatabase& journal, qint64 builtUpTo, qint64 cutoffMs, Outcome& outcome);
    void pruneMessages(QSqlDatabase& store, qint64 cutoffMs, Outcome& outcome);
    qint64 deleteStatuses(QSqlDatabase& store, qint64 cutoffMs, qint64* cursor);
    void reclaim(QSqlDatabase& db, Outcome& outcome);

    QString m_dataDirectory;
    Tuning m_tuning;
    std::function<void(const Outcome&)> m_passed;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    RetentionSettings m_retention;
    bool m_woken = false;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace ChannelDesk
