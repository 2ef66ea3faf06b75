// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The bot's side of the delivery journal: forward_queue holds one row per acknowledged delivery
//! of a forwarding channel that its bot has not taken yet. The receiver inserts the row in the
//! same transaction as the journal entry (DeliveryJournal::append), and a row is deleted only
//! after a 2xx from the bot, so the rows are the forwarder's progress: whatever the process dies
//! of, a delivery is sent again until a 2xx was recorded (at-least-once).
//!
//! Blocking; one object per thread. `channeldesk forward` opens the same file from another
//! process, so every change is a short transaction of its own.

#include "forward/ForwardBacklog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ChannelDesk {

struct ForwardItem
{
    qint64 deliveryId = 0; //!< the journal entry's id: acknowledgement order
    QString channelId;
    QDateTime receivedAt;
    QByteArray body;
    QByteArray signature;
    int attempts = 0; //!< failed attempts so far
    QDateTime nextAt; //!< not before; invalid for at once
};

class ForwardQueue
{
public:
    explicit ForwardQueue(QString journalPath);
    ~ForwardQueue();
    ForwardQueue(const ForwardQueue&) = delete;
    ForwardQueue& operator=(const ForwardQueue&) = delete;

    Status open();
    //! Up to limit rows that are not parked, above afterId, oldest first.
    Result<QList<ForwardItem>> waitingAfter(qint64 afterId, int limit);
    //! The bot took these (a 2xx): their rows go.
    Status remove(const QList<qint64>& deliveryIds);
    //! An attempt failed; tried again at nextAt.
    Status recordFailure(qint64 deliveryId, int attempts, const QDateTime& nextAt, const QString& error);
    //! Given up: kept, shown, and only sent again after retryParked().
    Status park(const QList<qint64>& deliveryIds, const QDateTime& at, const QString& error);
    //! Queues the parked rows (of one channel, or all when channelId is empty) again, from their
    //! first attempt; returns how many. A running forwarder notices through generation().
    Result<qint64> retryParked(const QString& channelId);
    //! Changes whenever parked rows were queued again.
    Result<qint64> generation();
    //! Per channel with rows, sorted by channel id.
    Result<QList<ForwardBacklog>> backlog();

private:
    Status exec(const QString& sql, const QVariantList& values);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace ChannelDesk
