// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionPrompts.h"

#include "desk/Desk.h"
#include "MessageBox.h"
#include "TrustCertificateDialog.h"

#include <QWidget>

namespace ChannelDesk {

ConnectionPrompts::ConnectionPrompts(Desk* desk, QWidget* window)
    : QObject(window)
    , m_desk(desk)
    , m_window(window)
{
    if (desk)
        connect(desk, &Desk::connectionChanged, this, &ConnectionPrompts::update);
}

void ConnectionPrompts::update()
{
    if (!m_desk)
        return;
    const DeskConnection connection = m_desk->connection();
    // The desk announces every reconnect attempt and stream event; a prompt belongs to entering a
    // state (or to another certificate in the same state), so it is not repeated for each.
    if (connection.state == m_state && connection.fingerprint == m_fingerprint)
        return;
    m_state = connection.state;
    m_fingerprint = connection.fingerprint;
    if (connection.state == DeskConnection::State::UntrustedCertificate)
        askTrust(connection);
    else if (connection.state == DeskConnection::State::ChangedCertificate)
        warnChanged(connection);
}

void ConnectionPrompts::askTrust(const DeskConnection& connection)
{
    auto* dialog = new TrustCertificateDialog(connection.placeName(), connection.fingerprint, m_window);
    dialog->setObjectName(QStringLiteral("trustCertificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, fingerprint = connection.fingerprint] {
        if (m_desk)
            m_desk->trustCertificate(fingerprint);
    });
    dialog->open();
}

void ConnectionPrompts::warnChanged(const DeskConnection& connection)
{
    MessageBox::warning(
        m_window, tr("Server Certificate Changed"),
        tr("ChannelDesk refused to connect to %1: its certificate is not the one you trusted before.\n\n"
           "Trusted before: %2\nPresented now: %3\n\n"
           "If the server's certificate was replaced on purpose, compare the new fingerprint on the "
           "server (openssl x509 -noout -fingerprint -sha256 -in CERT), then remove the old fingerprint for "
           "%1 from the console's trusted certificates (in its configuration directory) and connect "
           "again. Otherwise "
           "someone may be intercepting the connection: do not connect, and tell the server's admin.")
            .arg(connection.placeName(), connection.pinnedFingerprint, connection.fingerprint));
}

} // namespace ChannelDesk
