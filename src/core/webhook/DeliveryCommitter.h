// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Group commit for webhook deliveries: a writer thread takes every delivery that queued up while
//! the previous transaction was committing and appends them to the delivery journal in one durable
//! transaction. Each delivery's callback runs only after that commit, so an acknowledgement is
//! never ahead of the disk. A DeliveryProjector builds the conversation store from the journal
//! behind the acknowledgements, on a second thread; it may run without the writer (open()), for
//! the entries that others append (a linked channel's gateway events).

#include "store/DeliveryJournal.h"
#include "webhook/CommitStats.h"
#include "util/Result.h"
#include "webhook/DeliveryProjector.h"

#include <QLockFile>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ChannelDesk {

class DeliveryCommitter
{
public:
    //! Called on the writer thread once the delivery is durable (or the commit failed).
    using Callback = std::function<void(const Status&)>;

    explicit DeliveryCommitter(QString databasePath);
    ~DeliveryCommitter();
    DeliveryCommitter(const DeliveryCommitter&) = delete;
    DeliveryCommitter& operator=(const DeliveryCommitter&) = delete;

    //! Locks the data directory's journal against a second receiver, opens the store and the
    //! journal (so a bad data directory fails here, not on the first delivery) and starts the
    //! projector. built is called on the projector's thread for each entry built into the store;
    //! notice with lines for the operator. Does nothing when already open.
    Status open(DeliveryProjector::Built built = {}, DeliveryProjector::Notice notice = {});
    //! open(), then starts the writer.
    Status start(DeliveryProjector::Built built = {}, DeliveryProjector::Notice notice = {});
    //! Commits what is queued and stops the writer; the projector goes on building.
    void stopWriter();
    //! stopWriter(), then gives the projector up to drainMs to build what is waiting, stops it and
    //! unlocks the journal.
    void stop(int drainMs = kDrainMs);
    bool isOpen() const { return m_open; }

    //! Once stop() has begun, done is called at once with an error.
    void submit(JournalEntry entry, Callback done);
    //! Events need no acknowledgement; the projector merges repeats and writes them.
    void submitEvent(ChannelEvent event);
    void setMaxBatch(int deliveries) { m_maxBatch = deliveries; }
    //! Called on the writer thread after each durable commit (the forwarder's wake-up); set before
    //! start().
    void setOnJournalled(std::function<void()> journalled) { m_journalled = std::move(journalled); }
    //! See DeliveryProjector::setOnEventsRecorded().
    void setOnEventsRecorded(std::function<void(const QList<ChannelEvent>&)> recorded)
    {
        m_projector.setOnEventsRecorded(std::move(recorded));
    }
    //! See DeliveryProjector::setOptOutWords().
    void setOptOutWords(const OptOutWords& words) { m_projector.setOptOutWords(words); }
    //! Acknowledged deliveries not yet in the conversation store.
    qint64 backlog() const { return m_projector.backlog(); }
    qint64 searchBacklog() const { return m_projector.searchBacklog(); }
    //! The group commits' durations so far; any thread.
    CommitStats::Snapshot commitStats() const { return m_commitStats.snapshot(); }
    //! Someone else appended to the journal up to lastId; any thread.
    void journalAdvanced(qint64 lastId) { m_projector.journalAdvanced(lastId); }

    static constexpr int kDrainMs = 5000;

private:
    struct Pending
    {
        JournalEntry entry;
        Callback done;
    };
    void run();

    QString m_journalPath;
    QLockFile m_lock;
    DeliveryProjector m_projector;
    int m_maxBatch = 2000;
    std::function<void()> m_journalled;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    bool m_open = false;
    CommitStats m_commitStats;
    std::thread m_thread;
};

} // namespace ChannelDesk
