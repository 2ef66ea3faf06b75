// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The conversation store's one writer of received events: builds it from the delivery journal,
//! behind the acknowledgements. A thread of its own reads the journal entries the store has not
//! built yet (Meta's webhooks, WeCom's callbacks and the gateways' events, in journal order),
//! parses them again (the next batch while one is committed: JournalReader) and commits them in
//! batches, moving the store's mark (journal_progress) in the same transaction. Entries a crash
//! left unbuilt are built first. Also writes the receiver's channel events and keeps the search
//! index up to date.

#include "model/ChannelEvent.h"
#include "model/Delivery.h"
#include "settings/OptOutWords.h"
#include "util/Result.h"
#include "webhook/ChannelEventAggregator.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ChannelDesk {

class DeliveryJournal;
class DeliveryProjection;
class JournalReader;
class MessageStore;

class DeliveryProjector
{
public:
    //! Called on the projector's thread for each journal entry built into the store (a webhook
    //! delivery, a WeCom callback or a gateway event).
    using Built = std::function<void(const QString& channelId, const DeliveryOutcome& outcome)>;
    //! A line for the operator (building left-overs, a store that refuses writes); never secrets.
    using Notice = std::function<void(const QString& line)>;

    DeliveryProjector(QString databasePath, QString journalPath);
    ~DeliveryProjector();
    DeliveryProjector(const DeliveryProjector&) = delete;
    DeliveryProjector& operator=(const DeliveryProjector&) = delete;

    //! Reads where the store left off and starts the thread.
    Status start(Built built, Notice notice);
    //! Builds what is waiting for at most drainMs more, then stops; the rest is built at the next
    //! start.
    void stop(int drainMs);
    //! The journal's newest entry is now lastId; any thread. Whoever appends to the journal calls
    //! it (entries nobody announces are found within kJournalPoll).
    void journalAdvanced(qint64 lastId);
    //! Events need no acknowledgement; repeats are merged (ChannelEventAggregator) and written at
    //! most every kEventIntervalMs.
    void submitEvent(ChannelEvent event);
    //! Called on the projector's thread with the (merged) events it has just written; set before
    //! start().
    void setOnEventsRecorded(std::function<void(const QList<ChannelEvent>&)> recorded)
    {
        m_eventsRecorded = std::move(recorded);
    }
    //! The opt-out words for messages built from now on; callable from any thread. Until called,
    //! start() reads them once from the data directory's settings.
    void setOptOutWords(const OptOutWords& words);
    //! Acknowledged deliveries not yet in the store.
    qint64 backlog() const { return std::max<qint64>(0, m_journalLast.load() - m_built.load()); }
    //! Messages in the store that search does not find yet (indexed behind the build, in steps).
    qint64 searchBacklog() const { return m_unindexed.load(); }

private:
    void run();
    void buildBatch(DeliveryProjection& projection, DeliveryJournal& journal, JournalReader& reader);
    void indexForSearch(MessageStore& store, bool everything);
    void notice(const QString& line) const;
    //! One bounded step of pruning channel_events; returns when the next step is due.
    std::chrono::steady_clock::time_point pruneEvents(MessageStore& store);

    static constexpr int kBatch = 1000;
    static constexpr int kNice = 10;
    static constexpr std::chrono::milliseconds kBuildInterval{25};
    static constexpr int kSearchIndexIntervalMs = 250;
    static constexpr int kRetryMs = 1000;
    static constexpr std::chrono::milliseconds kJournalPoll{1000};
    static constexpr std::chrono::milliseconds kEventInterval{500};
    // Channel events kept: this many days, and at most this many rows per channel (the rejected
    // requests of unknown channels count as one channel). Pruned in steps between batches.
    static constexpr int kEventDays = 30;
    static constexpr int kEventsPerChannel = 2000;
    static constexpr int kPruneStep = 2000;
    static constexpr std::chrono::seconds kPruneInterval{60};

    QString m_path;
    QString m_journalPath;
    Built m_builtCallback;
    Notice m_notice;
    std::atomic<qint64> m_built{0};
    std::atomic<qint64> m_journalLast{0};
    std::atomic<qint64> m_unindexed{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    ChannelEventAggregator m_events;
    std::function<void(const QList<ChannelEvent>&)> m_eventsRecorded;
    OptOutWords m_optOutWords;
    bool m_wordsChanged = false;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_drainUntil;
    std::chrono::steady_clock::time_point m_retryAt;
    std::thread m_thread;
};

} // namespace ChannelDesk
