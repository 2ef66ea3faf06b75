// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A gateway event as a delivery journal entry's body (kind GatewayEvent), so that the projector
//! builds it like a webhook: compact JSON, one object per event, parsed in one pass.
//!
//!   message:         {"id","peer","chat","name","me","type","text","ts" (ms, 0 when unknown),
//!                     "raw":{… what the gateway sent}}
//!   acknowledgement: {"ack":"<message id>","status":"sent|delivered|read|played|failed"}
//!
//! The channel and the time the event was seen are the entry's own columns.

#include "model/Delivery.h"
#include "util/Result.h"

#include <QByteArray>

namespace ChannelDesk {

class GatewayEventBody
{
public:
    static QByteArray encode(const GatewayEvent& event);
    //! channelId and at come from the journal entry.
    static Result<GatewayEvent> decode(const QByteArray& body, const QString& channelId, const QDateTime& at);
};

} // namespace ChannelDesk
