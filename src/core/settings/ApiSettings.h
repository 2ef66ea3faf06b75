// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether the window runs the server API, where, and with which TLS files: a section of Settings
//! (group "api"; never secrets: the TLS key stays in its own file, named here by path only).

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

struct ApiSettings
{
    Q_DECLARE_TR_FUNCTIONS(ApiSettings)

public:
    bool enabled = false;
    QString listen; //!< HOST:PORT; defaults to `channeldesk serve`'s API address
    QString tlsCertificateFile;
    QString tlsKeyFile;
    //! Plain HTTP on an address other machines reach (behind a TLS proxy).
    bool insecure = false;

    ApiSettings();

    //! HOST:PORT as typed; beyond this machine without TLS (and without insecure) is an error.
    FieldCheck checkListen(const QString& text) const;

    bool operator==(const ApiSettings& other) const
    {
        return enabled == other.enabled && listen == other.listen
            && tlsCertificateFile == other.tlsCertificateFile && tlsKeyFile == other.tlsKeyFile
            && insecure == other.insecure;
    }
    bool operator!=(const ApiSettings& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
