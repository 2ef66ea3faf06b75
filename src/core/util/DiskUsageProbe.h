// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Measures a data directory: the size of each file in it (the SQLite files with their -wal and
//! -shm, settings.ini, the lock and secrets files) and the free space of its filesystem. A few
//! stat() calls: cheap enough for /health, and safe on any thread.

#include "model/DiskUsage.h"

#include <QJsonObject>
#include <QString>

namespace ChannelDesk::DiskUsageProbe {

DiskUsage measure(const QString& dataDir);
//! {"files": [{"name", "bytes"}], "data_bytes", "free_bytes", "total_bytes", "low"}: the shape of
//! /health's disk object and of `channeldesk status --json`.
QJsonObject toJson(const DiskUsage& usage);
//! The reverse, for a remote window reading a server's /health; invalid without files.
DiskUsage fromJson(const QJsonObject& object);
//! "1.3 GB", "512 KB", "12 bytes": sizes as the window and the CLI print them.
QString formatBytes(qint64 bytes);
//! The warning line for a low disk, empty when not low.
QString lowDiskWarning(const DiskUsage& usage);

} // namespace ChannelDesk::DiskUsageProbe
