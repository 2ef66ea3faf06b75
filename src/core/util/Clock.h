// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Injectable wall-clock time (UTC), so rate limits, retry times and windows can be tested without
//! waiting.

#include <QDateTime>

namespace ChannelDesk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    //! The real clock, QDateTime::currentDateTimeUtc(); lives for the whole program.
    static const Clock* system();
};

//! A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override;
    void setNow(QDateTime now);
    void advance(qint64 ms);

private:
    QDateTime m_now;
};

} // namespace ChannelDesk
