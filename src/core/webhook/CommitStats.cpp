// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/CommitStats.h"

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

int CommitStats::bucketOf(std::int64_t micros)
{
    if (micros <= 1)
        return 0;
    const int bucket = int(std::ceil(std::log2(double(micros)) * kPerDoubling));
    return std::clamp(bucket, 0, kBuckets - 1);
}

double CommitStats::bucketLimitMicros(int bucket)
{
    return std::exp2(double(bucket) / kPerDoubling);
}

void CommitStats::record(std::int64_t micros, int deliveries)
{
    micros = std::max<std::int64_t>(0, micros);
    const int bucket = bucketOf(micros);
    const std::lock_guard lock(m_mutex);
    ++m_counts[size_t(bucket)];
    ++m_commits;
    m_deliveries += deliveries;
    m_totalMicros += micros;
    m_maxMicros = std::max(m_maxMicros, micros);
}

CommitStats::Snapshot CommitStats::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    Snapshot out;
    out.commits = m_commits;
    out.deliveries = m_deliveries;
    if (m_commits == 0)
        return out;
    out.meanMs = double(m_totalMicros) / double(m_commits) / 1000.0;
    out.maxMs = double(m_maxMicros) / 1000.0;
    // The smallest bucket with at least 99 % of the commits at or below it.
    const std::int64_t wanted = (m_commits * 99 + 99) / 100;
    std::int64_t seen = 0;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
        seen += m_counts[size_t(bucket)];
        if (seen >= wanted) {
            out.p99Ms = std::min(bucketLimitMicros(bucket), double(m_maxMicros)) / 1000.0;
            break;
        }
    }
    return out;
}

} // namespace ChannelDesk
