// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the store knows about one channel's recent traffic: the figures the dashboard shows and
//! the degraded detection works from. Counts "today" are for the local calendar day.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

//! Messages of one clock hour: received, sent, and sends that failed (counted in out too when
//! they reached Meta, alone when they never left the queue).
struct TrafficHour
{
    int in = 0;
    int out = 0;
    int failed = 0;

    friend bool operator==(const TrafficHour& a, const TrafficHour& b)
    {
        return a.in == b.in && a.out == b.out && a.failed == b.failed;
    }
};

struct ChannelActivity
{
    static constexpr int TrafficHours = 24;

    QString channelId;
    QDateTime lastInbound; //!< invalid when the channel never received anything
    QDateTime lastOutbound;
    QDateTime lastStatus; //!< newest delivery status or gateway ack of the last 7 days
    int inToday = 0;
    int outToday = 0;
    int failedToday = 0; //!< failed sends: queue rows and sent messages whose status is failed
    int rejectedLastHour = 0; //!< webhook POSTs the receiver refused
    int badSignaturesLastHour = 0; //!< of those, refused because the signature did not match
    //! Inbound messages plus statuses per hour over the 7 days before the last hour (counted from
    //! the first such event when the channel is younger than that).
    double usualInboundPerHour = 0;
    int eventsLastHour = 0; //!< inbound messages plus statuses in the last hour
    QString lastError; //!< the newest Meta error or rejected delivery, in the receiver's words
    QDateTime lastErrorAt;
    //! The first message received, or sent and not failed, after lastErrorAt: the sign that the
    //! channel works again. Invalid when nothing has gone through since the error.
    QDateTime firstTrafficAfterError = {};
    //! The start (UTC) of the first of the TrafficHours clock hours in traffic; the last one is the
    //! current, unfinished hour.
    QDateTime trafficStart = {};
    QList<TrafficHour> traffic = {}; //!< oldest first; TrafficHours entries once read, empty before

    //! The newer of lastInbound and lastStatus: the last sign that the channel is alive.
    QDateTime lastTraffic() const
    {
        if (!lastInbound.isValid())
            return lastStatus;
        if (!lastStatus.isValid())
            return lastInbound;
        return qMax(lastInbound, lastStatus);
    }
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::ChannelActivity)
