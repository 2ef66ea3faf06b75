// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! ChannelDesk's main window: a Dashboard tab (the home view: one card per channel with its state
//! and health), a Channels tab (the channel list on the left, the selected channel's page on the
//! right) and a Conversations tab with the live conversation log; a banner when no keychain is
//! available, offering to keep secrets in memory instead; and the state of the webhook receiver
//! always visible in the status bar. A system tray icon (where the desktop has a tray) shows the
//! worst channel state and raises notifications. Everything it shows and does goes through a
//! Desk; main.cpp decides which one.

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ChannelDesk {

class ChannelListModel;
class ChannelPageWidget;
class ConnectionPrompts;
class ConversationLogWidget;
class DashboardWidget;
class KeychainBanner;
class Desk;
class QuitGuard;
class SettingsDialogLauncher;
class StatusBarIndicators;
class TrayController;
class WindowGeometry;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Without a desk the window only shows startupError (e.g. the data directory cannot be made).
    explicit MainWindow(Desk* desk, const QString& showChannelId = {}, const QString& startupError = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    Desk* desk() const { return m_desk; }
    //! Null without a desk.
    DashboardWidget* dashboard() const { return m_dashboard; }
    TrayController* trayController() const { return m_tray; }
    //! Keeps the window's size and splitters; set its file before the window is first shown.
    WindowGeometry* windowGeometry() const { return m_geometry; }
    //! On by default while the window is shown; tests switch them off so no check reaches Meta.
    void setPeriodicHealthChecks(bool enabled);
    //! Where the conversation view caches downloaded media (ConversationLogWidget); by default the
    //! user's cache folder, which a remote console keeps using.
    void setMediaCacheDirectory(const QString& directory);
    void selectChannel(const QString& channelId);
    //! Selects the channel and brings the Channels tab to the front.
    void showChannel(const QString& channelId);
    void openSetupWizard();
    //! Fills File > Recent Servers, newest first.
    void setRecentServers(const QList<QUrl>& servers);
    //! Opens Connect to Server, prefilled with server if given; OK emits connectToServerRequested().
    void openConnectDialog(const QUrl& server = {});

signals:
    //! The user asked to attach the window to server with key (File > Connect to Server…).
    void connectToServerRequested(const QUrl& server, const QString& key);
    //! The user asked to leave the server for the local data directory.
    void openLocalDataRequested();
    //! File > Repair Data Directory… (local windows only): ConsoleSession closes the desk and repairs.
    void repairDataRequested();
    void recentServerRequested(const QUrl& server);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void createViews();
    void onChannelsLoaded();
    void onCurrentChanged();
    void onModelReset();
    void updatePage();
    void showFatalError(const QString& text);
    void showFromTray();
    void updateHealthChecks();
    void showConnection();
    //! "Conversations — ChannelDesk — local": the view shown, then where the channels live.
    void updateTitle();
    void applyRoles();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<Desk> m_desk;
    ChannelListModel* m_model = nullptr;
    ChannelPageWidget* m_channelPage = nullptr;
    ConversationLogWidget* m_conversationLog = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    TrayController* m_tray;
    QuitGuard* m_quitGuard;
    SettingsDialogLauncher* m_settingsDialogs = nullptr;
    KeychainBanner* m_keychainBanner = nullptr;
    StatusBarIndicators* m_indicators = nullptr;
    WindowGeometry* m_geometry = nullptr;
    ConnectionPrompts* m_prompts = nullptr;
    QString m_requestedChannelId; //!< from --show-channel, until the channels are loaded
    QString m_selectedId;
    bool m_loaded = false;
    bool m_failed = false;
    bool m_healthChecks = true;
};

} // namespace ChannelDesk
