// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Opens the main window's settings dialogs (receiver, server API, notifications, sending,
//! storage) and applies what the user accepted: at once, and saved for the next start. Its texts
//! are the main window's: they use MainWindow's translation context, so the existing translations
//! keep applying.

#include <QObject>
#include <QPointer>

class QWidget;

namespace ChannelDesk {

class Desk;
class TrayController;

class SettingsDialogLauncher : public QObject
{
    Q_OBJECT

public:
    //! window is the dialogs' parent; desk may be null (only the notification settings open then).
    SettingsDialogLauncher(Desk* desk, TrayController* tray, QWidget* window);

    void openReceiverSettings();
    void openServerApi();
    void openNotificationSettings();
    void openSendSettings();
    void openStorageSettings();

signals:
    //! The settings are used now but could not be saved; message says so and why.
    void saveFailed(const QString& message);
    //! A new retention was accepted: the receiver prunes at once, so the disk usage changes.
    void retentionChanged();

private:
    QPointer<Desk> m_desk;
    TrayController* m_tray;
    QWidget* m_window;
};

} // namespace ChannelDesk
