// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! An IP address and port as the sockaddr that libmicrohttpd binds to (MHD_OPTION_SOCK_ADDR), for
//! both listeners: the webhook receiver and the server API.

#include <QHostAddress>

#include <sys/socket.h>

namespace ChannelDesk {

class SocketAddress
{
public:
    SocketAddress(const QHostAddress& address, quint16 port);

    const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&m_storage); }
    //! The daemon then needs MHD_USE_IPv6.
    bool isIPv6() const { return m_ipv6; }

private:
    sockaddr_storage m_storage{};
    bool m_ipv6 = false;
};

} // namespace ChannelDesk
