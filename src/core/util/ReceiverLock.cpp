// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ReceiverLock.h"

#include "util/DataDirectory.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QStorageInfo>

namespace ChannelDesk::ReceiverLock {

QString path(const QString& dataDir)
{
    return DataDirectory::journalPath(dataDir) + QStringLiteral(".lock");
}

bool take(QLockFile& lock, qint64* holder)
{
    // A receiver holds the lock for as long as it runs, so only a dead process's lock is stale,
    // never an old one. QLockFile takes over the lock of a process that is gone by itself.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        // QLockFile creates the file with the umask's mode; it names this process and host.
        PrivateFile::narrow(lock.fileName());
        return true;
    }
    if (lock.error() != QLockFile::LockFailedError) {
        // Not held by anyone: the file could not be made (Qt removes it again when its write failed).
        if (holder)
            *holder = -1;
        return false;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    const bool named = lock.getLockInfo(&pid, &host, &application);
    if (!named || pid <= 0) {
        // A file left empty or unreadable (a write that met a full disk) names no process, and pid 0
        // always looks alive, so QLockFile would never call it stale. removeStaleLockFile() locks
        // the file itself (flock) before deleting it, which fails while a live QLockFile holds it:
        // a running receiver's lock is never taken.
        if (lock.removeStaleLockFile() && lock.tryLock(0)) {
            PrivateFile::narrow(lock.fileName());
            return true;
        }
    }
    if (holder)
        *holder = pid;
    return false;
}

QString writeProblem(const QString& path)
{
    const QString dir = QFileInfo(path).absolutePath();
    const QString free = QLocale().formattedDataSize(qMax<qint64>(0, QStorageInfo(dir).bytesAvailable()));
    return QCoreApplication::translate(
               "ReceiverLock",
               "ChannelDesk cannot write its lock file %1: the disk is full (%2 free) "
               "or the data directory is read-only. Free some space, or make %3 "
               "writable (“chmod u+rwx %3”), then start again.")
        .arg(QDir::toNativeSeparators(path), free, QDir::toNativeSeparators(dir));
}

} // namespace ChannelDesk::ReceiverLock
