// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelRemoval.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "ChannelPageWidget.h"
#include "FieldMessageLabel.h"
#include "MessageBox.h"

#include <QTimer>

namespace ChannelDesk {

ChannelRemoval::ChannelRemoval(Desk* desk, FieldMessageLabel* messageLabel, QWidget* page)
    : QObject(page)
    , m_desk(desk)
    , m_messageLabel(messageLabel)
    , m_page(page)
{ }

void ChannelRemoval::start(const Channel& channel)
{
    if (!m_desk)
        return;
    const QString id = channel.id;
    // A followed session may still hold the phone's link: offer to end it at the gateway first.
    if (channel.kind == ChannelKinds::whatsAppLinked() && m_desk->hasLink(id)
        && m_desk->linkStatus(id).state != LinkState::LoggedOut) {
        askLinked(channel);
        return;
    }
    const QString text = channel.kind == ChannelKinds::weCom()
        ? ChannelPageWidget::tr(
              "Remove the channel “%1” (%2)?\n\n"
              "Its settings are deleted and its Secret, Token and EncodingAESKey are removed from the "
              "keychain. This cannot be undone.\n\n"
              "WeCom keeps calling the callback URL until you also change 接收消息 → 设置API接收 of the app.")
              .arg(channel.name, channel.id)
        : channel.kind == ChannelKinds::whatsAppLinked()
        ? ChannelPageWidget::tr(
              "Remove the channel “%1” (%2)?\n\n"
              "Its settings are deleted and its gateway API key is removed from the keychain. This cannot be "
              "undone.\n\n"
              "The phone stays linked to the gateway until you remove the device under Linked devices.")
              .arg(channel.name, channel.id)
        : ChannelPageWidget::tr(
              "Remove the channel “%1” (%2)?\n\n"
              "Its settings are deleted and its access token, app secret and verify token are "
              "removed from the keychain. This cannot be undone.\n\n"
              "Meta keeps calling the webhook until you also remove the Callback URL in "
              "WhatsApp > Configuration.")
              .arg(channel.name, channel.id);
    MessageBox::question(m_page, ChannelPageWidget::tr("Remove Channel"), text,
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this, id](MessageBox::Answer answer) {
                             if (answer == QMessageBox::Yes)
                                 removeConfirmed(id);
                         });
}

void ChannelRemoval::askLinked(const Channel& channel)
{
    const QString id = channel.id;
    const QString text
        = ChannelPageWidget::tr(
              "Remove the channel “%1” (%2)?\n\n"
              "Its settings are deleted and its gateway API key is removed from the keychain. This cannot "
              "be "
              "undone.\n\n"
              "Log Out and Remove first unlinks the phone at the gateway (linking it again needs a new "
              "scan). Remove Only leaves the phone linked to the gateway until you remove the device "
              "under "
              "Linked devices on the phone.")
              .arg(channel.name, id);
    const QMap<MessageBox::Answer, QString> names{
        {QMessageBox::Yes, ChannelPageWidget::tr("Log Out and Remove")},
        {QMessageBox::No, ChannelPageWidget::tr("Remove Only")}};
    MessageBox::question(
        m_page, ChannelPageWidget::tr("Remove Channel"), text,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this, id](MessageBox::Answer answer) {
            if (answer == QMessageBox::No || (answer == QMessageBox::Yes && m_desk && !m_desk->hasLink(id)))
                return removeConfirmed(id);
            if (answer == QMessageBox::Yes)
                logOutThenRemove(id);
        },
        names);
}

void ChannelRemoval::logOutThenRemove(const QString& id)
{
    if (!m_desk)
        return;
    // Removed only once the gateway took the log-out: the phone must not stay linked to a channel
    // that is gone.
    emit busyChanged(true);
    m_messageLabel->setStatus(FieldCheck::Severity::Ok,
                              ChannelPageWidget::tr("Logging the phone out at the gateway…"));
    auto* waiter = new QObject(this);
    const auto stop = [this, waiter](const QString& problem) {
        waiter->deleteLater();
        disconnect(m_desk, nullptr, waiter, nullptr);
        emit busyChanged(false);
        m_messageLabel->setStatus(
            FieldCheck::Severity::Error,
            ChannelPageWidget::tr(
                "Error: the channel was not removed, because the phone was not logged out: %1 "
                "Try again, or remove it with Remove Only.")
                .arg(problem));
    };
    connect(m_desk, &Desk::linkStatusChanged, waiter,
            [this, id, waiter](const QString& channelId, const LinkStatus& status) {
                if (channelId != id || status.state != LinkState::LoggedOut)
                    return;
                disconnect(m_desk, nullptr, waiter, nullptr);
                waiter->deleteLater();
                emit busyChanged(false);
                removeConfirmed(id);
            });
    connect(m_desk, &Desk::linkErrorOccurred, waiter,
            [id, stop](const QString& channelId, const QString& message) {
                if (channelId == id)
                    stop(message);
            });
    QTimer::singleShot(30000, waiter, [stop] {
        stop(ChannelPageWidget::tr("the gateway did not confirm it within 30 seconds."));
    });
    m_desk->logoutLink(id);
}

void ChannelRemoval::removeConfirmed(const QString& channelId)
{
    if (!m_desk)
        return;
    emit busyChanged(true);
    m_messageLabel->setStatus(FieldCheck::Severity::Ok,
                              ChannelPageWidget::tr("Removing the channel and its secrets…"));
    whenFinished(m_desk->removeChannel(channelId), this, [this, channelId](const Status& status) {
        emit busyChanged(false);
        if (!status.ok()) {
            m_messageLabel->setStatus(
                FieldCheck::Severity::Error,
                ChannelPageWidget::tr("Error: the channel was not removed. %1").arg(status.error().message));
            return;
        }
        m_messageLabel->clearMessage();
        emit channelRemoved(channelId);
    });
}

} // namespace ChannelDesk
