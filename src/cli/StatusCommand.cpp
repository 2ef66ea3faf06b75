// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "CommandLine.h"
#include "settings/RetentionSettings.h"
#include "store/Database.h"
#include "store/SpaceReclaimer.h"
#include "util/DataDirectory.h"
#include "util/DiskUsageProbe.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTextStream>

namespace ChannelDesk {
namespace {

struct LockOwner
{
    bool running = false;
    qint64 pid = 0;
    QString host;
};

//! The receiver's lock (DeliveryCommitter's). A lock that can be taken belonged to nobody or to a
//! dead process; it is given back at once, unless keep is set (then held until lock dies).
LockOwner receiverLock(QLockFile& lock, bool keep)
{
    LockOwner owner;
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        if (!keep)
            lock.unlock();
        return owner;
    }
    QString application;
    owner.running = lock.getLockInfo(&owner.pid, &owner.host, &application);
    return owner;
}

QString lockPath(const QString& dataDir)
{
    return DataDirectory::journalPath(dataDir) + QStringLiteral(".lock");
}

} // namespace

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), QStringLiteral("[--json] [--vacuum]"))
{
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object.")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("vacuum"),
                           tr("Switch the databases to incremental vacuum and give their free space "
                              "back (only while no receiver runs on this data directory).")));
}

QString StatusCommand::summary() const
{
    return tr("Show the data directory's disk use, free space and receiver.");
}

QString StatusCommand::description() const
{
    return tr("Print the data directory, the size of each file in it, the free space of its disk\n"
              "(a warning below 1 GB), the retention (settings.ini [retention]) and the process\n"
              "running the receiver, if any. --json prints the same as one object: data_directory,\n"
              "disk (files with name and bytes, data_bytes, free_bytes, total_bytes, low),\n"
              "retention (journal_days, message_days; 0 keeps every message), receiver (running,\n"
              "pid, host).\n"
              "\n"
              "A running receiver prunes and gives space back by itself. Files created before\n"
              "retention existed give space back only after one full VACUUM, which the receiver\n"
              "does itself only for files up to 16 MB: --vacuum does it for any size, with the\n"
              "receiver stopped (a VACUUM rewrites the whole file and would hold deliveries up).\n");
}

int StatusCommand::run(const QString& dataDir)
{
    if (m_parser.isSet(QStringLiteral("vacuum")))
        return vacuum(dataDir);
    const DiskUsage usage = DiskUsageProbe::measure(dataDir);
    const RetentionSettings retention = RetentionSettings::fromSettings(
        QSettings(DataDirectory::settingsPath(dataDir), QSettings::IniFormat));
    QLockFile lock(lockPath(dataDir));
    const LockOwner owner = receiverLock(lock, false);

    if (m_parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object{
            {QStringLiteral("data_directory"), usage.directory},
            {QStringLiteral("disk"), DiskUsageProbe::toJson(usage)},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("journal_days"), retention.journalDays},
                         {QStringLiteral("message_days"), retention.messageDays}}},
            {QStringLiteral("receiver"),
             QJsonObject{{QStringLiteral("running"), owner.running},
                         {QStringLiteral("pid"), owner.running ? QJsonValue(owner.pid) : QJsonValue()},
                         {QStringLiteral("host"), owner.running ? QJsonValue(owner.host) : QJsonValue()}}}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    out() << tr("Data directory: %1").arg(usage.directory) << '\n';
    for (const DataFileSize& file : usage.files)
        out() << QStringLiteral("  %1  %2\n").arg(DiskUsageProbe::formatBytes(file.bytes), 12).arg(file.name);
    out() << tr("Data: %1; free on its disk: %2 of %3")
                 .arg(DiskUsageProbe::formatBytes(usage.dataBytes()),
                      DiskUsageProbe::formatBytes(usage.freeBytes),
                      DiskUsageProbe::formatBytes(usage.totalBytes))
          << '\n';
    out() << tr("Retention: journal entries %n days after they are built and forwarded", nullptr,
                retention.journalDays)
          << "; "
          << (retention.messageDays > 0 ? tr("messages %n days", nullptr, retention.messageDays)
                                        : tr("messages kept for ever"))
          << '\n';
    if (owner.running)
        out() << tr("Receiver: running in process %1 on %2").arg(owner.pid).arg(owner.host) << '\n';
    else
        out() << tr("Receiver: not running") << '\n';
    const QString warning = DiskUsageProbe::lowDiskWarning(usage);
    if (!warning.isEmpty())
        err() << tr("Warning: %1").arg(warning) << '\n';
    return CommandLine::Success;
}

int StatusCommand::vacuum(const QString& dataDir)
{
    QLockFile lock(lockPath(dataDir));
    // Held while vacuuming, so no receiver starts and waits behind the VACUUM meanwhile.
    const LockOwner owner = receiverLock(lock, true);
    if (owner.running) {
        err() << tr("status --vacuum: the receiver of process %1 on %2 is using this data directory. Stop "
                    "it first: a VACUUM would hold its deliveries up until it ends.")
                     .arg(owner.pid)
                     .arg(owner.host)
              << '\n';
        return CommandLine::Failed;
    }
    for (const QString& path : {DataDirectory::databasePath(dataDir), DataDirectory::journalPath(dataDir)}) {
        if (!QFile::exists(path))
            continue;
        const QString connection = QStringLiteral("channeldesk-status-vacuum");
        {
            const Result<QSqlDatabase> opened = Database::openDurable(connection, path);
            if (!opened.ok()) {
                err() << opened.error().message << '\n';
                return CommandLine::Failed;
            }
            QSqlDatabase db = opened.value();
            const qint64 before = QFile(path).size();
            const Status converted = SpaceReclaimer::makeIncremental(db, 0);
            if (!converted.ok()) {
                err() << converted.error().message << '\n';
                db.close();
                return CommandLine::Failed;
            }
            while (SpaceReclaimer::vacuumStep(db, 4096) > 0) { }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
            out() << tr("%1: %2 → %3")
                         .arg(path, DiskUsageProbe::formatBytes(before),
                              DiskUsageProbe::formatBytes(QFile(path).size()))
                  << '\n';
        }
        QSqlDatabase::removeDatabase(connection);
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
