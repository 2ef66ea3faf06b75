// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One channel's deliveries not yet taken by its bot, as `channeldesk forward --status` shows them.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

struct ForwardBacklog
{
    QString channelId;
    qint64 waiting = 0; //!< queued, not parked (retried until the bot answers 2xx)
    qint64 parked = 0; //!< given up after the maximum age; sent again on --retry
    QDateTime oldestWaiting; //!< acknowledgement time of the oldest waiting one; invalid if none
    QString lastError; //!< the newest failure among the waiting or parked ones
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::ForwardBacklog)
