// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/WebSocketHandshake.h"

#include <QCryptographicHash>

namespace ChannelDesk {

QByteArray WebSocketHandshake::acceptKey(const QByteArray& secWebSocketKey)
{
    static const QByteArray guid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(secWebSocketKey.trimmed().append(guid), QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace ChannelDesk
