// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the receivers hand on to be built into the conversation log: accepted webhook deliveries
//! with what was parsed from them, gateway events, and what building one delivery did.

#include "model/LinkTypes.h"
#include "model/WebhookEvents.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ChannelDesk {

//! A message or an acknowledgement seen through a linked-device gateway.
struct GatewayEvent
{
    QString channelId;
    GatewayMessage message; //!< set for messages
    QString ackMessageId; //!< set for acknowledgements
    QString ackStatus; //!< sent, delivered, read, played, failed
    QDateTime at;
};

//! One journaled webhook POST, WeCom callback or gateway event, with what was parsed from it.
struct Delivery
{
    QString channelId;
    QDateTime receivedAt;
    QByteArray body; //!< the raw bytes exactly as signed
    WebhookBatch batch;
    //! Its DeliveryJournal entry; the raw body is kept there and messages.delivery_id is this id.
    qint64 journalId = 0;
    //! WhatsApp's opt-out words apply (not to WeCom, whose members cannot opt out of an app).
    bool optOutApplies = true;
    //! Set for a gateway's message or acknowledgement (batch is then empty).
    std::optional<GatewayEvent> gatewayEvent = {};
};

struct DeliveryOutcome
{
    qint64 deliveryId = 0;
    int newMessages = 0;
    int duplicateMessages = 0;
    int newStatuses = 0;
    int duplicateStatuses = 0;
};

} // namespace ChannelDesk
