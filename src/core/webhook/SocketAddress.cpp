// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/SocketAddress.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

namespace ChannelDesk {

SocketAddress::SocketAddress(const QHostAddress& address, quint16 port)
    : m_ipv6(address.protocol() == QAbstractSocket::IPv6Protocol)
{
    if (m_ipv6) {
        auto* v6 = reinterpret_cast<sockaddr_in6*>(&m_storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, &bytes, sizeof(bytes));
    } else {
        auto* v4 = reinterpret_cast<sockaddr_in*>(&m_storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        v4->sin_addr.s_addr = htonl(address.toIPv4Address());
    }
}

} // namespace ChannelDesk
