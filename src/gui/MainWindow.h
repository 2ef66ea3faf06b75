// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! ChannelDesk's main window: a Dashboard tab (the home view: one card per channel with its state
//! and health), a Channels tab (the channel list on the left, the selected channel's
//! page on the right) and a Conversations tab with the live conversation log; a banner when no
//! keychain is available, offering to keep secrets in memory instead; and the state of the built-in
//! webhook receiver always visible in the status bar. It keeps the gateway connections of the
//! linked-device channels, whose messages flow into the same conversation log. A system tray icon
//! (where the desktop has a tray) shows the worst channel state and raises notifications.

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace ChannelDesk {

class ChannelListModel;
class ChannelManager;
class ChannelPageWidget;
class ConversationLogWidget;
class DashboardWidget;
class OutboundController;
class LinkedChannelController;
class LogDataSource;
class MemorySecretStore;
class ReceiverController;
class SecretStore;
class Settings;
class TrayController;
struct SecretResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Without a secret store, the window uses the OS keychain.
    MainWindow(const QString& dataDirOption, const QString& showChannelId, SecretStore* secrets = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    //! Null when the data directory could not be opened.
    ChannelManager* channelManager() const { return m_manager; }
    //! Null when the data directory could not be opened.
    ReceiverController* receiverController() const { return m_receiver; }
    //! Null when the data directory could not be opened.
    LinkedChannelController* linkedChannelController() const { return m_linked; }
    //! Null when the data directory could not be opened.
    DashboardWidget* dashboard() const { return m_dashboard; }
    TrayController* trayController() const { return m_tray; }
    void selectChannel(const QString& channelId);
    //! Selects the channel and brings the Channels tab to the front.
    void showChannel(const QString& channelId);
    void openSetupWizard();

private:
    void probeKeychain();
    void showKeychainProblem(const SecretResult& result);
    void useMemorySecrets();
    void onChannelsLoaded();
    void onCurrentChanged();
    void onModelReset();
    void updatePage();
    void showFatalError(const QString& text);
    void showReceiverState();
    void openReceiverSettings();
    void openNotificationSettings();
    void openSendSettings();
    void showFromTray();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<SecretStore> m_secrets;
    MemorySecretStore* m_memorySecrets = nullptr;
    QNetworkAccessManager* m_network;
    ChannelManager* m_manager = nullptr;
    LinkedChannelController* m_linked = nullptr;
    ChannelListModel* m_model = nullptr;
    ChannelPageWidget* m_channelPage = nullptr;
    LogDataSource* m_logSource = nullptr;
    ReceiverController* m_receiver = nullptr;
    ConversationLogWidget* m_conversationLog = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    OutboundController* m_outbound = nullptr;
    TrayController* m_tray;
    QLabel* m_receiverStateLabel;
    QLabel* m_dataDirLabel;
    QString m_requestedChannelId; //!< from --show-channel, until the channels are loaded
    QString m_selectedId;
    QString m_dataDirectory;
    Settings* m_settings = nullptr;
    bool m_loaded = false;
    bool m_failed = false;
};

} // namespace ChannelDesk
