// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads the whole conversation log in time order, one row at a time, for `channeldesk export`:
//! memory stays the same at a million messages. The rows are those of `channeldesk log`.
//!
//! The read transaction lasts as long as the export, so a running receiver's WAL cannot be
//! checkpointed past it meanwhile; it grows and is reset afterwards.

#include "model/LogEntry.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace ChannelDesk {

struct LogExportQuery
{
    QString channelId; //!< empty: every channel
    QDateTime since; //!< inclusive; invalid: from the first message
    QDateTime until; //!< exclusive; invalid: to the last
};

class LogExporter
{
public:
    explicit LogExporter(QString databasePath);

    //! Calls visit with each entry, oldest first (by timestamp, then id); stops early when visit
    //! returns false. Returns how many were visited.
    Result<qint64> forEach(const LogExportQuery& query,
                           const std::function<bool(const LogEntry&)>& visit) const;

private:
    QString m_path;
};

} // namespace ChannelDesk
