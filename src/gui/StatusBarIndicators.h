// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The permanent indicators on the right of the main window's status bar: the webhook receiver's
//! state, where the channels live (the local data directory, or the server and how the connection
//! to it is) and the free disk space. Its texts are the main window's: they use MainWindow's
//! translation context, so the existing translations keep applying.

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

namespace ChannelDesk {

class Desk;
class DiskSpaceIndicator;
struct DeskConnection;

class StatusBarIndicators : public QObject
{
    Q_OBJECT

public:
    explicit StatusBarIndicators(QStatusBar* statusBar);

    //! Follows desk's receiver and disk space from now on.
    void setDesk(Desk* desk);
    //! Locally the data directory is shown, remotely the connection's state.
    void showConnection(const DeskConnection& connection);
    //! Null until there is a desk.
    DiskSpaceIndicator* diskSpace() const { return m_diskSpace; }

private:
    void showReceiverState();

    QStatusBar* m_statusBar;
    QPointer<Desk> m_desk;
    QLabel* m_receiverStateLabel;
    QLabel* m_locationLabel;
    QLabel* m_connectionLabel;
    DiskSpaceIndicator* m_diskSpace = nullptr;
};

} // namespace ChannelDesk
