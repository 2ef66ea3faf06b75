// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Decides from traffic, not socket state, whether a channel is degraded: it claims to be
//! connected but its inbound and status traffic stopped against its usual rate, it flaps
//! (reconnects often), or the webhook deliveries for it are being rejected for bad signatures.

#include "health/ChannelActivity.h"

#include <QCoreApplication>

namespace ChannelDesk {

struct DegradedVerdict
{
    bool degraded = false;
    QString reason; //!< says which check failed, with the numbers; empty when not degraded
};

class DegradedDetector
{
    Q_DECLARE_TR_FUNCTIONS(DegradedDetector)

public:
    //! Below this usual rate (events per hour) silence is normal and never counts.
    static constexpr double MinUsualPerHour = 6;
    //! Silence counts after max(MinSilenceMinutes, SilenceGapFactor × the usual gap).
    static constexpr int MinSilenceMinutes = 30;
    static constexpr int SilenceGapFactor = 3;
    static constexpr int FlappingReconnectsPerHour = 3;
    static constexpr int BadSignaturesPerHour = 3;

    /*!
     * connectedSince, when valid, is when the channel last became connected: silence is only
     * counted from then, since before it no traffic could arrive. weCom words bad signatures for
     * WeCom's Token instead of Meta's App Secret.
     */
    static DegradedVerdict evaluate(const ChannelActivity& activity, int reconnectsLastHour,
                                    bool claimsConnected, const QDateTime& now,
                                    const QDateTime& connectedSince = {}, bool weCom = false);
    //! How long without traffic counts as silence for a usual rate, in minutes.
    static qint64 silenceLimitMinutes(double usualPerHour);
};

} // namespace ChannelDesk
