// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What a linked channel's bot receives for an inbound message: a WAHA `message` event, whichever
//! gateway the channel uses, so a bot written for WAHA's webhooks reads it unchanged:
//!
//!   {"id":"evt_<message id>","timestamp":<ms>,"event":"message","session":"<session>",
//!    "engine":"CHANNELDESK","payload":{"id","timestamp" (s),"from","fromMe":false,"to"?,
//!    "body","hasMedia","type","_data":{"notifyName"}, …}}
//!
//! The payload starts from what the gateway sent (WAHA's own payload, media fields included) and
//! the fields above are set from the parsed message, so they are there for every gateway.

#include "model/LinkTypes.h"

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class WahaForwardEvent
{
public:
    static QByteArray body(const GatewayMessage& message, const QString& session);
};

} // namespace ChannelDesk
