// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryProjector.h"

#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/Logging.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/JournalReader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace ChannelDesk {

DeliveryProjector::DeliveryProjector(QString databasePath, QString journalPath)
    : m_path(std::move(databasePath))
    , m_journalPath(std::move(journalPath))
{ }

DeliveryProjector::~DeliveryProjector()
{
    stop(0);
}

Status DeliveryProjector::start(Built built, Notice notice)
{
    if (m_thread.joinable())
        return Done{};
    const Result<qint64> progress = MessageStore(m_path).journalProgress();
    if (!progress.ok())
        return progress.error();
    DeliveryJournal journal(m_journalPath);
    const auto pending = journal.countAfter(progress.value());
    if (!pending.ok())
        return pending.error();
    qint64 upto = progress.value();
    const qint64 newest = pending.value().second;
    m_builtCallback = std::move(built);
    m_notice = std::move(notice);
    qint64 waiting = pending.value().first;
    if (newest < upto) {
        // The journal only grows, so one behind the store's mark is a new file.
        waiting = newest;
        upto = 0;
    }
    if (waiting > 0)
        this->notice(
            QCoreApplication::translate("DeliveryProjector",
                                        "Building %1 acknowledged deliveries that an earlier run left out "
                                        "of the conversation log")
                .arg(waiting));
    m_built = upto;
    m_journalLast = newest;
    m_stopping = false;
    {
        // The words come from whoever owns the settings (setOptOutWords()); the defaults until then.
        std::lock_guard lock(m_mutex);
        m_wordsChanged = true;
    }
    m_thread = std::thread([this] { run(); });
    return Done{};
}

void DeliveryProjector::stop(int drainMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_drainUntil = std::chrono::steady_clock::now() + std::chrono::milliseconds(drainMs);
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeliveryProjector::journalAdvanced(qint64 lastId)
{
    {
        std::lock_guard lock(m_mutex);
        if (lastId <= m_journalLast)
            return;
        m_journalLast = lastId;
    }
    m_wake.notify_one();
}

void DeliveryProjector::submitEvent(ChannelEvent event)
{
    {
        std::lock_guard lock(m_mutex);
        m_events.add(std::move(event));
    }
    m_wake.notify_one();
}

void DeliveryProjector::setOptOutWords(const OptOutWords& words)
{
    std::lock_guard lock(m_mutex);
    m_optOutWords = words;
    m_wordsChanged = true;
}

void DeliveryProjector::run()
{
#ifdef Q_OS_LINUX
    // Acknowledgements first: under full load the builder takes what CPU the receiver leaves and
    // catches up after the burst. (Linux gives each thread its own nice value.)
    setpriority(PRIO_PROCESS, 0, kNice);
#endif
    DeliveryProjection projection(m_path);
    MessageStore& store = projection.store();
    // Messages become searchable within this interval rather than in every batch.
    store.setSearchIndexInterval(kSearchIndexIntervalMs);
    DeliveryJournal journal(m_journalPath);
    JournalReader reader(m_journalPath, kNice);
    // What a crash left unindexed.
    indexForSearch(store, true);
    using Clock = std::chrono::steady_clock;
    const auto never = Clock::time_point::max();
    auto lastBuild = Clock::now();
    auto lastPoll = lastBuild;
    auto lastEvents = Clock::time_point();
    auto pruneAt = Clock::now();
    for (;;) {
        QList<ChannelEvent> events;
        bool build = false;
        bool index = false;
        bool poll = false;
        {
            std::unique_lock lock(m_mutex);
            // Building waits for a full batch or kBuildInterval, whichever comes first: every
            // batch ends in an fsync of the store, which the journal's commits would queue behind.
            const auto buildAt = [&] {
                if (m_journalLast <= m_built)
                    return never;
                const bool full = m_journalLast - m_built >= kBatch || m_stopping;
                return std::max(m_retryAt, full ? Clock::time_point() : lastBuild + kBuildInterval);
            };
            const int indexDue = store.msUntilIndexDue();
            const auto indexAt = indexDue < 0 ? never : Clock::now() + std::chrono::milliseconds(indexDue);
            // Written together at most every kEventInterval: a flood of refused requests wakes this
            // thread a few times a second, not once per request. Entries appended by whoever did
            // not tell us (a gateway of another process on this data directory) are found by
            // looking now and then.
            const auto pollAt = lastPoll + kJournalPoll;
            const auto eventsAt = [&] { return m_events.isEmpty() ? never : lastEvents + kEventInterval; };
            const auto nextAt = [&] { return std::min({buildAt(), indexAt, eventsAt(), pruneAt, pollAt}); };
            const auto due = [&] { return m_stopping || Clock::now() >= nextAt(); };
            // Woken by every journal commit; the predicate sleeps on until something is due.
            while (!due())
                m_wake.wait_until(lock, nextAt());
            const auto now = Clock::now();
            poll = now >= pollAt;
            const bool waiting = m_journalLast > m_built && now >= m_retryAt;
            if (m_stopping && m_events.isEmpty() && (!waiting || now >= m_drainUntil))
                break;
            if (m_stopping || now >= eventsAt())
                events = m_events.take();
            build = now >= buildAt();
            index = !build && now >= indexAt;
            if (m_wordsChanged) {
                projection.setOptOutWords(m_optOutWords);
                m_wordsChanged = false;
            }
        }
        if (poll) {
            lastPoll = Clock::now();
            const Result<qint64> newest = journal.newestToBuild();
            if (newest.ok())
                journalAdvanced(newest.value());
        }
        if (!events.isEmpty()) {
            lastEvents = Clock::now();
            const Status recorded = store.recordEvents(events);
            if (!recorded.ok())
                qCWarning(lcWebhook) << "Could not record receiver events:" << recorded.error().message;
            else if (m_eventsRecorded)
                m_eventsRecorded(events);
        }
        if (Clock::now() >= pruneAt)
            pruneAt = pruneEvents(store);
        if (build) {
            lastBuild = Clock::now();
            buildBatch(projection, journal, reader);
        } else if (index) {
            indexForSearch(store, false);
        }
        m_unindexed = store.unindexedMessages();
    }
    indexForSearch(store, true);
    if (backlog() > 0)
        notice(QCoreApplication::translate(
                   "DeliveryProjector",
                   "%1 acknowledged deliveries stay in the delivery journal; they go into "
                   "the conversation log at the next start")
                   .arg(backlog()));
    Database::close(m_path);
}

void DeliveryProjector::buildBatch(DeliveryProjection& projection, DeliveryJournal& journal,
                                   JournalReader& reader)
{
    Result<QList<Delivery>> read = reader.take(journal, m_built, kBatch);
    QList<Delivery> deliveries = read.ok() ? std::move(read.value()) : QList<Delivery>();
    // A full batch more is waiting: it is read and parsed while this one is committed. Not a
    // part of one: a batch read now would be built at the next interval without what arrives
    // until then, which would wait one interval more (the stream's latency doubled).
    if (read.ok() && !deliveries.isEmpty() && m_journalLast - deliveries.constLast().journalId >= kBatch)
        reader.readAhead(deliveries.constLast().journalId, kBatch);
    const Result<QList<DeliveryOutcome>> committed
        = read.ok() ? projection.commitDeliveries(deliveries) : Result<QList<DeliveryOutcome>>(read.error());
    if (!committed.ok()) {
        // Nothing is lost: the entries stay in the journal and are tried again.
        notice(QCoreApplication::translate(
                   "DeliveryProjector",
                   "Could not add acknowledged deliveries to the conversation log; they stay "
                   "in the delivery journal and are tried again in %1 s: %2")
                   .arg(kRetryMs / 1000)
                   .arg(committed.error().message));
        std::lock_guard lock(m_mutex);
        m_retryAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(kRetryMs);
        return;
    }
    if (deliveries.isEmpty()) {
        // The journal has nothing above the mark after all (it was replaced while running).
        std::lock_guard lock(m_mutex);
        m_journalLast = m_built.load();
        return;
    }
    m_built = deliveries.constLast().journalId;
    if (m_builtCallback) {
        for (qsizetype i = 0; i < deliveries.size(); ++i)
            m_builtCallback(deliveries.at(i).channelId, committed.value().at(i));
    }
    reader.dispose(std::move(deliveries));
}

std::chrono::steady_clock::time_point DeliveryProjector::pruneEvents(MessageStore& store)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - qint64(kEventDays) * 24 * 3600 * 1000;
    const Result<int> pruned = store.pruneEvents(before, kEventsPerChannel, kPruneStep);
    if (!pruned.ok())
        qCWarning(lcWebhook) << "Could not prune receiver events:" << pruned.error().message;
    // A full step leaves more to do (a store from before events were merged): go on soon, between
    // batches, rather than in one long transaction.
    const bool more = pruned.ok() && pruned.value() >= kPruneStep;
    return std::chrono::steady_clock::now() + (more ? std::chrono::seconds(1) : kPruneInterval);
}

void DeliveryProjector::notice(const QString& line) const
{
    if (m_notice)
        m_notice(line);
    else
        qCWarning(lcWebhook).noquote() << line;
}

void DeliveryProjector::indexForSearch(MessageStore& store, bool everything)
{
    const Status indexed = store.indexPendingMessages(everything ? MessageStore::Indexing::Everything
                                                                 : MessageStore::Indexing::Step);
    if (!indexed.ok())
        qCWarning(lcWebhook) << "Could not index new messages for search; retrying with the next write:"
                             << indexed.error().message;
}

} // namespace ChannelDesk
