// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkControlsWidget.h"
#include "ui_LinkControlsWidget.h"

#include "desk/Desk.h"
#include "MessageBox.h"
#include "RoleGate.h"

#include <QPushButton>

namespace ChannelDesk {

LinkControlsWidget::LinkControlsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinkControlsWidget>())
{
    m_ui->setupUi(this);
    const auto act = [this](void (Desk::*verb)(const QString&)) {
        if (!hasLink())
            return;
        emit actionTaken();
        (m_desk->*verb)(m_channelId);
    };
    connect(m_ui->startNewPairingButton, &QPushButton::clicked, this, [act] { act(&Desk::restartPairing); });
    connect(m_ui->restartLinkButton, &QPushButton::clicked, this, [act] { act(&Desk::restartPairing); });
    connect(m_ui->retryConnectionButton, &QPushButton::clicked, this, [act] { act(&Desk::connectLink); });
    connect(m_ui->startLinkButton, &QPushButton::clicked, this, [act] { act(&Desk::connectLink); });
    connect(m_ui->stopLinkButton, &QPushButton::clicked, this, [act] { act(&Desk::stopLink); });
    connect(m_ui->logOutButton, &QPushButton::clicked, this, &LinkControlsWidget::confirmLogOut);
    showControls();
}

LinkControlsWidget::~LinkControlsWidget() = default;

void LinkControlsWidget::setDesk(Desk* desk)
{
    if (desk == m_desk)
        return;
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    if (desk) {
        connect(desk, &Desk::linksChanged, this, &LinkControlsWidget::showControls);
        connect(desk, &Desk::connectionChanged, this, &LinkControlsWidget::applyRoles);
        connect(desk, &Desk::linkStatusChanged, this, [this](const QString& id) {
            if (!m_channelId.isEmpty() && id == m_channelId)
                showControls();
        });
    }
    applyRoles();
    showControls();
}

void LinkControlsWidget::setChannel(const QString& channelId)
{
    m_channelId = channelId;
    showControls();
}

void LinkControlsWidget::dropMnemonics()
{
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setText(button->text().remove(QLatin1Char('&')));
}

bool LinkControlsWidget::hasLink() const
{
    return m_desk && !m_channelId.isEmpty() && m_desk->hasLink(m_channelId);
}

LinkControlsWidget::Offer LinkControlsWidget::offer(const LinkStatus& status)
{
    Offer offer;
    switch (status.state) {
    case LinkState::Stopped:
        offer.start = true;
        offer.logOut = true;
        break;
    case LinkState::Failed:
        if (status.problem == TransportProblem::GaveUp) {
            offer.connectAgain = true;
        } else if (status.problem != TransportProblem::AuthRejected) {
            // WAHA's advice for a failed session: restart first, log out and link again if that fails.
            offer.newPairingWindow = true;
            offer.logOut = true;
            offer.stop = true;
        }
        // A rejected key is fixed on the channel's page (Replace…), not here.
        break;
    case LinkState::LoggedOut:
        offer.newPairingWindow = true;
        offer.stop = true;
        break;
    case LinkState::Connected:
    case LinkState::Reconnecting:
    case LinkState::Authenticating:
        offer.stop = true;
        offer.restart = true;
        offer.logOut = true;
        break;
    case LinkState::Unknown:
    case LinkState::Starting:
    case LinkState::AwaitingScan:
    case LinkState::AwaitingCode:
        offer.stop = true;
        offer.restart = true;
        break;
    }
    return offer;
}

void LinkControlsWidget::showControls()
{
    const Offer shown = hasLink() ? offer(m_desk->linkStatus(m_channelId)) : Offer{};
    m_ui->stopLinkButton->setVisible(shown.stop);
    m_ui->startLinkButton->setVisible(shown.start);
    m_ui->restartLinkButton->setVisible(shown.restart);
    m_ui->logOutButton->setVisible(shown.logOut);
    m_ui->startNewPairingButton->setVisible(shown.newPairingWindow);
    m_ui->retryConnectionButton->setVisible(shown.connectAgain);
}

void LinkControlsWidget::applyRoles()
{
    // The state stays visible to every role; only what changes the link is gated.
    const QString refusal
        = m_desk ? RoleGate::refusal(m_desk->connection(), RoleGate::Action::ManageLink) : QString();
    for (QPushButton* button : findChildren<QPushButton*>())
        RoleGate::apply(button, refusal);
}

void LinkControlsWidget::confirmLogOut()
{
    if (!hasLink())
        return;
    const QString text = tr("Log out the WhatsApp account linked to “%1”? The gateway unlinks this device; "
                            "linking it again needs a new scan on the phone.")
                             .arg(m_channelId);
    MessageBox::question(this, tr("Log Out"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this, id = m_channelId](MessageBox::Answer answer) {
                             // The widget may show another channel by the time the answer comes.
                             if (answer != QMessageBox::Yes || id != m_channelId || !hasLink())
                                 return;
                             emit actionTaken();
                             m_desk->logoutLink(id);
                         });
}

} // namespace ChannelDesk
