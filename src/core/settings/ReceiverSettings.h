// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether the GUI runs the webhook receiver, and where it listens: a section of Settings (group
//! "receiver"; never secrets).

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
    //! Memory, in MiB, that request bodies not verified yet may hold together
    //! (receiver/unverifiedBodyMiB in settings.ini only; see
    //! WebhookReceiver::Limits::unverifiedBodyBytes), kMinUnverifiedBodyMiB to kMaxUnverifiedBodyMiB.
    int unverifiedBodyMiB = 64;
    //! The same from one client address (receiver/unverifiedBodyPerAddressMiB), 1 to
    //! unverifiedBodyMiB.
    int unverifiedBodyPerAddressMiB = 16;

    static constexpr int kMinUnverifiedBodyMiB = 4;
    static constexpr int kMaxUnverifiedBodyMiB = 1024;

    ReceiverSettings();

    //! Brings the settings.ini-only values into their ranges; what was changed, one sentence per
    //! value saying what was read and what is used instead (empty when all were in range).
    QStringList clampTuning();

    //! Validates HOST:PORT as typed: an IP address (IPv6 in brackets) and a port from 1 to 65535.
    //! Warns about addresses reachable from other machines and ports that need privileges.
    static FieldCheck checkListen(const QString& text);
    //! Splits a valid HOST:PORT; false when it is not one.
    static bool parseListen(const QString& text, QString* host, quint16* port);

    bool operator==(const ReceiverSettings& other) const
    {
        return enabled == other.enabled && listen == other.listen
            && headerTimeoutSeconds == other.headerTimeoutSeconds
            && unverifiedBodyMiB == other.unverifiedBodyMiB
            && unverifiedBodyPerAddressMiB == other.unverifiedBodyPerAddressMiB;
    }
    bool operator!=(const ReceiverSettings& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
