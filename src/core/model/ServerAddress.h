// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What a user types as a server ("desk.example.com:8646", "https://desk.example.com",
//! "http://127.0.0.1:8646/api/v1/") turned into the base URL the console works with.

#include "util/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace ChannelDesk {

class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    //! scheme://host:port without a path. Without a scheme: http for loopback addresses and
    //! "localhost", https otherwise. Without a port: 8646. Errors say what is wrong and give an
    //! example.
    static Result<QUrl> parse(const QString& text);
    //! "host:port" (the port always written), as the title bar and the pins name a server.
    static QString name(const QUrl& server);
};

} // namespace ChannelDesk
