// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Removes a channel from the channel page once the user confirmed it. A linked device whose
//! phone may still be linked is first logged out at its gateway, and removed only when the gateway
//! confirmed that. Its texts are the page's: they use ChannelPageWidget's translation context, so
//! the existing translations keep applying.

#include <QObject>
#include <QPointer>

class QWidget;

namespace ChannelDesk {

class Desk;
class FieldMessageLabel;
struct Channel;

class ChannelRemoval : public QObject
{
    Q_OBJECT

public:
    //! page is where the questions are asked; messageLabel says how the removal goes.
    ChannelRemoval(Desk* desk, FieldMessageLabel* messageLabel, QWidget* page);

    //! Asks for confirmation, then deletes the channel and its secrets.
    void start(const Channel& channel);

signals:
    //! Removing is under way: the page's edits wait.
    void busyChanged(bool busy);
    void channelRemoved(const QString& channelId);

private:
    void askLinked(const Channel& channel);
    void logOutThenRemove(const QString& channelId);
    void removeConfirmed(const QString& channelId);

    QPointer<Desk> m_desk;
    FieldMessageLabel* m_messageLabel;
    QWidget* m_page;
};

} // namespace ChannelDesk
