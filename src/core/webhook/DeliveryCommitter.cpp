// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryCommitter.h"

#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "util/ReceiverLock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>

namespace ChannelDesk {
namespace {

QString journalPathFor(const QString& databasePath)
{
    return DataDirectory::journalPath(QFileInfo(databasePath).absolutePath());
}

} // namespace

DeliveryCommitter::DeliveryCommitter(QString databasePath)
    : m_journalPath(journalPathFor(databasePath))
    , m_lock(m_journalPath + QStringLiteral(".lock"))
    , m_projector(std::move(databasePath), m_journalPath)
{ }

DeliveryCommitter::~DeliveryCommitter()
{
    stop(0);
}

Status DeliveryCommitter::open(DeliveryProjector::Built built, DeliveryProjector::Notice notice)
{
    if (m_open)
        return Done{};
    // Two receivers on one journal would each take the other's entries for built.
    qint64 holder = 0;
    if (!ReceiverLock::take(m_lock, &holder)) {
        if (holder < 0)
            return Error{ErrorCode::Failed, ReceiverLock::writeProblem(m_lock.fileName())};
        return Error{
            ErrorCode::Failed,
            QCoreApplication::translate("DeliveryCommitter",
                                        "Another ChannelDesk receiver (process %1) is using the data "
                                        "directory %2. Stop it first, or give this one its own "
                                        "--data-dir.")
                .arg(holder)
                .arg(QFileInfo(m_journalPath).absolutePath())};
    }
    // Opens the store and the journal, so that a bad data directory fails here.
    const Status started = m_projector.start(std::move(built), std::move(notice));
    if (!started.ok()) {
        m_lock.unlock();
        return started;
    }
    m_open = true;
    return Done{};
}

Status DeliveryCommitter::start(DeliveryProjector::Built built, DeliveryProjector::Notice notice)
{
    if (m_thread.joinable())
        return Done{};
    const Status opened = open(std::move(built), std::move(notice));
    if (!opened.ok())
        return opened;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
    return Done{};
}

void DeliveryCommitter::stopWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeliveryCommitter::stop(int drainMs)
{
    stopWriter();
    if (!m_open)
        return;
    m_projector.stop(drainMs);
    m_lock.unlock();
    m_open = false;
}

void DeliveryCommitter::submit(JournalEntry entry, Callback done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back({std::move(entry), std::move(done)});
            m_wake.notify_one();
            return;
        }
    }
    // A keep-alive connection can still deliver while the receiver stops (the log may take seconds
    // to catch up): answer it now, unstored, so that Meta sends it again.
    done(Error{ErrorCode::Cancelled,
               QCoreApplication::translate("DeliveryCommitter", "The receiver is stopping.")});
}

void DeliveryCommitter::submitEvent(ChannelEvent event)
{
    m_projector.submitEvent(std::move(event));
}

void DeliveryCommitter::run()
{
    DeliveryJournal journal(m_journalPath);
    for (;;) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        QList<JournalEntry> entries;
        entries.reserve(qsizetype(batch.size()));
        for (const Pending& pending : batch)
            entries.append(pending.entry);
        const auto began = std::chrono::steady_clock::now();
        const Result<qint64> appended = journal.append(entries);
        if (appended.ok())
            m_commitStats.record(std::chrono::duration_cast<std::chrono::microseconds>(
                                     std::chrono::steady_clock::now() - began)
                                     .count(),
                                 int(entries.size()));
        if (!appended.ok())
            qCWarning(lcWebhook) << "Commit failed; deliveries will be answered 500 and retried by Meta:"
                                 << appended.error().message;
        // Before the answers: whoever got a 200 sees the delivery counted in backlog().
        if (appended.ok()) {
            m_projector.journalAdvanced(appended.value());
            if (m_journalled)
                m_journalled();
        }
        const Status status = appended.ok() ? Status(Done{}) : Status(appended.error());
        for (Pending& pending : batch)
            pending.done(status);
    }
}

} // namespace ChannelDesk
