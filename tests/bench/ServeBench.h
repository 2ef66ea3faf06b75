// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the benchmarks that drive a real `channeldesk serve` share: the channel's secrets, one
//! clock for both sides of a latency, a free port, and percentiles of sorted samples.

#include <QHostAddress>
#include <QString>
#include <QTcpServer>

#include <algorithm>
#include <chrono>
#include <vector>

namespace ServeBench {

using Clock = std::chrono::steady_clock;

inline QString appSecret()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}
inline QString verifyToken()
{
    return QStringLiteral("bench-verify-token-0000000000");
}

//! CLOCK_MONOTONIC in ns: the load generator logs its acknowledgements on the same clock.
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

inline double percentile(const std::vector<double>& sorted, double p)
{
    return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

} // namespace ServeBench
