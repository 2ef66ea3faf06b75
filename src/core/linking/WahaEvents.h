// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads WAHA's event envelope ({id, timestamp, event, session, me, payload}) and turns its
//! payloads into ChannelDesk's gateway vocabulary. The connection gateway's events feed reuses the
//! same envelope, so both adapters parse through here.

#include "model/LinkTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ChannelDesk {

class WahaEvents
{
public:
    struct Envelope
    {
        QString event; //!< "session.status", "message", "message.any", "message.ack", …
        QString session;
        QJsonObject payload;
        QJsonObject me;
        QJsonObject raw;
    };

    //! One WebSocket text frame; nullopt when it is not a JSON object with an event name.
    static std::optional<Envelope> parseEnvelope(const QString& frame);
    //! A `message` / `message.any` payload. The peer is the other side of the chat: `from` for
    //! inbound messages, `to` for ours.
    static GatewayMessage toMessage(const QJsonObject& payload);
    //! A `message.ack` payload: ackName wins over the number; nullopt when neither is readable.
    static std::optional<GatewayAck> toAck(const QJsonObject& payload);
    //! WAHA's message ids are a string or an object carrying `_serialized`.
    static QString messageId(const QJsonValue& id);
    //! STARTING, SCAN_QR_CODE, WORKING, FAILED, STOPPED (case-insensitive); Unknown otherwise.
    static LinkState stateFromStatus(const QString& status);
    /*!
     * The id of a message we just sent, from POST /api/sendText. The shape depends on the engine
     * (devlikeapro/waha#760): NOWEB answers a Baileys proto ({key: {id}}), WEBJS a message whose
     * id is a string or {_serialized}. Empty when the body carries no id (devlikeapro/waha#1087).
     */
    static QString sentMessageId(const QJsonObject& response, const QString& chatId);
    //! "15557654321@c.us" for a phone number; a JID is kept as given.
    static QString chatIdFor(const QString& peer);
};

} // namespace ChannelDesk
