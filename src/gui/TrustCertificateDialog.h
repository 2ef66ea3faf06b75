// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Shows the SHA-256 fingerprint of a server certificate that neither the system nor an earlier
//! choice trusts, with how to compare it on the server, and asks whether to trust it. Accepting
//! means "Trust and Connect"; the caller tells the desk.

#include <QDialog>

#include <memory>

namespace Ui {
class TrustCertificateDialog;
}

namespace ChannelDesk {

class TrustCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    //! serverName: "host:port"; fingerprint: "AB:CD:…".
    TrustCertificateDialog(const QString& serverName, const QString& fingerprint, QWidget* parent = nullptr);
    ~TrustCertificateDialog() override;

    QString fingerprint() const { return m_fingerprint; }

private:
    std::unique_ptr<Ui::TrustCertificateDialog> m_ui;
    QString m_fingerprint;
};

} // namespace ChannelDesk
