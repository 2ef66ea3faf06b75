// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk serve`: the headless webhook receiver. Loads the enabled Cloud API channels and
//! their secrets (environment first, then keychain), listens until SIGINT/SIGTERM and reloads the
//! channels on SIGHUP. Logs one line per request to stderr.

#include <QCoreApplication>
#include <QStringList>

namespace ChannelDesk {

class ChannelManager;
class WebhookReceiver;

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static QString defaultListen() { return QStringLiteral("127.0.0.1:8645"); }
    //! "127.0.0.1:8645", "0.0.0.0:80", "[::1]:8645"; false when it is not HOST:PORT.
    static bool parseListen(const QString& text, QString* host, quint16* port);

    int run(const QString& dataDir, const QStringList& arguments);

private:
    //! Reads the secrets of every enabled Cloud API channel and hands them to the receiver.
    int loadChannels(ChannelManager& manager, WebhookReceiver& receiver);
};

} // namespace ChannelDesk
