// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one computation of RFC 6455's opening handshake that the API listener needs.

#include <QByteArray>

namespace ChannelDesk {

class WebSocketHandshake
{
public:
    //! The Sec-WebSocket-Accept value for a request's Sec-WebSocket-Key (RFC 6455 section 4.2.2):
    //! base64(SHA-1(key + the protocol's GUID)).
    static QByteArray acceptKey(const QByteArray& secWebSocketKey);
};

} // namespace ChannelDesk
