// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How much of the send limits a channel (or all channels) used.

#include <QString>

namespace ChannelDesk {

struct SendUsage
{
    int today = 0; //!< sends in the last 24 hours
    int maxPerDay = 0; //!< perDay, times the number of channels that sent when channelId is empty
    int busiestRecipientHour = 0; //!< most sends to one recipient in the last hour
    QString busiestRecipient;
};

} // namespace ChannelDesk
