// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Clock.h"

#include <utility>

namespace ChannelDesk {
namespace {

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

const Clock* Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(QDateTime now)
{
    m_now = std::move(now);
}

void ManualClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

} // namespace ChannelDesk
