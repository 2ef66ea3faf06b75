// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How much disk a data directory takes, file by file, and how much is left on the filesystem
//! that holds it: shown by `channeldesk status`, the API's /health and the window.

#include <QList>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

struct DataFileSize
{
    QString name; //!< the file's name inside the data directory, e.g. "channeldesk.sqlite-wal"
    qint64 bytes = 0;

    bool operator==(const DataFileSize& other) const { return name == other.name && bytes == other.bytes; }
};

struct DiskUsage
{
    //! Below this much free space the operator is warned: SQLite needs room for its WAL and for
    //! what a checkpoint or an incremental vacuum writes before it frees anything.
    static constexpr qint64 kLowFreeBytes = qint64(1024) * 1024 * 1024;

    bool valid = false; //!< false: not measured (e.g. a remote server that does not say)
    QString directory;
    QList<DataFileSize> files; //!< by name
    qint64 freeBytes = -1; //!< available to this user; -1 when unknown
    qint64 totalBytes = -1;
    bool low = false; //!< freeBytes known and under kLowFreeBytes

    qint64 dataBytes() const
    {
        qint64 sum = 0;
        for (const DataFileSize& file : files)
            sum += file.bytes;
        return sum;
    }
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::DiskUsage)
