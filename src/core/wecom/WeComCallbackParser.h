// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads WeCom's callback XML with QXmlStreamReader: the POST envelope (<Encrypt>, <ToUserName>,
//! <AgentID>) and the decrypted message or event. Elements are found by name in any order,
//! CDATA or plain text; a DOCTYPE or entity declaration is refused (defence in depth against
//! XXE and entity expansion), as is a document over 1 MiB. Thread-safe: no state.

#include "model/WebhookEvents.h"
#include "model/WeComMessage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ChannelDesk {

struct WeComEnvelope
{
    QByteArray encrypt; //!< Base64, as signed
    QString toUserName;
    QString agentId;
};

class WeComCallbackParser
{
    Q_DECLARE_TR_FUNCTIONS(WeComCallbackParser)

public:
    //! The POST body. An error (ErrorCode::InvalidInput) says what is wrong: not XML, no <xml>
    //! root, no or empty <Encrypt>, a DOCTYPE.
    static Result<WeComEnvelope> parseEnvelope(const QByteArray& xml);
    //! The decrypted message. Requires FromUserName, CreateTime (integer) and MsgType; MsgType is
    //! lower-cased; an event requires Event.
    static Result<WeComMessage> parseMessage(const QByteArray& xml);
    //! The message as the conversation log keeps it: messageId = dedupKey(), from = FromUserName,
    //! timestamp = CreateTime, type = msgType (events: "event" with the event name as subtype),
    //! text = Content / the link's title / the location's label / the event key …, media
    //! {id, url, format, filename, latitude, longitude} as present, raw = every field given.
    static InboundMessage toInbound(const WeComMessage& message);
};

} // namespace ChannelDesk
