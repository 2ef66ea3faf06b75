// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingQrWidget.h"
#include "ui_PairingQrWidget.h"

#include "desk/Desk.h"
#include "QrCodeWidget.h"

namespace ChannelDesk {

PairingQrWidget::PairingQrWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PairingQrWidget>())
{
    m_ui->setupUi(this);
    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &PairingQrWidget::updateCountdown);
    setVisible(false);
}

PairingQrWidget::~PairingQrWidget() = default;

QrCodeWidget* PairingQrWidget::qrCodeWidget() const
{
    return m_ui->pairingQrCodeWidget;
}

bool PairingQrWidget::offersCode(LinkState state)
{
    return state == LinkState::AwaitingScan || state == LinkState::AwaitingCode;
}

bool PairingQrWidget::endsPairingWindow(LinkState state)
{
    return state == LinkState::Starting || state == LinkState::Authenticating || state == LinkState::Connected
        || state == LinkState::LoggedOut || state == LinkState::Failed || state == LinkState::Stopped;
}

QString PairingQrWidget::sequenceText(const PairingQr& qr)
{
    if (qr.sequence <= 0)
        return {};
    return qr.maxCodes > 0 ? tr("Code %1 of %2").arg(qr.sequence).arg(qr.maxCodes)
                           : tr("Code %1").arg(qr.sequence);
}

QString PairingQrWidget::accessibleQrName(const QString& sequence)
{
    return sequence.isEmpty() ? tr("Pairing QR code") : tr("Pairing QR code, %1").arg(sequence);
}

QString PairingQrWidget::countdownText(const QDateTime& expiresAt, const QDateTime& now, int* nextChangeMs)
{
    *nextChangeMs = 0;
    if (!expiresAt.isValid())
        return {};
    const qint64 left = now.msecsTo(expiresAt);
    if (left <= 0)
        return tr("Expired — waiting for the next code…");
    // Wake up when the shown number of seconds changes, not a fixed second after the last tick.
    const int untilNext = int(left % 1000);
    *nextChangeMs = untilNext == 0 ? 1000 : untilNext;
    return tr("Expires in %n s", nullptr, int((left + 999) / 1000));
}

bool PairingQrWidget::hasLink() const
{
    return m_desk && !m_channelId.isEmpty() && m_desk->hasLink(m_channelId);
}

void PairingQrWidget::setDesk(Desk* desk)
{
    if (desk == m_desk)
        return;
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    if (desk) {
        // The Desk replaces a channel's session when its settings or key change.
        connect(desk, &Desk::linksChanged, this, &PairingQrWidget::followLinks);
        connect(desk, &Desk::linkStatusChanged, this, [this](const QString& id, const LinkStatus& status) {
            if (id != m_channelId)
                return;
            if (endsPairingWindow(status.state))
                m_qrCurrent = false;
            showQr();
        });
        connect(desk, &Desk::pairingQrChanged, this, [this](const QString& id) {
            if (id != m_channelId)
                return;
            m_qrCurrent = true;
            showQr();
        });
    }
    resetLink();
}

void PairingQrWidget::setChannel(const QString& channelId)
{
    if (channelId == m_channelId) {
        followLinks();
        return;
    }
    m_channelId = channelId;
    resetLink();
}

void PairingQrWidget::followLinks()
{
    if (hasLink() != m_linked)
        resetLink();
    else
        showQr();
}

void PairingQrWidget::resetLink()
{
    m_linked = hasLink();
    // A session found already offering a code (the window opened before this widget did) shows it.
    m_qrCurrent = m_linked && offersCode(m_desk->linkStatus(m_channelId).state);
    showQr();
}

void PairingQrWidget::showQr()
{
    const bool linked = hasLink();
    const PairingQr qr = linked ? m_desk->pairingQr(m_channelId) : PairingQr{};
    const bool offering = linked && m_qrCurrent && offersCode(m_desk->linkStatus(m_channelId).state)
        && (!qr.raw.isEmpty() || !qr.image.isEmpty());
    if (!offering) {
        m_countdown.stop();
        m_ui->pairingQrCodeWidget->clear();
        setVisible(false);
    } else {
        // Replaced in place: the widget keeps its size for a code of the same version.
        if (!qr.raw.isEmpty())
            m_ui->pairingQrCodeWidget->setPayload(qr.raw.toUtf8());
        else
            m_ui->pairingQrCodeWidget->setImage(qr.image);
        const QString sequence = sequenceText(qr);
        m_ui->pairingQrSequenceLabel->setText(sequence);
        m_ui->pairingQrSequenceLabel->setVisible(!sequence.isEmpty());
        m_ui->pairingQrCodeWidget->setAccessibleName(accessibleQrName(sequence));
        updateCountdown();
        setVisible(true);
    }
    if (offering != m_offering) {
        m_offering = offering;
        emit offeringChanged(offering);
    }
}

void PairingQrWidget::updateCountdown()
{
    m_countdown.stop();
    const QDateTime expiresAt = hasLink() ? m_desk->pairingQr(m_channelId).expiresAt : QDateTime();
    int next = 0;
    const QString text = countdownText(expiresAt, QDateTime::currentDateTimeUtc(), &next);
    m_ui->pairingQrCountdownLabel->setText(text);
    m_ui->pairingQrCountdownLabel->setVisible(!text.isEmpty());
    if (next > 0)
        m_countdown.start(next);
}

} // namespace ChannelDesk
