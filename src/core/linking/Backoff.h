// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Exponential backoff with full jitter for gateway reconnects: the ceiling doubles from the initial
//! delay up to the maximum, each delay is drawn uniformly below the ceiling, and after the maximum
//! number of attempts the caller gives up. A success resets it.

#include <QtGlobal>

#include <functional>

namespace ChannelDesk {

class Backoff
{
public:
    //! Uniform in [0, 1).
    using RandomSource = std::function<double()>;
    //! Milliseconds on any monotonic scale.
    using Clock = std::function<qint64()>;

    Backoff(int initialMs = 1000, int maxMs = 30000, int maxAttempts = 5);

    void setRandomSource(RandomSource random);
    void setClock(Clock clock);

    //! Counts one more attempt and returns how long to wait before making it.
    int nextDelay();
    //! The upper bound of the delay before the given attempt (1-based).
    int ceiling(int attempt) const;

    int attempt() const { return m_attempt; }
    int maxAttempts() const { return m_maxAttempts; }
    bool exhausted() const { return m_attempt >= m_maxAttempts; }
    //! Time left until the attempt scheduled by the last nextDelay(), 0 when it is due.
    qint64 msUntilRetry() const;
    void reset();

private:
    int m_initialMs;
    int m_maxMs;
    int m_maxAttempts;
    int m_attempt = 0;
    qint64 m_retryAt = 0;
    RandomSource m_random;
    Clock m_clock;
};

} // namespace ChannelDesk
