// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "desk/Desk.h"
#include "settings/Settings.h"
#include "util/WhenFinished.h"
#include "ChannelListDelegate.h"
#include "ChannelListModel.h"
#include "ChannelPageWidget.h"
#include "ChannelSetupWizard.h"
#include "ConnectToServerDialog.h"
#include "ConnectionPrompts.h"
#include "ConversationLogWidget.h"
#include "DashboardWidget.h"
#include "HelpMenu.h"
#include "KeychainBanner.h"
#include "MainWindowAppearance.h"
#include "QuitGuard.h"
#include "RoleGate.h"
#include "SettingsDialogLauncher.h"
#include "StatusBarIndicators.h"
#include "DiskSpaceIndicator.h"
#include "TrayController.h"
#include "WindowGeometry.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>

#include <utility>

namespace ChannelDesk {

MainWindow::MainWindow(Desk* desk, const QString& showChannelId, const QString& startupError, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_desk(desk)
    , m_tray(new TrayController(this, this))
    , m_quitGuard(new QuitGuard(this, desk, m_tray))
    , m_requestedChannelId(showChannelId)
{
    m_ui->setupUi(this);
    // The size the form was drawn at is the most a first window asks for.
    m_geometry = new WindowGeometry(this, size());
    m_indicators = new StatusBarIndicators(statusBar());
    m_settingsDialogs = new SettingsDialogLauncher(desk, m_tray, this);
    connect(m_settingsDialogs, &SettingsDialogLauncher::saveFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    setUpActions();
    if (!desk) {
        setWindowTitle(tr("ChannelDesk"));
        showFatalError(startupError);
        return;
    }
    m_indicators->setDesk(desk);
    connect(m_settingsDialogs, &SettingsDialogLauncher::retentionChanged, m_indicators->diskSpace(),
            &DiskSpaceIndicator::refresh);
    if (Settings* settings = desk->settings())
        m_tray->setSettings(settings->notifications());
    createViews();
    connect(desk, &Desk::problemReported, this,
            [this](const QString&, const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(desk, &Desk::channelStatesChanged, m_tray, &TrayController::updateStates);
    // The states arrive on every clock tick too: that tick lets a bot failing for 5 minutes be
    // announced even when its health stops changing.
    connect(desk, &Desk::channelStatesChanged, this, [this](const QList<ChannelState>& states) {
        for (const ChannelState& state : states)
            m_tray->updateBotHealth(state.channelId, state.name, m_desk->botHealth(state.channelId));
    });
    connect(desk, &Desk::botHealthChanged, this, [this](const QString& channelId) {
        const auto channel = m_desk->channel(channelId);
        m_tray->updateBotHealth(channelId, channel ? channel->name : QString(), m_desk->botHealth(channelId));
    });
    connect(desk, &Desk::channelActivityChanged, m_tray, &TrayController::noteActivity);
    m_prompts = new ConnectionPrompts(desk, this);
    connect(desk, &Desk::connectionChanged, this, &MainWindow::showConnection);
    showConnection();
    updatePage();
    m_keychainBanner = new KeychainBanner(desk, m_ui->keychainBanner, m_ui->keychainBannerLabel,
                                          m_ui->useMemorySecretsButton, this);
    connect(m_keychainBanner, &KeychainBanner::memorySecretsChosen, m_channelPage,
            &ChannelPageWidget::reloadSecrets);
    m_keychainBanner->probe();
    whenFinished(desk->loadChannels(), this, [this](const Status& status) {
        if (!status.ok()) {
            showFatalError(
                tr("ChannelDesk could not read its channel database: %1").arg(status.error().message));
            return;
        }
        onChannelsLoaded();
    });
}

MainWindow::~MainWindow()
{
    // Not every window is closed before it goes (the application quits, the session switches
    // desks); here its splitters still exist.
    m_geometry->save();
}

void MainWindow::setUpActions()
{
    m_ui->mainTabWidget->setCurrentWidget(m_ui->dashboardTab);
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    MainWindowAppearance::apply(this, m_ui.get());
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayController::settingsRequested, m_settingsDialogs,
            &SettingsDialogLauncher::openNotificationSettings);
    connect(m_tray, &TrayController::quitRequested, m_quitGuard, &QuitGuard::requestQuit);
    setRecentServers({});

    connect(m_ui->quitAction, &QAction::triggered, m_quitGuard, &QuitGuard::requestQuit);
    connect(m_ui->addChannelAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->addChannelButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->receiverSettingsAction, &QAction::triggered, m_settingsDialogs,
            &SettingsDialogLauncher::openReceiverSettings);
    connect(m_ui->serverApiAction, &QAction::triggered, m_settingsDialogs,
            &SettingsDialogLauncher::openServerApi);
    connect(m_ui->notificationSettingsAction, &QAction::triggered, m_settingsDialogs,
            &SettingsDialogLauncher::openNotificationSettings);
    connect(m_ui->sendSettingsAction, &QAction::triggered, m_settingsDialogs,
            &SettingsDialogLauncher::openSendSettings);
    connect(m_ui->storageSettingsAction, &QAction::triggered, m_settingsDialogs,
            &SettingsDialogLauncher::openStorageSettings);
    connect(m_ui->connectToServerAction, &QAction::triggered, this, [this] { openConnectDialog(); });
    connect(m_ui->connectToServerButton, &QPushButton::clicked, this,
            [this] { openConnectDialog(m_desk ? m_desk->connection().url : QUrl()); });
    connect(m_ui->openLocalDataAction, &QAction::triggered, this, &MainWindow::openLocalDataRequested);
    connect(m_ui->repairDataAction, &QAction::triggered, this, &MainWindow::repairDataRequested);
    menuBar()->addMenu(new HelpMenu(m_desk, this));
}

void MainWindow::setRecentServers(const QList<QUrl>& servers)
{
    QMenu* menu = m_ui->recentServersMenu;
    menu->clear();
    for (const QUrl& server : servers) {
        QAction* action = menu->addAction(server.toString(QUrl::RemoveUserInfo));
        connect(action, &QAction::triggered, this, [this, server] { emit recentServerRequested(server); });
    }
    menu->setEnabled(!servers.isEmpty());
}

void MainWindow::openConnectDialog(const QUrl& server)
{
    auto* dialog = new ConnectToServerDialog(this);
    dialog->setObjectName(QStringLiteral("connectToServerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!server.isEmpty())
        dialog->setServer(server);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit connectToServerRequested(dialog->server(), dialog->key()); });
    dialog->open();
}

void MainWindow::showConnection()
{
    const DeskConnection connection = m_desk->connection();
    updateTitle();
    const bool remote = connection.isRemote();
    m_ui->openLocalDataAction->setEnabled(remote);
    RoleGate::apply(m_ui->repairDataAction,
                    remote ? tr("Repair works on this computer's data directory, not on a server's. On the "
                                "server, stop “channeldesk serve” and run “channeldesk repair” there.")
                           : QString());
    m_indicators->showConnection(connection);
    if (connection.state == DeskConnection::State::Refused) {
        m_ui->connectionBannerLabel->setText(tr("%1 refused the API key: %2\nConnect again with a valid key.")
                                                 .arg(connection.placeName(), connection.error));
        m_ui->connectionBanner->show();
    } else {
        m_ui->connectionBanner->hide();
    }
    applyRoles();
}

void MainWindow::applyRoles()
{
    if (!m_desk || m_failed)
        return;
    const DeskConnection connection = m_desk->connection();
    const QString editing = RoleGate::refusal(connection, RoleGate::Action::EditChannels);
    RoleGate::apply(m_ui->addChannelAction, editing);
    RoleGate::apply(m_ui->addChannelButton, editing);
    RoleGate::apply(m_ui->removeChannelAction, editing, m_loaded && !m_selectedId.isEmpty());
    const QString serverSettings = RoleGate::refusal(connection, RoleGate::Action::ServerSettings);
    RoleGate::apply(m_ui->receiverSettingsAction, serverSettings);
    // Remotely the dialog is where an admin manages the server's keys and reads its audit log;
    // its Server tab stays read-only there.
    RoleGate::apply(m_ui->serverApiAction, RoleGate::refusal(connection, RoleGate::Action::ManageApiKeys));
    RoleGate::apply(m_ui->sendSettingsAction, serverSettings);
    RoleGate::apply(m_ui->storageSettingsAction, serverSettings);
}

void MainWindow::createViews()
{
    m_model = new ChannelListModel(m_desk, this);
    m_ui->channelListView->setModel(m_model);
    m_ui->channelListView->setItemDelegate(new ChannelListDelegate(m_ui->channelListView));
    m_ui->channelListView->setMinimumWidth(ChannelListDelegate::minimumViewWidth(m_ui->channelListView));
    connect(m_ui->channelListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onModelReset);

    m_channelPage = new ChannelPageWidget(m_desk, m_ui->channelStack);
    m_channelPage->setObjectName(QStringLiteral("channelPage"));
    m_ui->channelStack->addWidget(m_channelPage);
    connect(m_ui->removeChannelAction, &QAction::triggered, m_channelPage, &ChannelPageWidget::removeChannel);
    connect(m_channelPage, &ChannelPageWidget::connectionTested, m_model,
            &ChannelListModel::setLastTestResult);
    connect(m_channelPage, &ChannelPageWidget::channelRemoved, this, [this](const QString& id) {
        statusBar()->showMessage(tr("Channel “%1” and its secrets were removed.").arg(id), 10000);
    });

    m_conversationLog = new ConversationLogWidget(m_desk, m_ui->conversationsTab);
    m_conversationLog->setObjectName(QStringLiteral("conversationLog"));
    m_ui->conversationsTabLayout->addWidget(m_conversationLog);

    m_dashboard = new DashboardWidget(m_desk, m_ui->dashboardTab);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_ui->dashboardTabLayout->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardWidget::openChannelRequested, this, &MainWindow::showChannel);
}

void MainWindow::setMediaCacheDirectory(const QString& directory)
{
    if (m_conversationLog)
        m_conversationLog->setMediaCacheDirectory(directory);
}

void MainWindow::setPeriodicHealthChecks(bool enabled)
{
    m_healthChecks = enabled;
    updateHealthChecks();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    updateHealthChecks();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    updateHealthChecks();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_quitGuard->allowClose())
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

void MainWindow::updateHealthChecks()
{
    // Meta is asked about numbers only while someone looks at the answers.
    if (m_desk)
        m_desk->setHealthChecksActive(m_healthChecks && isVisible());
}

void MainWindow::onChannelsLoaded()
{
    m_loaded = true;
    const QString requested = std::exchange(m_requestedChannelId, QString());
    const QList<Channel> channels = m_desk->channels();
    // Without channels the Channels tab is the useful start: it offers to add one.
    if (channels.isEmpty())
        m_ui->mainTabWidget->setCurrentWidget(m_ui->channelsTab);
    if (!requested.isEmpty()) {
        if (m_model->rowOf(requested) >= 0)
            showChannel(requested);
        else
            statusBar()->showMessage(tr("There is no channel with the id “%1”.").arg(requested), 10000);
    } else if (channels.size() == 1) {
        selectChannel(channels.constFirst().id);
    }
    updatePage();
}

void MainWindow::selectChannel(const QString& channelId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(channelId);
    if (row >= 0)
        m_ui->channelListView->setCurrentIndex(m_model->index(row));
}

void MainWindow::showChannel(const QString& channelId)
{
    if (!m_model || m_model->rowOf(channelId) < 0)
        return;
    selectChannel(channelId);
    m_ui->mainTabWidget->setCurrentWidget(m_ui->channelsTab);
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_ui->channelListView->currentIndex();
    m_selectedId = current.isValid() ? current.data(ChannelListModel::IdRole).toString() : QString();
    updatePage();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_desk)
        return;
    // What the window shows, so that two ChannelDesk windows in the task switcher tell apart: the
    // tab, or on Channels the channel open.
    QString view = m_ui->mainTabWidget->tabText(m_ui->mainTabWidget->currentIndex());
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&(?!&)"));
    view.remove(mnemonic);
    const QModelIndex channel = m_ui->channelListView->currentIndex();
    if (m_ui->mainTabWidget->currentWidget() == m_ui->channelsTab && channel.isValid())
        view = channel.data(Qt::DisplayRole).toString();
    setWindowTitle(tr("%1 — ChannelDesk — %2").arg(view, m_desk->connection().placeName()));
}

void MainWindow::onModelReset()
{
    // A reload resets the model and with it the selection; keep showing the same channel.
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0)
        m_ui->channelListView->setCurrentIndex(m_model->index(row));
    else
        m_selectedId.clear();
    updatePage();
}

void MainWindow::updatePage()
{
    const bool channelShown = m_loaded && !m_selectedId.isEmpty();
    m_ui->removeChannelAction->setEnabled(channelShown);
    applyRoles();
    if (m_failed)
        return;
    if (!m_loaded) {
        m_ui->channelStack->setCurrentWidget(m_ui->loadingPage);
        return;
    }
    if (channelShown) {
        m_channelPage->setChannel(m_selectedId);
        m_ui->channelStack->setCurrentWidget(m_channelPage);
        return;
    }
    m_channelPage->setChannel({});
    if (m_desk->channels().isEmpty()) {
        m_ui->emptyTitleLabel->setText(tr("No channels yet"));
        m_ui->emptyTextLabel->setText(
            tr("Add a channel to connect ChannelDesk to your bot’s number: through the "
               "WhatsApp Cloud API or as a linked device through a gateway."));
    } else {
        m_ui->emptyTitleLabel->setText(tr("No channel selected"));
        m_ui->emptyTextLabel->setText(tr("Select a channel on the left, or add another one."));
    }
    m_ui->channelStack->setCurrentWidget(m_ui->emptyPage);
}

void MainWindow::openSetupWizard()
{
    if (!m_desk || m_failed
        || !RoleGate::refusal(m_desk->connection(), RoleGate::Action::EditChannels).isEmpty())
        return;
    auto* wizard = new ChannelSetupWizard(m_desk, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ChannelSetupWizard::channelSaved, this, &MainWindow::showChannel);
    wizard->open();
}

void MainWindow::showFromTray()
{
    show();
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::showFatalError(const QString& text)
{
    m_failed = true;
    m_ui->errorTextLabel->setText(text);
    m_ui->channelStack->setCurrentWidget(m_ui->errorPage);
    m_ui->addChannelAction->setEnabled(false);
    m_ui->removeChannelAction->setEnabled(false);
    m_ui->channelListView->setEnabled(false);
    m_ui->mainTabWidget->setCurrentWidget(m_ui->channelsTab);
}

} // namespace ChannelDesk
