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
#include <QHash>
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

//! A conversation's handoff as the forwarder sees it (forward_handoff).
struct ForwardHandoff
{
    bool takenOver = false; //!< a person answers it: none of its deliveries go to the bot
    qint64 handledUpTo = 0; //!< given back: its deliveries up to this journal id stay unforwarded

    //! Whether a delivery of the conversation is the person's, so never sent to the bot.
    bool handledByPerson(qint64 deliveryId) const { return takenOver || deliveryId <= handledUpTo; }
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
    //! A person takes the conversation (channel, ForwardConversation key) over, or gives it back
    //! to the bot: then what came up to now stays unforwarded. A running forwarder notices through
    //! handoffGeneration().
    Status setTakenOver(const QString& channelId, const QString& peer, bool takenOver, const QDateTime& at);
    //! Every conversation ever taken over, by ForwardQueue::handoffKey().
    Result<QHash<QString, ForwardHandoff>> handoffs();
    //! Changes whenever a conversation was taken over or given back.
    Result<qint64> handoffGeneration();
    static QString handoffKey(const QString& channelId, const QString& peer)
    {
        return channelId + QLatin1Char('\n') + peer;
    }
    //! Per channel with rows, sorted by channel id.
    Result<QList<ForwardBacklog>> backlog();

private:
    Status exec(const QString& sql, const QVariantList& values);
    Result<qint64> metaValue(const QString& key);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace ChannelDesk
