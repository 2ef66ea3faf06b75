// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Trust on first use for servers whose TLS certificate the system does not trust (a self-signed
//! `serve --api-tls-cert`): the SHA-256 fingerprint the user accepted, per "host:port", kept in the
//! console's own settings file. A fingerprint is no secret; it only says which certificate to
//! accept from then on, and a different one is refused.

#include <QString>

class QSslCertificate;

namespace ChannelDesk {

class CertificatePins
{
public:
    //! fileName: an INI file in the console's configuration directory (created when first pinned).
    explicit CertificatePins(QString fileName);

    //! The fingerprint trusted for server ("host:port"), or empty.
    QString pinned(const QString& server) const;
    void pin(const QString& server, const QString& fingerprint);
    void forget(const QString& server);

    //! SHA-256 of the certificate's DER bytes as upper-case hex pairs joined by ':'.
    static QString fingerprint(const QSslCertificate& certificate);

private:
    QString m_fileName;
};

} // namespace ChannelDesk
