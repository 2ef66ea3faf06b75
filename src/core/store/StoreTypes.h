// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Values that go into and come out of the MessageStore.

#include "linking/LinkTypes.h"
#include "webhook/WebhookEvents.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ChannelDesk {

//! One accepted webhook POST, with what was parsed from it.
struct Delivery
{
    QString channelId;
    QDateTime receivedAt;
    QByteArray body; //!< the raw bytes exactly as signed
    WebhookBatch batch;
    //! Its DeliveryJournal entry, if it came through one; the raw body is kept there and
    //! messages.delivery_id is this id. Otherwise the body goes into the deliveries table.
    qint64 journalId = 0;
};

//! A message or an acknowledgement seen through a linked-device gateway.
struct GatewayEvent
{
    QString channelId;
    GatewayMessage message; //!< set for messages
    QString ackMessageId; //!< set for acknowledgements
    QString ackStatus; //!< sent, delivered, read, played, failed
    QDateTime at;
};

struct DeliveryOutcome
{
    qint64 deliveryId = 0;
    int newMessages = 0;
    int duplicateMessages = 0;
    int newStatuses = 0;
    int duplicateStatuses = 0;
};

//! Something the receiver saw happen to a channel: a verification attempt, a rejected POST, a
//! value-level error from Meta. Shown on the channel's page.
struct ChannelEvent
{
    QString channelId; //!< may be empty when no channel matched
    QDateTime at;
    QString kind; //!< "verification", "rejected", "meta-error"
    QString reason; //!< machine-readable: verified, wrong-verify-token, bad-signature, …
    QString detail; //!< human-readable, secrets masked
    QString remote; //!< client address
};

struct LogQuery
{
    QString channelId;
    QString peer;
    int limit = 0; //!< the most recent N; 0 = all
};

struct LogEntry
{
    QString channelId;
    QString direction; //!< "in" or "out"
    QString peer;
    QString peerName;
    QString messageId;
    QString type;
    QString subtype;
    QString text;
    QDateTime timestamp;
    QString status;
};

} // namespace ChannelDesk
