// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryCommitter.h"

#include "store/Database.h"
#include "store/MessageStore.h"
#include "util/Logging.h"

#include <chrono>

namespace ChannelDesk {

DeliveryCommitter::DeliveryCommitter(QString databasePath)
    : m_path(std::move(databasePath))
{ }

DeliveryCommitter::~DeliveryCommitter()
{
    stop();
}

Status DeliveryCommitter::start()
{
    if (m_thread.joinable())
        return Done{};
    // Open once here so that schema problems surface before the receiver accepts anything.
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return Done{};
}

void DeliveryCommitter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeliveryCommitter::submit(Delivery delivery, Callback done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(delivery), std::move(done)});
    }
    m_wake.notify_one();
}

void DeliveryCommitter::submitEvent(ChannelEvent event)
{
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(std::move(event));
    }
    m_wake.notify_one();
}

void DeliveryCommitter::run()
{
    MessageStore store(m_path);
    // Messages become searchable within this interval rather than inside every acknowledgement.
    store.setSearchIndexInterval(kSearchIndexIntervalMs);
    // What a crash left unindexed.
    indexForSearch(store, MessageStore::Indexing::Everything);
    for (;;) {
        std::vector<Pending> batch;
        QList<ChannelEvent> events;
        {
            std::unique_lock lock(m_mutex);
            const auto work = [this] { return m_stopping || !m_queue.empty() || !m_events.empty(); };
            const int indexDue = store.msUntilIndexDue();
            if (indexDue < 0) {
                m_wake.wait(lock, work);
            } else if (!m_wake.wait_for(lock, std::chrono::milliseconds(indexDue), work)) {
                lock.unlock();
                indexForSearch(store, MessageStore::Indexing::Step);
                continue;
            }
            if (m_queue.empty() && m_events.empty() && m_stopping)
                break;
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            while (!m_events.empty()) {
                events.append(std::move(m_events.front()));
                m_events.pop_front();
            }
        }
        if (!batch.empty()) {
            QList<Delivery> deliveries;
            deliveries.reserve(qsizetype(batch.size()));
            for (const Pending& pending : batch)
                deliveries.append(pending.delivery);
            const Result<QList<DeliveryOutcome>> committed = store.commitDeliveries(deliveries);
            if (!committed.ok())
                qCWarning(lcWebhook) << "Commit failed; deliveries will be answered 500 and retried by Meta:"
                                     << committed.error().message;
            for (size_t i = 0; i < batch.size(); ++i) {
                if (committed.ok())
                    batch[i].done(committed.value().at(qsizetype(i)));
                else
                    batch[i].done(committed.error());
            }
        }
        if (!events.isEmpty()) {
            const Status recorded = store.recordEvents(events);
            if (!recorded.ok())
                qCWarning(lcWebhook) << "Could not record receiver events:" << recorded.error().message;
        }
    }
    indexForSearch(store, MessageStore::Indexing::Everything);
    Database::close(m_path);
}

void DeliveryCommitter::indexForSearch(MessageStore& store, MessageStore::Indexing amount)
{
    const Status indexed = store.indexPendingMessages(amount);
    if (!indexed.ok())
        qCWarning(lcWebhook) << "Could not index new messages for search; retrying with the next write:"
                             << indexed.error().message;
}

} // namespace ChannelDesk
