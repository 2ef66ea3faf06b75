// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The audit log: every change made through the server API or the key commands, and the refused
//! requests (401, 403, 429) counted per minute, key and address. Blocking, on this thread's
//! connection (Database::open): call it off the UI thread.

#include "model/AuditEntry.h"
#include "model/RefusalCount.h"
#include "util/Result.h"

#include <QList>

namespace ChannelDesk {

class AuditStore
{
public:
    explicit AuditStore(QString databasePath);

    //! Stores entry (its id is ignored); returns the id given to it.
    Result<qint64> record(const AuditEntry& entry) const;
    //! The newest limit entries, newest first.
    Result<QList<AuditEntry>> recent(int limit) const;
    //! Adds count to the refusals with this status for the key and address in at's minute.
    //! keyName is empty when no known key was presented.
    Status countRefusal(const QString& keyName, const QString& remote, int status, const QDateTime& at,
                        int count = 1) const;
    //! The newest limit counts (by minute, newest first).
    Result<QList<RefusalCount>> refusals(int limit) const;

private:
    QString m_path;
};

} // namespace ChannelDesk
