// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewayAdapter.h"

#include <algorithm>

namespace ChannelDesk {

GatewayAdapter::GatewayAdapter(GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<ChannelDesk::LinkStatus>();
    qRegisterMetaType<ChannelDesk::PairingQr>();
    qRegisterMetaType<ChannelDesk::GatewayMessage>();
    qRegisterMetaType<ChannelDesk::GatewayAck>();
    m_status.maxAttempts = m_config.maxAttempts;
}

void GatewayAdapter::setStatus(const LinkStatus& status)
{
    LinkStatus next = status;
    if (next.state != m_status.state || !next.since.isValid())
        next.since = next.state != m_status.state ? QDateTime::currentDateTimeUtc() : m_status.since;
    next.maxAttempts = m_config.maxAttempts;
    m_status = next;
    emit statusChanged(m_status);
}

void GatewayAdapter::updateStatus(const LinkStatus& status)
{
    const bool same = m_status.since.isValid() && status.state == m_status.state
        && status.gatewayState == m_status.gatewayState && status.reason == m_status.reason
        && status.problem == m_status.problem && status.reconnectAttempt == m_status.reconnectAttempt
        && status.selfId == m_status.selfId && status.selfName == m_status.selfName
        && status.needsNewScan == m_status.needsNewScan;
    if (!same)
        setStatus(status);
}

void GatewayAdapter::stop()
{
    close();
    LinkStatus stopped = m_status;
    stopped.state = LinkState::Stopped;
    stopped.reason = stoppedReason();
    stopped.problem = TransportProblem::None;
    stopped.reconnectAttempt = 0;
    setStatus(stopped);
    // A stopped channel offers no code to scan.
    setQr({});
    stopAtGateway();
}

QString GatewayAdapter::stoppedReason() const
{
    return tr("Stopped by the operator; Start follows the gateway again.");
}

void GatewayAdapter::retire()
{
    blockSignals(true);
    m_retiring = true;
    if (m_controlsInFlight == 0)
        deleteLater();
}

void GatewayAdapter::controlFinished()
{
    if (--m_controlsInFlight > 0)
        return;
    if (m_retiring) {
        deleteLater();
        return;
    }
    if (m_openWaiting) {
        // Queued: the answer's own handling (a log-out's new state) comes first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_openWaiting && m_controlsInFlight == 0)
                    open();
            },
            Qt::QueuedConnection);
    }
}

bool GatewayAdapter::openAfterControls()
{
    m_openWaiting = m_controlsInFlight > 0;
    return m_openWaiting;
}

void GatewayAdapter::setQr(const PairingQr& qr)
{
    m_qr = qr;
    emit qrChanged(m_qr);
}

bool GatewayAdapter::refuseOversizedQr(qsizetype valueBytes, qsizetype imageBytes)
{
    const bool tooLarge = valueBytes > MaxQrValueBytes || imageBytes > MaxQrImageBytes;
    if (tooLarge && !m_qrRefused)
        emit errorOccurred(
            tr("The gateway at %1 sent a QR code of %2 KiB; a WhatsApp pairing code is a few hundred bytes, "
               "so "
               "ChannelDesk refused it. Check the gateway URL and that the gateway is not broken.")
                .arg(m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                .arg((std::max(valueBytes, imageBytes) + 1023) / 1024));
    m_qrRefused = tooLarge;
    return tooLarge;
}

QString normalisePeer(const QString& peerOrJid)
{
    const QString user = peerOrJid.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
    QString digits;
    for (QChar c : user) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-')
                 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return user; // not a phone number (a username, a group id): keep it as given
    }
    return digits;
}

} // namespace ChannelDesk
