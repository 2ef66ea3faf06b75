// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The lock a data directory's receiver holds on its delivery journal for as long as it runs
//! (`serve`, or the window with its receiver on); `channeldesk repair` takes it too.

#include <QString>

class QLockFile;

namespace ChannelDesk::ReceiverLock {

//! The lock file beside the journal.
QString path(const QString& dataDir);
//! Takes lock at once. A lock left behind by a process that is gone is taken over, including one
//! that names no process at all (written while the disk was full). False when a running process
//! holds it; holder is then its process id, or 0 when the file does not say, or -1 when the lock
//! file could not be written at all (a full disk, a read-only folder: see writeProblem()).
bool take(QLockFile& lock, qint64* holder);
//! What to tell the user when the lock file at path could not be written.
QString writeProblem(const QString& path);

} // namespace ChannelDesk::ReceiverLock
