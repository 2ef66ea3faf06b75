// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardPolicy.h"

#include <algorithm>

namespace ChannelDesk {

qint64 ForwardPolicy::retryDelayMs(int attempts, quint32 random) const
{
    qint64 delay = minDelayMs;
    for (int i = 1; i < attempts && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayMs);
    const qint64 half = delay / 2;
    return delay - half + qint64(random % quint64(half + 1));
}

bool ForwardPolicy::expired(const QDateTime& receivedAt, const QDateTime& now) const
{
    return receivedAt.msecsTo(now) >= maxAgeMs;
}

} // namespace ChannelDesk
