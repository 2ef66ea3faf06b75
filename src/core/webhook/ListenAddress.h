// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The receiver's listen address as typed by a user: HOST:PORT, with IPv6 hosts in brackets.
//! Shared by `channeldesk serve --listen` and the window's receiver settings.

#include <QString>

namespace ChannelDesk {

class ListenAddress
{
public:
    static QString defaultAddress() { return QStringLiteral("127.0.0.1:8645"); }
    //! "127.0.0.1:8645", "0.0.0.0:80", "[::1]:8645"; false when it is not HOST:PORT. Does not check
    //! that the host is an IP address.
    static bool parse(const QString& text, QString* host, quint16* port);
};

} // namespace ChannelDesk
