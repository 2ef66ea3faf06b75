// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DataRepair.h"

#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "store/SetupCopy.h"
#include "store/StoreDiagnosis.h"
#include "util/DataDirectory.h"
#include "util/ReceiverLock.h"
#include "webhook/DeliveryProjector.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

#include <chrono>
#include <mutex>
#include <thread>

namespace ChannelDesk {
namespace {

//! A store that takes no new batch for this long (a full disk) ends the repair with its reason.
constexpr qint64 kStalledMs = 30000;
constexpr std::chrono::milliseconds kProgressInterval{200};

const QStringList sqliteSuffixes
    = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool isEmptyOrMissing(const QString& path)
{
    return QFileInfo(path).size() == 0;
}

} // namespace

DataRepair::DataRepair(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

Result<QString> DataRepair::moveAside(const QString& path) const
{
    QString target = path + QStringLiteral(".damaged-") + m_stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(m_stamp).arg(n);
    // With its -wal and -shm under the same new name, SQLite still reads the damaged file as it was.
    for (const QString& suffix : sqliteSuffixes) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix))
            return Error{
                ErrorCode::Failed,
                tr("Cannot move %1 aside to %2. Check that the data directory is "
                   "writable, then run the repair again.")
                    .arg(QDir::toNativeSeparators(path + suffix), QDir::toNativeSeparators(target + suffix))};
    }
    return target;
}

Result<DataRepair::Report> DataRepair::run(const Progress& progress)
{
    const QString store = DataDirectory::databasePath(m_dataDir);
    const QString journal = DataDirectory::journalPath(m_dataDir);
    QLockFile lock(ReceiverLock::path(m_dataDir));
    qint64 holder = 0;
    if (!ReceiverLock::take(lock, &holder) && holder < 0)
        return Error{ErrorCode::Failed, ReceiverLock::writeProblem(lock.fileName())};
    if (!lock.isLocked())
        return Error{kLockedError,
                     tr("A ChannelDesk receiver (process %1: “channeldesk serve”, or the window with its "
                        "receiver on) is using the data directory %2. Stop it or close the window, then run "
                        "the repair again.")
                         .arg(holder)
                         .arg(QDir::toNativeSeparators(m_dataDir))};
    m_stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    Report report;

    // What is wrong. A problem repair cannot mend (read-only, a full disk) is reported as it is.
    const StoreProblem storeProblem = StoreDiagnosis::checkThoroughly(store);
    if (!storeProblem.ok() && !storeProblem.repairable())
        return storeProblem.error();
    const StoreProblem journalProblem = StoreDiagnosis::checkThoroughly(journal);
    if (!journalProblem.ok() && !journalProblem.repairable())
        return journalProblem.error();
    const bool replaceStore = !storeProblem.ok() || isEmptyOrMissing(store);
    const bool replaceJournal = !journalProblem.ok();
    Database::close(store);

    qint64 oldMark = 0;
    if (!replaceStore) {
        const Result<qint64> mark = MessageStore(store).journalProgress();
        if (!mark.ok())
            return mark.error();
        oldMark = mark.value();
    }
    if (replaceJournal) {
        const Result<QString> moved = moveAside(journal);
        if (!moved.ok())
            return moved.error();
        report.journalMovedTo = moved.value();
        const Status created = DeliveryJournal(journal).open();
        if (!created.ok())
            return created.error();
        report.lines << tr("The delivery journal was damaged; it was moved aside to %1 and a new one was "
                           "started.")
                            .arg(QDir::toNativeSeparators(report.journalMovedTo));
        if (replaceStore) {
            report.lines << tr(
                "The conversation store was damaged too, so the conversation history cannot be "
                "rebuilt: conversations start empty.");
        } else {
            report.lines
                << tr("Lost: acknowledged deliveries that were not yet in the conversation log (those "
                      "after journal entry %1) and the bots' queues of deliveries still to forward. "
                      "The conversation log keeps everything it had.")
                       .arg(oldMark);
            // The new journal counts from 1 again.
            auto db = Database::open(store);
            if (!db.ok())
                return db.error();
            QSqlQuery reset(db.value());
            if (!reset.exec(QStringLiteral("UPDATE journal_progress SET upto = 0")))
                return queryError(reset);
        }
    }

    if (replaceStore) {
        if (QFileInfo::exists(store)) {
            const Result<QString> moved = moveAside(store);
            if (!moved.ok())
                return moved.error();
            report.storeMovedTo = moved.value();
            report.lines << tr("The damaged conversation store was moved aside to %1.")
                                .arg(QDir::toNativeSeparators(report.storeMovedTo));
        }
        const Result<SetupCopy::Counts> restored = SetupCopy::restore(m_dataDir, store);
        if (!restored.ok())
            return restored.error();
        report.channels = restored.value().channels;
        report.secretFields = restored.value().secretFields;
        report.apiKeys = restored.value().apiKeys;
        if (SetupCopy::entryCount(m_dataDir) == 0)
            report.lines
                << tr("No copy of the channel settings was found (%1), so no channel was restored: set "
                      "the channels up again. Their secrets are still in the keychain.")
                       .arg(QDir::toNativeSeparators(SetupCopy::path(m_dataDir)));
        else
            report.lines << tr("Restored %n channel(s) from the copy of the channel settings", nullptr,
                               report.channels)
                    + QStringLiteral(", ") + tr("%n API key(s).", nullptr, report.apiKeys);
    } else if (!replaceJournal) {
        report.lines << tr("The conversation store is not damaged; it was kept.");
    }

    const Status built = build(report, progress);
    Database::close(store);
    if (!built.ok())
        return built.error();
    SetupCopy::update(store, SetupCopy::When::Starting);
    Database::close(store);
    return report;
}

Status DataRepair::build(Report& report, const Progress& progress)
{
    const QString store = DataDirectory::databasePath(m_dataDir);
    const QString journal = DataDirectory::journalPath(m_dataDir);
    const Result<qint64> mark = MessageStore(store).journalProgress();
    if (!mark.ok())
        return mark.error();
    {
        DeliveryJournal entries(journal);
        auto waiting = entries.countAfter(mark.value());
        if (waiting.ok() && waiting.value().second < mark.value())
            waiting = entries.countAfter(0); // a new journal: DeliveryProjector starts it from 0
        if (!waiting.ok())
            return waiting.error();
        report.total = waiting.value().first;
    }
    if (report.total > 0) {
        std::atomic<qint64> done{0};
        std::mutex noticeMutex;
        QString lastNotice;
        DeliveryProjector projector(store, journal);
        projector.setOptOutWords(Settings(m_dataDir).optOutWords());
        const Status started = projector.start([&done](const QString&, const DeliveryOutcome&) { ++done; },
                                               [&noticeMutex, &lastNotice](const QString& line) {
                                                   std::lock_guard lock(noticeMutex);
                                                   lastNotice = line;
                                               });
        if (!started.ok())
            return started.error();
        QElapsedTimer stalled;
        stalled.start();
        qint64 reported = -1;
        while (projector.backlog() > 0 && !m_cancelled) {
            std::this_thread::sleep_for(kProgressInterval);
            const qint64 now = done.load();
            if (now != reported) {
                reported = now;
                stalled.restart();
                if (progress)
                    progress(qMin(now, report.total), report.total);
            } else if (stalled.elapsed() > kStalledMs) {
                break;
            }
        }
        const bool finished = projector.backlog() == 0;
        projector.stop(0);
        report.built = qMin(done.load(), report.total);
        if (!finished && !m_cancelled) {
            std::lock_guard lock(noticeMutex);
            return Error{ErrorCode::Failed,
                         tr("The conversation log stopped taking deliveries after %1 of %2: %3")
                             .arg(report.built)
                             .arg(report.total)
                             .arg(lastNotice)};
        }
    }
    if (progress)
        progress(report.built, report.total);
    report.complete = report.built >= report.total;
    if (report.complete)
        report.lines << tr("Built %n journal entry(s) into the conversation log.", nullptr,
                           int(report.built));
    else
        report.lines
            << tr("Stopped after %1 of %2 journal entries; the store is consistent. Run “channeldesk "
                  "repair” again, or start ChannelDesk with its receiver on, to build the rest.")
                   .arg(report.built)
                   .arg(report.total);
    return Done{};
}

} // namespace ChannelDesk
