// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreDiagnosis.h"

#include "store/SetupCopy.h"
#include "util/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>

#include <unistd.h>

namespace ChannelDesk {
namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them, sometimes extended, as text.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCantOpen = 14;
//! Below this much free space a failed write is put down to the full disk.
constexpr qint64 kNearlyFullBytes = 1024 * 1024;

enum class Role
{
    Store,
    Journal,
    Other
};

Role roleOf(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (name == QFileInfo(DataDirectory::databasePath(QStringLiteral("."))).fileName())
        return Role::Store;
    if (name == QFileInfo(DataDirectory::journalPath(QStringLiteral("."))).fileName())
        return Role::Journal;
    return Role::Other;
}

//! Every SQLite 3 file starts with these 16 bytes; a file that does not was overwritten.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable is another problem, found elsewhere
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool ownedByOther(const QString& path)
{
    return QFileInfo(path).ownerId() != uint(::geteuid());
}

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("$USER") : user;
}

StoreProblem problem(StoreProblem::Kind kind, const QString& file, const QString& message)
{
    return StoreProblem{kind, file, message};
}

StoreProblem damaged(const QString& path, const QString& why)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (roleOf(path)) {
    case Role::Store:
        return problem(
            StoreProblem::Kind::Damaged, path,
            StoreDiagnosis::tr("The conversation store %1 is damaged (%2), so ChannelDesk cannot use it. Run "
                               "“channeldesk repair” (or choose Repair in the window): it moves the damaged "
                               "file aside and rebuilds the store from the delivery journal, which holds "
                               "every accepted message, and from the copy of the channel settings.")
                .arg(file, why));
    case Role::Journal:
        return problem(
            StoreProblem::Kind::Damaged, path,
            StoreDiagnosis::tr("The delivery journal %1 is damaged (%2), so the receiver cannot keep "
                               "deliveries in it. Run “channeldesk repair” (or choose Repair in the "
                               "window): it moves the damaged journal aside and starts a new one. "
                               "Deliveries it held that are not in the conversation log yet are lost; the "
                               "log keeps everything already built.")
                .arg(file, why));
    case Role::Other:
        break;
    }
    return problem(StoreProblem::Kind::Damaged, path,
                   StoreDiagnosis::tr("The database %1 is damaged (%2). Move it aside or restore it from a "
                                      "backup.")
                       .arg(file, why));
}

StoreProblem readOnlyFile(const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (ownedByOther(path))
        return problem(StoreProblem::Kind::ReadOnlyFile, path,
                       StoreDiagnosis::tr("ChannelDesk may not write to %1: the file belongs to another user "
                                          "(%2). Give it back to the user running ChannelDesk, e.g. “sudo "
                                          "chown %3 %1” and “chmod u+rw %1”, then start again. Nothing needs "
                                          "repair.")
                           .arg(file, QFileInfo(path).owner(), userName()));
    return problem(StoreProblem::Kind::ReadOnlyFile, path,
                   StoreDiagnosis::tr("ChannelDesk may not write to %1: the file is read-only. Make it "
                                      "writable, e.g. “chmod u+rw %1”, then start again. Nothing needs "
                                      "repair.")
                       .arg(file));
}

StoreProblem readOnlyDirectory(const QString& path)
{
    const QString dir = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (ownedByOther(QFileInfo(path).absolutePath()))
        return problem(StoreProblem::Kind::ReadOnlyDirectory, path,
                       StoreDiagnosis::tr("ChannelDesk may not write in its data directory %1, which belongs "
                                          "to another user (%2); SQLite keeps the -wal and -shm files of %3 "
                                          "there. Give it back to the user running ChannelDesk, e.g. “sudo "
                                          "chown -R %4 %1” and “chmod u+rwx %1”, then start again. Nothing "
                                          "needs repair.")
                           .arg(dir, QFileInfo(dir).owner(), QFileInfo(path).fileName(), userName()));
    return problem(StoreProblem::Kind::ReadOnlyDirectory, path,
                   StoreDiagnosis::tr("ChannelDesk may not write in its data directory %1 (the folder is "
                                      "read-only); SQLite keeps the -wal and -shm files of %2 there. Make it "
                                      "writable, e.g. “chmod u+rwx %1”, then start again. Nothing needs "
                                      "repair.")
                       .arg(dir, QFileInfo(path).fileName()));
}

StoreProblem diskFull(const QString& path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QString free = QLocale().formattedDataSize(qMax<qint64>(0, storage.bytesAvailable()));
    return problem(StoreProblem::Kind::DiskFull, path,
                   StoreDiagnosis::tr("The disk holding %1 is full (%2 free). Free some space on it, then "
                                      "start again. Nothing needs repair: what was acknowledged is kept in "
                                      "the delivery journal.")
                       .arg(QDir::toNativeSeparators(path), free));
}

//! The first of path and its -wal and -shm files that this process may not write, or "".
QString unwritableFile(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(path + suffix);
        if (info.exists() && !info.isWritable())
            return path + suffix;
    }
    return {};
}

//! Whether the journal holds any entry; false when it cannot be read (the header check and the
//! receiver report that).
bool journalHoldsEntries(const QString& path)
{
    if (QFileInfo(path).size() == 0)
        return false;
    const QString connection = QStringLiteral("channeldesk-diagnosis:%1")
                                   .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    bool holds = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            holds = query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deliveries)")) && query.next()
                && query.value(0).toBool();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return holds;
}

} // namespace

Error StoreProblem::error() const
{
    return Error{StoreDiagnosis::kErrorCodeBase + int(kind), message};
}

bool StoreDiagnosis::isDamage(int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    return primary == kSqliteCorrupt || primary == kSqliteNotADb;
}

QString StoreDiagnosis::repairAdvice()
{
    return tr("The file is damaged: run “channeldesk repair”.");
}

StoreProblem StoreDiagnosis::explain(const QString& path, const QSqlError& error)
{
    return explain(path, error.text(), error.nativeErrorCode().toInt());
}

StoreProblem StoreDiagnosis::explain(const QString& path, const QString& sqliteText, int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    const QString why = sqliteText.trimmed().isEmpty() ? tr("SQLite gave no reason") : sqliteText.trimmed();
    if (isDamage(sqliteCode) || sqliteText.contains(QLatin1String("malformed"))
        || sqliteText.contains(QLatin1String("not a database")))
        return damaged(path, why);
    if (primary == kSqliteFull || sqliteText.contains(QLatin1String("disk is full")))
        return diskFull(path);
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (const QString file = unwritableFile(path); !file.isEmpty())
        return readOnlyFile(file);
    if (dir.exists() && !dir.isWritable())
        return readOnlyDirectory(path);
    if (QFileInfo(path).size() > 0 && !hasSqliteHeader(path))
        return damaged(path, tr("it is not a SQLite database"));
    const qint64 available = QStorageInfo(dir.absoluteFilePath()).bytesAvailable();
    if (available >= 0 && available < kNearlyFullBytes)
        return diskFull(path);
    if (primary == kSqliteReadOnly || primary == kSqliteCantOpen)
        return problem(StoreProblem::Kind::Other, path,
                       tr("ChannelDesk cannot open %1 for writing (%2). Check that the file and its folder "
                          "belong to the user running ChannelDesk and that the disk is mounted writable.")
                           .arg(QDir::toNativeSeparators(path), why));
    return problem(StoreProblem::Kind::Other, path,
                   tr("ChannelDesk cannot use %1: %2").arg(QDir::toNativeSeparators(path), why));
}

StoreProblem StoreDiagnosis::checkDataDirectory(const QString& dataDir)
{
    const QString store = DataDirectory::databasePath(dataDir);
    const QString journal = DataDirectory::journalPath(dataDir);
    const QFileInfo dir(dataDir);
    if (dir.exists() && !dir.isWritable())
        return readOnlyDirectory(store);
    for (const QString& path : {store, journal}) {
        if (const QString file = unwritableFile(path); !file.isEmpty())
            return readOnlyFile(file);
        if (QFileInfo(path).size() > 0 && !hasSqliteHeader(path))
            return damaged(path, tr("it is not a SQLite database"));
    }
    // A store whose pages are all still in its -wal is not empty.
    if (QFileInfo(store).size() > 0 || QFileInfo(store + QStringLiteral("-wal")).size() > 0)
        return {};
    // SQLite takes an empty file for a new database, so a store cut to nothing would open as a
    // fresh setup with no channels, silently.
    const int copied = SetupCopy::entryCount(dataDir);
    const bool journaled = journalHoldsEntries(journal);
    if (copied == 0 && !journaled)
        return {};
    const QString evidence = copied > 0
        ? tr("the copy of the channel settings %1 lists %n channel(s) and API key(s)", nullptr, copied)
              .arg(QDir::toNativeSeparators(SetupCopy::path(dataDir)))
        : tr("the delivery journal %1 beside it holds deliveries").arg(QDir::toNativeSeparators(journal));
    return problem(StoreProblem::Kind::EmptyWithData, store,
                   tr("The conversation store %1 is missing or empty, but %2: it was lost or cut short (a "
                      "full disk, a backup restored without it). ChannelDesk does not start with an empty "
                      "setup over it. Run “channeldesk repair” (or choose Repair in the window) to rebuild "
                      "it from the delivery journal and the copy of the channel settings. To really start "
                      "afresh, move the whole data directory aside instead.")
                       .arg(QDir::toNativeSeparators(store), evidence));
}

StoreProblem StoreDiagnosis::checkThoroughly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (!hasSqliteHeader(path))
        return damaged(path, tr("it is not a SQLite database"));
    const QString connection
        = QStringLiteral("channeldesk-check:%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    StoreProblem found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            found = explain(path, db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")))
                found = explain(path, query.lastError());
            else if (query.next() && query.value(0).toString() != QLatin1String("ok"))
                found = damaged(path, query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}

} // namespace ChannelDesk
