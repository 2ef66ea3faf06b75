// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where a Desk's channels live and with which rights the window works on them: a local data
//! directory (everything allowed), or a ChannelDesk server reached with an API key of some role,
//! together with the state of that connection. The window names it in its title and status bar and
//! disables what the role does not allow, saying why.

#include "model/ApiRole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ChannelDesk {

struct DeskConnection
{
    enum class State
    {
        Local, //!< an embedded desk on a local data directory
        Connecting, //!< first contact with the server
        Connected,
        Reconnecting, //!< the connection was lost; the next attempt is at nextAttemptAt
        Refused, //!< the server refused the key (401): no retry until the user gives another key
        UntrustedCertificate, //!< TLS with a certificate neither the system nor a pin trusts
        ChangedCertificate, //!< the certificate differs from the one trusted before: refused
    };

    State state = State::Local;
    QUrl url; //!< the server's base URL, e.g. https://desk.example.com:8646; empty when local
    QString keyName; //!< the API key's name, once the server told it
    ApiRole role = ApiRole::Admin;
    int attempt = 0; //!< reconnect attempt, 1-based while Reconnecting
    QDateTime nextAttemptAt;
    //! Why the connection is not up: the server's (or the network's) own words and a plain
    //! explanation.
    QString error;
    //! SHA-256 of the server's certificate ("AB:CD:…"), for UntrustedCertificate and
    //! ChangedCertificate; pinnedFingerprint is the one trusted before.
    QString fingerprint;
    QString pinnedFingerprint;

    bool isRemote() const { return state != State::Local; }
    bool isUp() const { return state == State::Local || state == State::Connected; }
    //! "host:port" of the server, or "local".
    QString placeName() const;
    //! Empty when the role allows what needs `needed`; otherwise why not, e.g. "Your key “ops” has
    //! the role viewer; this needs sender."
    QString refusal(ApiRole needed) const;
    //! For the status bar: "Connected as ops (operator)", "Reconnecting to host:port (attempt 3)…".
    QString stateText() const;

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(DeskConnection)
};

} // namespace ChannelDesk
