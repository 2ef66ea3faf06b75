// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether one channel's bot keeps up with the deliveries forwarded to it, as the dashboard, the
//! channel page, the API status and the tray show it (computed by BotHealthTracker).

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct BotHealth
{
    enum class State
    {
        Idle, //!< forwarding on, but no attempt in the last hour
        Ok,
        Slow, //!< p95 over the last hour above BotHealthTracker::kSlowP95Ms
        Failing, //!< BotHealthTracker::kFailingAfter or more failures in a row
        Paused, //!< the channel has no forward_url: deliveries wait, nothing is sent
    };
    State state = State::Idle;
    QDateTime lastSuccessAt; //!< invalid if the bot never took one since start
    QDateTime failingSince; //!< the first failure of the current run; invalid unless failing
    qint64 p50Ms = -1; //!< latency of the 2xx answers of the last hour; -1 if none
    qint64 p95Ms = -1;
    double successRate = -1; //!< 2xx among the attempts of the last hour, 0..1; -1 if none
    int attempts = 0; //!< attempts in the last hour
    qint64 backlog = 0; //!< deliveries waiting for the bot (not parked)
    qint64 parked = 0; //!< given up after the maximum age, until `forward --retry`
    QDateTime oldestWaitingAt; //!< acknowledgement time of the oldest waiting one; invalid if none
    int consecutiveFailures = 0;
    int lastStatusCode = 0; //!< of the newest attempt; 0 for no answer (refused, timed out)
    QString lastAnswer; //!< the first 200 bytes of the newest answer's body, as text
    QString lastError; //!< the newest failure, as the forwarder recorded it; empty if none yet
    QDateTime checkedAt;

    //! "idle", "ok", "slow", "failing", "paused": the API's and the CLI's words.
    static QString stateName(State state);
};

} // namespace ChannelDesk
