// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether the GUI runs the webhook receiver, and where it listens: a section of Settings (group
//! "receiver"; never secrets).

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

struct ReceiverSettings
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverSettings)

public:
    bool enabled = true;
    QString listen; //!< HOST:PORT; defaults to `channeldesk serve`'s
    //! Seconds a new connection has to finish its request headers (receiver/headerTimeout in
    //! settings.ini only; see WebhookReceiver::Limits::headerTimeoutSeconds), 1 to 60.
    int headerTimeoutSeconds = 5;

    ReceiverSettings();

    //! Validates HOST:PORT as typed: an IP address (IPv6 in brackets) and a port from 1 to 65535.
    //! Warns about addresses reachable from other machines and ports that need privileges.
    static FieldCheck checkListen(const QString& text);
    //! Splits a valid HOST:PORT; false when it is not one.
    static bool parseListen(const QString& text, QString* host, quint16* port);

    bool operator==(const ReceiverSettings& other) const
    {
        return enabled == other.enabled && listen == other.listen
            && headerTimeoutSeconds == other.headerTimeoutSeconds;
    }
    bool operator!=(const ReceiverSettings& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
