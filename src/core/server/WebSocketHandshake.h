// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one computation of the WebSocket opening handshake (RFC 6455 §4.2.2) that the listener
//! answering a stream upgrade needs.

#include <QByteArray>

namespace ChannelDesk {

class WebSocketHandshake
{
public:
    //! Sec-WebSocket-Accept for the client's Sec-WebSocket-Key.
    static QByteArray acceptKey(const QByteArray& secWebSocketKey);
};

} // namespace ChannelDesk
