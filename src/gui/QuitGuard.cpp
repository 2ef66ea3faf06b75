// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitGuard.h"

#include "MessageBox.h"
#include "TrayController.h"
#include "desk/Desk.h"

#include <QStringList>
#include <QWidget>

namespace ChannelDesk {

QuitGuard::QuitGuard(QWidget* window, Desk* desk, TrayController* tray)
    : QObject(window)
    , m_window(window)
    , m_desk(desk)
    , m_tray(tray)
{ }

QString QuitGuard::whatStops(const Desk* desk)
{
    if (!desk || desk->connection().isRemote())
        return {};
    QStringList parts;
    const ReceiverStatus receiver = desk->receiverStatus();
    if (receiver.state == ReceiverStatus::State::Running)
        parts << tr("webhooks are no longer received on %1 (Meta and WeCom retry their deliveries until "
                    "ChannelDesk runs again, or a `channeldesk serve` takes over)")
                     .arg(receiver.listenAddress);
    int linked = 0;
    for (const Channel& channel : desk->channels())
        linked += channel.kind == ChannelKinds::whatsAppLinked() && channel.enabled ? 1 : 0;
    if (linked > 0)
        parts << tr("%n linked-device channel(s) disconnect from their gateway and receive nothing", nullptr,
                    linked);
    return parts.join(QStringLiteral("; "));
}

bool QuitGuard::allowClose()
{
    if (!m_window || m_confirmed)
        return true;
    const QString stops = whatStops(m_desk);
    if (stops.isEmpty())
        return true;
    if (m_tray && m_tray->isAvailable() && !m_quitting) {
        m_window->hide();
        if (!std::exchange(m_toldHidden, true))
            m_tray->announce(tr("ChannelDesk keeps running"),
                             tr("It goes on receiving in the background. Choose Quit in this icon's menu "
                                "to stop it."));
        return false;
    }
    m_quitting = false;
    ask(stops);
    return false;
}

void QuitGuard::requestQuit()
{
    if (!m_window)
        return;
    m_quitting = true;
    if (m_window->isHidden())
        m_window->show();
    m_window->close();
    m_quitting = false;
}

void QuitGuard::ask(const QString& stops)
{
    MessageBox::question(m_window, tr("Quit ChannelDesk?"), tr("When ChannelDesk quits, %1.").arg(stops),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                         [this](MessageBox::Answer answer) {
                             if (answer != QMessageBox::Yes || !m_window)
                                 return;
                             m_confirmed = true;
                             m_window->close();
                         });
}

} // namespace ChannelDesk
