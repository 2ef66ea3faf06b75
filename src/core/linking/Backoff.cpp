// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/Backoff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

Backoff::Backoff(int initialMs, int maxMs, int maxAttempts)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(m_initialMs, maxMs))
    , m_maxAttempts(std::max(1, maxAttempts))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_clock([] {
        static QElapsedTimer timer;
        if (!timer.isValid())
            timer.start();
        return timer.elapsed();
    })
{ }

void Backoff::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

void Backoff::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

int Backoff::ceiling(int attempt) const
{
    // Doubling in floating point cannot overflow however many attempts were configured.
    const double grown = double(m_initialMs) * std::pow(2.0, double(std::max(0, attempt - 1)));
    return int(std::min(grown, double(m_maxMs)));
}

int Backoff::nextDelay()
{
    ++m_attempt;
    // Full jitter (delay uniform in [0, ceiling]) spreads the reconnects of many channels after a
    // gateway restart instead of having them all knock at the same instant.
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const int delay = int(std::lround(unit * ceiling(m_attempt)));
    m_retryAt = m_clock() + delay;
    return delay;
}

qint64 Backoff::msUntilRetry() const
{
    return std::max<qint64>(0, m_retryAt - m_clock());
}

void Backoff::reset()
{
    m_attempt = 0;
    m_retryAt = 0;
}

} // namespace ChannelDesk
