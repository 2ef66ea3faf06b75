// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What closing the window and Quit do while this process receives webhooks or keeps gateway
//! sessions: with a system tray, closing hides the window (said once, in a tray message) and
//! everything keeps running; Quit, or closing without a tray, first says what stops and asks.
//! A window attached to a server stops nothing there, so it closes without a word.

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace ChannelDesk {

class Desk;
class TrayController;

class QuitGuard : public QObject
{
    Q_OBJECT

public:
    QuitGuard(QWidget* window, Desk* desk, TrayController* tray);

    //! From the window's closeEvent: true when it may close now; otherwise it was hidden or a
    //! question was asked, and the window closes itself once the answer is Quit.
    bool allowClose();
    //! Quit from the menu or the tray.
    void requestQuit();
    //! "the webhook receiver on 127.0.0.1:8645 stops …; 2 linked-device channels …", empty when
    //! quitting stops nothing.
    static QString whatStops(const Desk* desk);

private:
    void ask(const QString& stops);

    QPointer<QWidget> m_window;
    QPointer<Desk> m_desk;
    TrayController* m_tray;
    bool m_quitting = false;
    bool m_confirmed = false;
    bool m_toldHidden = false;
};

} // namespace ChannelDesk
