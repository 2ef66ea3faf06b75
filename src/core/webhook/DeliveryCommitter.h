// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Group commit for webhook deliveries: a writer thread takes every delivery that queued up while
//! the previous transaction was committing and stores them in one durable transaction. Each
//! delivery's callback runs only after its commit, so an acknowledgement is never ahead of the disk.

#include "store/MessageStore.h"
#include "store/StoreTypes.h"
#include "util/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ChannelDesk {

class DeliveryCommitter
{
public:
    //! Called on the writer thread once the delivery is committed (or the commit failed).
    using Callback = std::function<void(const Result<DeliveryOutcome>&)>;

    explicit DeliveryCommitter(QString databasePath);
    ~DeliveryCommitter();
    DeliveryCommitter(const DeliveryCommitter&) = delete;
    DeliveryCommitter& operator=(const DeliveryCommitter&) = delete;

    //! Opens the database (so a bad data directory fails here, not on the first delivery).
    Status start();
    //! Commits what is queued, then stops the writer thread.
    void stop();

    void submit(Delivery delivery, Callback done);
    //! Events need no acknowledgement; they are written with the next batch.
    void submitEvent(ChannelEvent event);
    void setMaxBatch(int deliveries) { m_maxBatch = deliveries; }

private:
    struct Pending
    {
        Delivery delivery;
        Callback done;
    };
    void run();
    void indexForSearch(MessageStore& store, MessageStore::Indexing amount);

    static constexpr int kSearchIndexIntervalMs = 250;

    QString m_path;
    int m_maxBatch = 2000;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    std::deque<ChannelEvent> m_events;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ChannelDesk
