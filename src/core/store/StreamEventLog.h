// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API's event stream as stored: stream_events rows, each with a cursor that only ever
//! grows (AUTOINCREMENT, so never reused after pruning). Blocking, on this thread's connection
//! (Database::open): call it off the UI thread. Messages and statuses are appended by
//! MessageWriter inside the transaction that stores them, everything else through append().

#include "model/StreamEvent.h"
#include "util/Result.h"

#include <QList>

namespace ChannelDesk {

class StreamEventLog
{
public:
    explicit StreamEventLog(QString databasePath);

    //! Appends the events in one transaction; returns the last one's cursor (latestCursor() when
    //! drafts is empty).
    Result<qint64> append(const QList<StreamEventDraft>& drafts) const;
    //! Up to limit events with a cursor above cursor, oldest first. A message or status event gets
    //! its body from its row as it is now (peer_name is the conversation's current name); one
    //! whose row is gone is left out.
    Result<QList<StreamEvent>> after(qint64 cursor, int limit) const;
    //! The highest cursor ever given, also when its row was pruned; 0 before the first event.
    Result<qint64> latestCursor() const;
    //! The lowest cursor still kept; 0 when no row is kept.
    Result<qint64> oldestCursor() const;
    //! Deletes all but the newest maxRows rows and every row older than olderThan; returns how
    //! many rows went.
    Result<int> prune(qint64 maxRows, const QDateTime& olderThan) const;

private:
    QString m_path;
};

} // namespace ChannelDesk
