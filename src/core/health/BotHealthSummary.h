// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A channel's bot health in words and severity, shared by the channel page, the dashboard card,
//! the tray and the notifications so that they all say the same thing.

#include "health/ChannelStateSummary.h"
#include "model/BotHealth.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class BotHealthSummary
{
    Q_DECLARE_TR_FUNCTIONS(BotHealthSummary)

public:
    //! Failing → Failed, slow → Attention, ok → Connected, idle and paused → Idle.
    static ChannelStateSummary::Severity severity(BotHealth::State state);
    //! The translated state word: "OK", "slow", "failing", "paused", "idle".
    static QString stateText(BotHealth::State state);
    /*!
     * One sentence for people: "Failing since 10:02 — HTTP 500: bot is down", "Slow — 95% of
     * answers within 2.4 s", "Paused — no forward URL". Times in the local time zone.
     */
    static QString sentence(const BotHealth& health);
    //! What the bot last said when it failed: "HTTP 500: bot is down", or the forwarder's error.
    static QString failureText(const BotHealth& health);
    //! "120 ms", "2.4 s"
    static QString latency(qint64 ms);
};

} // namespace ChannelDesk
