// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! When a delivery the bot did not take is tried again, and when it is given up (parked).

#include <QDateTime>

namespace ChannelDesk {

class ForwardPolicy
{
public:
    //! The delay before attempt attempts + 1, after attempts failed ones: 1 s doubling up to
    //! 5 min, with "equal jitter" (a random point in the upper half) so that the conversations
    //! that failed together do not all come back at the same instant. random: any 32 bits.
    qint64 retryDelayMs(int attempts, quint32 random) const;
    //! A delivery acknowledged at receivedAt that fails at now is parked instead of retried.
    bool expired(const QDateTime& receivedAt, const QDateTime& now) const;

    qint64 minDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    qint64 maxAgeMs = 7LL * 24 * 60 * 60 * 1000;
};

} // namespace ChannelDesk
