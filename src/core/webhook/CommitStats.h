// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How long the delivery journal's group commits take (the write plus its fsync): the limit of the
//! acknowledged rate when few connections are open, since n connections in flight can get at most
//! n answers per commit. Recorded by the writer thread once per commit, read by /health and the
//! receiver benchmark from any thread. Durations go into a histogram of 8 buckets per doubling,
//! so the p99 is exact to within 9 % in constant memory however long the receiver runs.

#include <array>
#include <cstdint>
#include <mutex>

namespace ChannelDesk {

class CommitStats
{
public:
    struct Snapshot
    {
        std::int64_t commits = 0;
        std::int64_t deliveries = 0;
        double meanMs = 0;
        double p99Ms = 0; //!< the upper bound of the bucket holding the 99th percentile
        double maxMs = 0;
    };

    void record(std::int64_t micros, int deliveries);
    Snapshot snapshot() const;

    //! The bucket of a duration and the largest duration a bucket holds: for the tests.
    static int bucketOf(std::int64_t micros);
    static double bucketLimitMicros(int bucket);

    static constexpr int kPerDoubling = 8;
    static constexpr int kBuckets = 32 * kPerDoubling; //!< up to 2^32 µs, over an hour

private:
    mutable std::mutex m_mutex;
    std::array<std::int64_t, kBuckets> m_counts{};
    std::int64_t m_commits = 0;
    std::int64_t m_deliveries = 0;
    std::int64_t m_totalMicros = 0;
    std::int64_t m_maxMicros = 0;
};

} // namespace ChannelDesk
