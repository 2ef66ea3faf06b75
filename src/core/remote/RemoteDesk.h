// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The Desk of a window attached to a ChannelDesk server: every call goes over the server API's
//! console protocol (docs/api.md), and the live state follows the server's stream. What a LocalDesk
//! caches (channels, states, links, receiver) is kept here in memory from a snapshot that is read
//! at connect, on every reconnect and whenever the stream says it changed. Nothing of the server's
//! data is written to disk; the console's own settings (notifications, trusted certificates,
//! recent servers) live in its configuration directory.

#include "desk/Desk.h"

#include <QUrl>

#include <memory>

namespace ChannelDesk {

class CertificatePins;
class RemoteClient;
class RemoteStream;

class RemoteDesk : public Desk
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server; //!< as ServerAddress::parse() makes it
        QString key;
        //! The console's own settings directory; empty: QStandardPaths' AppConfigLocation.
        QString consoleDirectory;
        //! Shorter reconnect backoff for tests; 0 keeps the defaults.
        int initialBackoffMs = 0;
        int maxBackoffMs = 0;
    };

    //! Starts connecting at once; connection() and connectionChanged() tell how it goes.
    explicit RemoteDesk(Options options, QObject* parent = nullptr);
    ~RemoteDesk() override;
