// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The ordering key of a delivery: the customer it concerns. A channel's deliveries with
//! the same key reach the bot in acknowledgement order; different keys may overtake each other.

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class ForwardConversation
{
public:
    //! The customer's WhatsApp id: the first message's "from"; for a status-only delivery the
    //! status's "recipient_id" (the customer our message went to, so statuses order with that
    //! customer's messages); else the first contact's "wa_id". Empty when none is found (such
    //! deliveries share one key per channel and so stay in order among themselves).
    //! For a linked channel's WAHA-shaped event ({"event":…,"payload":{"from"|"to"}}): the chat's
    //! peer normalised by normalisePeer(), the conversation peer the store uses for linked channels.
    static QString keyOf(const QByteArray& body);
};

} // namespace ChannelDesk
