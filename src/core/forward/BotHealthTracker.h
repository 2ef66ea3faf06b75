// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Computes each channel's BotHealth from the Forwarder's outcomes and ForwardQueue's backlog.
//!
//! Pure bookkeeping, no thread and no I/O: whoever owns the Forwarder feeds record() from its
//! forwarded/failed signals, setBacklog() from ForwardQueue::backlog() and setForwarding() from
//! the channels' forward targets, and asks health() when it shows it. Only the last hour of
//! outcomes is kept per channel, and at most kMaxOutcomes of them, so memory stays bounded at any
//! rate (at thousands per second the "hour" is the newest kMaxOutcomes attempts).
//!
//! The state, first match wins:
//! - paused: the channel has no forward_url (forwarding off): deliveries wait, none is sent;
//! - failing: kFailingAfter or more failures in a row, until the next 2xx (not limited to the
//!   hour: a bot that failed three times and was not tried since is still failing);
//! - idle: no attempt in the last hour;
//! - slow: the p95 latency of the last hour's 2xx answers is above kSlowP95Ms;
//! - ok.
//! p50/p95 are over the 2xx answers only: a failure's time is mostly the timeout or a refused
//! connection, which says nothing about how fast the bot answers.

#include "forward/ForwardBacklog.h"
#include "forward/ForwardOutcome.h"
#include "model/BotHealth.h"
#include "model/BotMinute.h"
#include "util/Clock.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <deque>

namespace ChannelDesk {

class BotHealthTracker
{
public:
    explicit BotHealthTracker(const Clock* clock = Clock::system());

    static constexpr qint64 kWindowMs = 60 * 60 * 1000;
    static constexpr qint64 kSlowP95Ms = 2000;
    static constexpr int kFailingAfter = 3;
    static constexpr int kMaxOutcomes = 10000; //!< per channel
    static constexpr int kHistoryMinutes = 24 * 60;

    void record(const ForwardOutcome& outcome);
    //! Replaces the backlog of every channel (channels missing from the list have none).
    void setBacklog(const QList<ForwardBacklog>& backlog);
    //! Whether the channel forwards (has a forward_url); channels never told are paused.
    void setForwarding(const QString& channelId, bool forwarding);
    //! Forgets a removed channel.
    void remove(const QString& channelId);

    BotHealth health(const QString& channelId) const;
    //! The minutes of the last kHistoryMinutes with at least one attempt, oldest first: counted
    //! from every outcome (not bounded by kMaxOutcomes), since this process started.
    QList<BotMinute> history(const QString& channelId) const;

    //! The first bytes of an answer as text, without a character cut in half at the end.
    static QString answerText(const QByteArray& answer);

private:
    struct Attempt
    {
        QDateTime at;
        qint64 latencyMs = 0;
        bool succeeded = false;
    };
    struct Channel
    {
        std::deque<Attempt> attempts; //!< oldest first
        std::deque<BotMinute> minutes; //!< oldest first, only minutes with attempts
        QDateTime lastSuccessAt;
        QDateTime failingSince;
        int consecutiveFailures = 0;
        int lastStatusCode = 0;
        QByteArray lastAnswer;
        QString lastError;
        ForwardBacklog backlog;
        bool forwarding = false;
    };

    static void drop(Channel& channel, const QDateTime& before);
    static void count(Channel& channel, const QDateTime& at, bool succeeded);

    const Clock* m_clock;
    QHash<QString, Channel> m_channels;
};

} // namespace ChannelDesk
