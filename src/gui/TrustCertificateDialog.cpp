// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCertificateDialog.h"
#include "ui_TrustCertificateDialog.h"

#include <QFontDatabase>
#include <QPushButton>

namespace ChannelDesk {

TrustCertificateDialog::TrustCertificateDialog(const QString& serverName, const QString& fingerprint,
                                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrustCertificateDialog>())
    , m_fingerprint(fingerprint)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("The certificate of %1 is not signed by an authority this computer trusts (for example, "
           "the server made its own). Check that it is the server's certificate before you trust it: "
           "anyone between you and the server could present another one.")
            .arg(serverName));
    m_ui->fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fingerprintLabel->setText(fingerprint);
    m_ui->compareLabel->setText(
        tr("On the server, print the fingerprint of the certificate `channeldesk serve` uses and "
           "compare it with the one above:<br><code>openssl x509 -noout -fingerprint -sha256 -in "
           "CERT</code><br>where CERT is the certificate file given to the server."));
    auto* trust = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    trust->setText(tr("&Trust and Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TrustCertificateDialog::~TrustCertificateDialog() = default;

} // namespace ChannelDesk
