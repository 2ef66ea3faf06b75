// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StreamEvent.h"

namespace ChannelDesk {

QByteArray StreamEvent::quote(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

QByteArray StreamEvent::toWire() const
{
    const QByteArray time = at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    QByteArray out;
    out.reserve(body.size() + channelId.size() + type.size() + time.size() + 64);
    out.append("{\"cursor\":").append(QByteArray::number(cursor));
    out.append(",\"type\":").append(quote(type));
    out.append(",\"channel\":").append(quote(channelId));
    out.append(",\"at\":\"").append(time).append('"');
    // body is "{…}": drop its opening brace and keep the rest, unless it is empty.
    const QByteArray inner = body.trimmed();
    if (inner.size() > 2 && inner.startsWith('{')) {
        out.append(',').append(inner.constData() + 1, inner.size() - 1);
    } else {
        out.append('}');
    }
    return out;
}

} // namespace ChannelDesk
