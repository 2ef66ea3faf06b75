// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingWidget.h"
#include "ui_PairingWidget.h"

#include "desk/Desk.h"
#include "desk/MessageRules.h"
#include "ConversationListModel.h"
#include "LinkControlsWidget.h"
#include "PairingQrWidget.h"
#include "RoleGate.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QKeyEvent>

#include <algorithm>

namespace ChannelDesk {

PairingWidget::PairingWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PairingWidget>())
    , m_unavailableText(tr("Not connected to the gateway yet."))
    , m_authHint(tr("Click Replace… next to API key on this channel's page and enter the gateway's key."))
{
    m_ui->setupUi(this);
    m_ui->termsWarningLabel->setAccessibleName(tr("Warning about WhatsApp's terms"));
    m_ui->pairingCodeGroupBox->hide();
    // Read off the screen and typed on the phone: large, one width per character, selectable.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(std::max(24.0, 2.5 * font().pointSizeF()));
    codeFont.setBold(true);
    m_ui->pairingCodeLabel->setFont(codeFont);
    m_ui->pairingCodeLabel->hide();
    m_ui->pairingCodeHelpLabel->hide();
    m_ui->requestPairingCodeButton->setEnabled(false);
    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &PairingWidget::updateCountdown);
    // The controls act on the session; what belonged to its old state goes.
    connect(m_ui->linkControls, &LinkControlsWidget::actionTaken, this, [this] {
        m_ui->errorLabel->clearMessage();
        m_ui->pairingCodeLabel->clear();
        m_ui->pairingCodeLabel->hide();
        m_ui->pairingCodeHelpLabel->hide();
    });
    connect(m_ui->pairingCodeToggleButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->pairingCodeGroupBox->setVisible(shown);
        m_ui->pairingCodeToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        if (shown)
            m_ui->pairingPhoneLineEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->pairingPhoneLineEdit, &QLineEdit::textChanged, this, &PairingWidget::validatePhone);
    // Enter asks for the code, as the button does; a wizard around would otherwise take it for
    // Finish and close with the code not yet shown.
    m_ui->pairingPhoneLineEdit->installEventFilter(this);
    connect(m_ui->requestPairingCodeButton, &QPushButton::clicked, this, &PairingWidget::requestPairingCode);
    showStatus();
}

PairingWidget::~PairingWidget() = default;

QrCodeWidget* PairingWidget::qrCodeWidget() const
{
    return m_ui->qrCodeWidget;
}

bool PairingWidget::hasLink() const
{
    return m_desk && !m_channelId.isEmpty() && m_desk->hasLink(m_channelId);
}

void PairingWidget::setDesk(Desk* desk)
{
    if (desk == m_desk)
        return;
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    m_ui->linkControls->setDesk(desk);
    if (desk) {
        // The Desk replaces a channel's session when its settings or key change.
        connect(desk, &Desk::linksChanged, this, &PairingWidget::followChannel);
        connect(desk, &Desk::connectionChanged, this, &PairingWidget::applyRoles);
        connect(desk, &Desk::problemReported, this, [this](const QString& id, const QString& message) {
            if (!isShown(id))
                return;
            if (hasLink())
                showError(message);
            else
                setUnavailableText(message);
        });
        connect(desk, &Desk::linkStatusChanged, this, [this](const QString& id) {
            if (isShown(id))
                showStatus();
        });
        connect(desk, &Desk::pairingQrChanged, this, [this](const QString& id) {
            if (!isShown(id))
                return;
            m_qrCurrent = true;
            showQr();
        });
        connect(desk, &Desk::pairingCodeReceived, this, [this](const QString& id, const QString& code) {
            if (!isShown(id))
                return;
            m_codeRequested = false;
            m_ui->pairingCodeLabel->setText(MessageRules::formatPairingCode(code));
            m_ui->pairingCodeLabel->show();
            m_ui->pairingCodeHelpLabel->show();
            m_ui->pairingPhoneMessageLabel->clearMessage();
            validatePhone();
        });
        connect(desk, &Desk::linkErrorOccurred, this, [this](const QString& id, const QString& message) {
            if (isShown(id))
                showError(message);
        });
    }
    resetLink();
    applyRoles();
}

void PairingWidget::applyRoles()
{
    // The QR and the link state stay visible to every role; only what changes the link is gated.
    const QString refusal
        = m_desk ? RoleGate::refusal(m_desk->connection(), RoleGate::Action::ManageLink) : QString();
    // The link controls gate themselves.
    RoleGate::apply(m_ui->pairingCodeGroupBox, refusal);
}

void PairingWidget::setChannel(const QString& channelId)
{
    if (channelId == m_channelId) {
        followChannel();
        return;
    }
    m_channelId = channelId;
    m_ui->linkControls->setChannel(channelId);
    resetLink();
}

void PairingWidget::followChannel()
{
    if (hasLink() != m_linked)
        resetLink();
    else
        showStatus();
}

void PairingWidget::resetLink()
{
    m_linked = hasLink();
    m_codeRequested = false;
    m_ui->errorLabel->clearMessage();
    m_ui->pairingCodeLabel->clear();
    m_ui->pairingCodeLabel->hide();
    m_ui->pairingCodeHelpLabel->hide();
    const LinkState state = m_linked ? m_desk->linkStatus(m_channelId).state : LinkState::Unknown;
    m_qrCurrent = m_linked && PairingQrWidget::offersCode(state);
    m_shownState = state;
    const bool codes = m_linked && m_desk->supportsPairingCode(m_channelId);
    m_ui->pairingCodeToggleButton->setEnabled(codes);
    if (!codes)
        m_ui->pairingCodeToggleButton->setChecked(false);
    validatePhone();
    showStatus();
}

void PairingWidget::setUnavailableText(const QString& text)
{
    m_unavailableText = text;
    if (!hasLink())
        showStatus();
}

void PairingWidget::setAuthRejectedHint(const QString& hint)
{
    m_authHint = hint;
    if (hasLink())
        showStatus();
}

QString PairingWidget::headline(const LinkStatus& status)
{
    switch (status.state) {
    case LinkState::Unknown:
        return tr("Connecting to the gateway…");
    case LinkState::Starting:
        return status.needsNewScan ? tr("Needs a new scan — the link is gone")
                                   : tr("Starting the session on the gateway…");
    case LinkState::AwaitingScan:
        return status.needsNewScan ? tr("Needs a new scan — the link is gone") : tr("Waiting for a scan");
    case LinkState::AwaitingCode:
        return tr("Waiting for the pairing code to be typed on the phone");
    case LinkState::Authenticating:
        return tr("Scanned — confirming on the phone…");
    case LinkState::Connected: {
        const QString number = ConversationListModel::peerNumber(MessageRules::normalisePeer(status.selfId));
        if (!status.selfName.isEmpty())
            return number.isEmpty() ? tr("Linked as %1").arg(status.selfName)
                                    : tr("Linked as %1 (%2)").arg(status.selfName, number);
        return number.isEmpty() ? tr("Linked") : tr("Linked as %1").arg(number);
    }
    case LinkState::Reconnecting:
        if (status.reconnectAttempt > 0)
            return tr("Reconnecting — attempt %1 of %2").arg(status.reconnectAttempt).arg(status.maxAttempts);
        return tr("Reconnecting…");
    case LinkState::LoggedOut:
        return tr("Logged out — link again");
    case LinkState::Failed:
        if (status.problem == TransportProblem::AuthRejected)
            return tr("API key rejected");
        if (status.problem == TransportProblem::GaveUp)
            return tr("Cannot reach the gateway");
        return tr("Pairing failed");
    case LinkState::Stopped:
        return tr("Stopped");
    }
    return {};
}

void PairingWidget::showStatus()
{
    if (!hasLink()) {
        m_qrCurrent = false;
        m_ui->stateLabel->setText(tr("Not connected"));
        m_ui->stateDetailLabel->setStatus(FieldCheck::Severity::Ok, m_unavailableText);
        m_ui->pairingCodeToggleButton->hide();
        m_ui->pairingCodeUnavailableLabel->hide();
        m_ui->pairingCodeGroupBox->hide();
        showQr();
        return;
    }
    const LinkStatus status = m_desk->linkStatus(m_channelId);
    if (PairingQrWidget::endsPairingWindow(status.state))
        m_qrCurrent = false;
    if (status.state != m_shownState) {
        m_shownState = status.state;
        m_ui->errorLabel->clearMessage();
    }
    m_ui->stateLabel->setText(headline(status));

    QString detail = status.reason;
    auto severity = FieldCheck::Severity::Ok;
    if (status.state == LinkState::Failed || status.state == LinkState::LoggedOut)
        severity = FieldCheck::Severity::Error;
    else if (status.state == LinkState::Reconnecting || status.needsNewScan)
        severity = FieldCheck::Severity::Warning;
    if (status.problem == TransportProblem::AuthRejected)
        detail = status.reason + QLatin1Char('\n') + m_authHint;
    else if (status.state == LinkState::AwaitingScan && !status.needsNewScan)
        detail.clear(); // the instructions next to the code say it
    else if (status.state == LinkState::Authenticating)
        detail = tr("Keep WhatsApp open on the phone until it lists this device under Linked devices.");
    else if (status.state == LinkState::Connected)
        detail = tr("Messages of this number now appear in the conversation log.");
    m_ui->stateDetailLabel->setStatus(severity, detail);

    const bool pairing = PairingQrWidget::offersCode(status.state);
    const bool codes = m_desk->supportsPairingCode(m_channelId);
    // A replaced session may speak another gateway's protocol.
    m_ui->pairingCodeToggleButton->setEnabled(codes);
    if (!codes)
        m_ui->pairingCodeToggleButton->setChecked(false);
    m_ui->pairingCodeToggleButton->setVisible(pairing);
    m_ui->pairingCodeUnavailableLabel->setVisible(pairing && !codes);
    m_ui->pairingCodeGroupBox->setVisible(pairing && codes && m_ui->pairingCodeToggleButton->isChecked());
    if (!pairing) {
        m_codeRequested = false;
        m_ui->pairingCodeLabel->clear();
        m_ui->pairingCodeLabel->hide();
        m_ui->pairingCodeHelpLabel->hide();
    }
    validatePhone();
    showQr();
}

void PairingWidget::showQr()
{
    const bool linked = hasLink();
    const PairingQr qr = linked ? m_desk->pairingQr(m_channelId) : PairingQr{};
    const bool shown = linked && m_qrCurrent
        && PairingQrWidget::offersCode(m_desk->linkStatus(m_channelId).state)
        && (!qr.raw.isEmpty() || !qr.image.isEmpty());
    if (!shown) {
        m_countdown.stop();
        m_ui->qrCodeWidget->hide();
        m_ui->qrInfoWidget->hide();
        return;
    }
    // Replaced in place: the widget keeps its size for a code of the same version.
    if (!qr.raw.isEmpty())
        m_ui->qrCodeWidget->setPayload(qr.raw.toUtf8());
    else
        m_ui->qrCodeWidget->setImage(qr.image);
    const QString sequence = PairingQrWidget::sequenceText(qr);
    m_ui->codeSequenceLabel->setText(sequence);
    m_ui->codeSequenceLabel->setVisible(!sequence.isEmpty());
    m_ui->qrCodeWidget->setAccessibleName(PairingQrWidget::accessibleQrName(sequence));
    m_ui->qrCodeWidget->show();
    m_ui->qrInfoWidget->show();
    updateCountdown();
}

void PairingWidget::updateCountdown()
{
    m_countdown.stop();
    const QDateTime expiresAt = hasLink() ? m_desk->pairingQr(m_channelId).expiresAt : QDateTime();
    int next = 0;
    const QString text = PairingQrWidget::countdownText(expiresAt, QDateTime::currentDateTimeUtc(), &next);
    m_ui->countdownLabel->setText(text);
    m_ui->countdownLabel->setVisible(!text.isEmpty());
    if (next > 0)
        m_countdown.start(next);
}

bool PairingWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->pairingPhoneLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            requestPairingCode();
            return true; // not on to a dialog's default button
        }
    }
    return QWidget::eventFilter(watched, event);
}

FieldCheck PairingWidget::checkPhoneNumber(const QString& text, QString* digits)
{
    QString number;
    for (QChar c : text) {
        if (c.isDigit())
            number += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-')
                 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return FieldCheck::error(
                tr("Use digits only, with the country code first, e.g. +1 555 765 4321."));
    }
    if (digits)
        *digits = number;
    if (number.isEmpty())
        return FieldCheck::ok();
    if (number.startsWith(QLatin1Char('0')))
        return FieldCheck::error(tr("Start with the country code, not with 0: for example +44 7700 900123 "
                                    "rather than 07700 900123."));
    if (number.size() < 8 || number.size() > 15)
        return FieldCheck::error(
            tr("An international number has 8 to 15 digits including the country code; this one has %n.",
               nullptr, int(number.size())));
    return FieldCheck::ok(tr("The code will be for +%1.").arg(number));
}

void PairingWidget::validatePhone()
{
    QString digits;
    const QString text = m_ui->pairingPhoneLineEdit->text();
    const FieldCheck check = checkPhoneNumber(text, &digits);
    // While a request is out, the label says so.
    if (!m_codeRequested)
        m_ui->pairingPhoneMessageLabel->setCheck(check);
    m_ui->requestPairingCodeButton->setEnabled(hasLink() && m_desk->supportsPairingCode(m_channelId)
                                               && !m_codeRequested && !digits.isEmpty() && !check.isError());
}

void PairingWidget::requestPairingCode()
{
    QString digits;
    if (!m_ui->requestPairingCodeButton->isEnabled()
        || checkPhoneNumber(m_ui->pairingPhoneLineEdit->text(), &digits).isError())
        return;
    m_codeRequested = true;
    m_ui->pairingCodeLabel->clear();
    m_ui->pairingCodeLabel->hide();
    m_ui->pairingCodeHelpLabel->hide();
    validatePhone();
    m_ui->pairingPhoneMessageLabel->setStatus(
        FieldCheck::Severity::Ok, tr("Asking the gateway for a pairing code for +%1…").arg(digits));
    m_desk->requestPairingCode(m_channelId, digits);
}

void PairingWidget::showError(const QString& message)
{
    if (m_codeRequested) {
        m_codeRequested = false;
        validatePhone();
        m_ui->pairingPhoneMessageLabel->setStatus(FieldCheck::Severity::Error, message);
        return;
    }
    m_ui->errorLabel->setStatus(FieldCheck::Severity::Error, message);
}

} // namespace ChannelDesk
