// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the webhook receiver needs to know of one Cloud API channel, secrets included. Lives only
//! in memory.

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

struct ReceiverChannel
{
    QString channelId;
    QString phoneNumberId;
    bool enabled = true;
    QByteArray appSecret;
    QByteArray verifyToken;
    bool forward = false; //!< the channel has a forward_url: accepted deliveries are queued for its bot
};

} // namespace ChannelDesk
