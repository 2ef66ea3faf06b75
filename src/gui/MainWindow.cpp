// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "OutboundController.h"
#include "SendSettingsDialog.h"
#include "ui_MainWindow.h"

#include "channels/ChannelManager.h"
#include "linking/LinkedChannelController.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "util/DataDirectory.h"
#include "ChannelListDelegate.h"
#include "ChannelListModel.h"
#include "ChannelPageWidget.h"
#include "ChannelSetupWizard.h"
#include "ConversationLogWidget.h"
#include "DashboardWidget.h"
#include "LogDataSource.h"
#include "NotificationSettingsDialog.h"
#include "ReceiverController.h"
#include "ReceiverSettingsDialog.h"
#include "TrayController.h"
#include "util/WhenFinished.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QStyle>

#include <utility>

namespace ChannelDesk {

MainWindow::MainWindow(const QString& dataDirOption, const QString& showChannelId, SecretStore* secrets,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_secrets(secrets ? secrets : new KeychainSecretStore(this))
    , m_network(new QNetworkAccessManager(this))
    , m_receiverStateLabel(new QLabel(this))
    , m_dataDirLabel(new QLabel(this))
    , m_requestedChannelId(showChannelId)
{
    m_ui->setupUi(this);
    m_ui->mainTabWidget->setCurrentWidget(m_ui->dashboardTab);
    QIcon appIcon;
    appIcon.addFile(QStringLiteral(":/icons/channeldesk-48.png"));
    appIcon.addFile(QStringLiteral(":/icons/channeldesk-256.png"));
    // The installed theme icon wins, so the window matches the desktop's launcher.
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.channeldesk.ChannelDesk"), appIcon));
    m_tray = new TrayController(this, this);
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayController::settingsRequested, this, &MainWindow::openNotificationSettings);
    // The window may be hidden, so closing it would not end the event loop.
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_ui->addChannelAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_ui->addChannelAction->setShortcut(QKeySequence::New);
    m_ui->removeChannelAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_ui->removeChannelAction->setEnabled(false);
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->quitAction->setShortcuts({QKeySequence(QKeySequence::Quit), QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_ui->keychainBannerIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_ui->keychainBanner->setStyleSheet(
        QStringLiteral("QFrame#keychainBanner { border: 2px solid #c98a00; border-radius: 4px; }"));
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({260, 740});
    m_receiverStateLabel->setObjectName(QStringLiteral("receiverStateLabel"));
    statusBar()->addPermanentWidget(m_receiverStateLabel);
    statusBar()->addPermanentWidget(m_dataDirLabel);
    m_ui->receiverSettingsAction->setEnabled(false);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->addChannelAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->addChannelButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->useMemorySecretsButton, &QPushButton::clicked, this, &MainWindow::useMemorySecrets);
    connect(m_ui->receiverSettingsAction, &QAction::triggered, this, &MainWindow::openReceiverSettings);
    connect(m_ui->notificationSettingsAction, &QAction::triggered, this,
            &MainWindow::openNotificationSettings);
    connect(m_ui->sendSettingsAction, &QAction::triggered, this, &MainWindow::openSendSettings);

    const QString dataDir = DataDirectory::resolve(dataDirOption);
    if (dataDir.isEmpty()) {
        const QString attempted
            = dataDirOption.isEmpty() ? qEnvironmentVariable("CHANNELDESK_DATA_DIR") : dataDirOption;
        showFatalError(
            attempted.isEmpty()
                ? tr("ChannelDesk could not create its data directory in your user data location. "
                     "Check the permissions of that location, or start ChannelDesk with --data-dir DIR.")
                : tr("ChannelDesk could not create or open the data directory “%1” (from --data-dir "
                     "or CHANNELDESK_DATA_DIR). Check that the path is right and that you may write "
                     "there.")
                      .arg(attempted));
        return;
    }
    m_dataDirLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(dataDir)));

    m_dataDirectory = dataDir;
    m_settings = new Settings(dataDir, this);
    m_tray->setSettings(m_settings->notifications());
    connect(m_settings, &Settings::changed, m_tray, [this](Settings::Section section) {
        if (section == Settings::Section::Notifications)
            m_tray->setSettings(m_settings->notifications());
    });
    m_manager = new ChannelManager(dataDir, m_secrets, this);
    // Started once the channels are loaded: until then it would see an empty list.
    m_linked = new LinkedChannelController(m_manager, DataDirectory::databasePath(dataDir), this);
    connect(m_linked, &LinkedChannelController::adapterProblem, this,
            [this](const QString&, const QString& message) { statusBar()->showMessage(message, 15000); });
    m_model = new ChannelListModel(m_manager, this);
    m_ui->channelListView->setModel(m_model);
    m_ui->channelListView->setItemDelegate(new ChannelListDelegate(m_ui->channelListView));
    connect(m_ui->channelListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onModelReset);

    m_channelPage = new ChannelPageWidget(m_manager, m_network, m_ui->channelStack);
    m_channelPage->setObjectName(QStringLiteral("channelPage"));
    m_channelPage->setLinkedChannelController(m_linked);
    m_ui->channelStack->addWidget(m_channelPage);
    connect(m_ui->removeChannelAction, &QAction::triggered, m_channelPage, &ChannelPageWidget::removeChannel);
    connect(m_channelPage, &ChannelPageWidget::connectionTested, m_model,
            &ChannelListModel::setLastTestResult);
    connect(m_channelPage, &ChannelPageWidget::channelRemoved, this, [this](const QString& id) {
        statusBar()->showMessage(tr("Channel “%1” and its secrets were removed.").arg(id), 10000);
    });

    m_logSource = new LogDataSource(DataDirectory::databasePath(dataDir), this);
    m_channelPage->setActivitySource(m_logSource);
    m_conversationLog = new ConversationLogWidget(m_logSource, m_manager, m_ui->conversationsTab);
    m_conversationLog->setObjectName(QStringLiteral("conversationLog"));
    m_conversationLog->setLinkedChannelController(m_linked);
    connect(m_linked, &LinkedChannelController::storeChanged, m_logSource, &LogDataSource::notifyChanged);
    m_ui->conversationsTabLayout->addWidget(m_conversationLog);

    m_dashboard
        = new DashboardWidget(m_manager, DataDirectory::databasePath(dataDir), m_network, m_ui->dashboardTab);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_dashboard->setLinkedChannelController(m_linked);
    m_dashboard->setActivitySource(m_logSource);
    m_ui->dashboardTabLayout->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardWidget::openChannelRequested, this, &MainWindow::showChannel);
    connect(m_dashboard, &DashboardWidget::statesChanged, m_tray, &TrayController::updateStates);
    connect(m_dashboard, &DashboardWidget::activityRefreshed, m_tray, &TrayController::noteActivity);
    // Replies, test messages and the send limits shown on the dashboard share one queue.
    m_outbound = new OutboundController(m_manager, dataDir, this);
    m_outbound->setLimits(m_settings->sendLimits());
    connect(m_settings, &Settings::changed, m_outbound, [this](Settings::Section section) {
        if (section == Settings::Section::SendLimits)
            m_outbound->setLimits(m_settings->sendLimits());
    });
    m_conversationLog->setOutboundController(m_outbound);
    m_channelPage->setOutboundController(m_outbound);
    connect(m_outbound, &OutboundController::usageChanged, m_dashboard, &DashboardWidget::setSendUsage);
    connect(m_dashboard, &DashboardWidget::sendUsageWanted, m_outbound, &OutboundController::refreshUsage);
    m_receiver = new ReceiverController(m_manager, m_settings, this);
    connect(m_receiver, &ReceiverController::stateChanged, this, &MainWindow::showReceiverState);
    connect(m_receiver, &ReceiverController::deliveryCommitted, m_logSource, &LogDataSource::notifyChanged);
    connect(m_receiver, &ReceiverController::eventRecorded, m_channelPage, &ChannelPageWidget::addEvent);
    m_ui->receiverSettingsAction->setEnabled(true);
    showReceiverState();
    m_receiver->start();

    updatePage();
    probeKeychain();
    whenFinished(m_manager->reload(), this, [this](const Status& status) {
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
    // Its health checks use m_network, which as an earlier child would be deleted first.
    delete m_dashboard;
}

void MainWindow::probeKeychain()
{
    // Reading a key that never exists tells "no keychain" apart from "keychain works" without
    // touching real secrets; the answer arrives asynchronously, so start-up is not held up.
    whenFinished(m_secrets->readSecret(QStringLiteral("__probe__"), QStringLiteral("probe")), this,
                 [this](const SecretResult& result) {
                     if (m_memorySecrets)
                         return; // the user already chose memory
                     if (result.code == SecretResult::Code::Ok || result.code == SecretResult::Code::NotFound)
                         m_ui->keychainBanner->hide();
                     else
                         showKeychainProblem(result);
                 });
}

void MainWindow::showKeychainProblem(const SecretResult& result)
{
    QString text;
    if (result.code == SecretResult::Code::AccessDenied)
        text
            = tr("The keychain refused access (%1), so channel secrets cannot be stored or read. Unlock the "
                 "keychain and restart ChannelDesk, or keep secrets in memory for this run only. Secrets are "
                 "never written to disk.")
                  .arg(result.errorString);
    else
        text = tr("No keychain is available: ChannelDesk found no Secret Service backend (GNOME Keyring or "
                  "KWallet) to store channel secrets in (%1). Secrets will NOT be written to disk. Start a "
                  "keychain and restart ChannelDesk, or keep secrets in memory for this run only.")
                   .arg(result.errorString);
    m_ui->keychainBannerLabel->setText(text);
    m_ui->useMemorySecretsButton->show();
    m_ui->keychainBanner->show();
}

void MainWindow::useMemorySecrets()
{
    if (!m_manager || m_memorySecrets)
        return;
    m_memorySecrets = new MemorySecretStore(this);
    m_manager->setSecretStore(m_memorySecrets);
    m_ui->keychainBannerLabel->setText(
        tr("Secrets are kept in memory for this run only. They are not written to disk and are lost when "
           "ChannelDesk quits; enter them again next time (Replace… on the channel page)."));
    m_ui->useMemorySecretsButton->hide();
    m_channelPage->reloadSecrets();
}

void MainWindow::onChannelsLoaded()
{
    m_loaded = true;
    m_linked->start();
    const QString requested = std::exchange(m_requestedChannelId, QString());
    // Without channels the Channels tab is the useful start: it offers to add one.
    if (m_manager->channels().isEmpty())
        m_ui->mainTabWidget->setCurrentWidget(m_ui->channelsTab);
    if (!requested.isEmpty()) {
        if (m_model->rowOf(requested) >= 0)
            showChannel(requested);
        else
            statusBar()->showMessage(tr("There is no channel with the id “%1”.").arg(requested), 10000);
    } else if (m_manager->channels().size() == 1) {
        selectChannel(m_manager->channels().constFirst().id);
    }
    updatePage();
}

void MainWindow::selectChannel(const QString& channelId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(channelId);
    if (row < 0)
        return;
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
    if (m_manager->channels().isEmpty()) {
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
    if (!m_manager)
        return;
    auto* wizard = new ChannelSetupWizard(m_manager, m_linked, m_network, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ChannelSetupWizard::channelSaved, this, &MainWindow::showChannel);
    wizard->open();
}

void MainWindow::showReceiverState()
{
    m_receiverStateLabel->setText(m_receiver->stateText());
    m_receiverStateLabel->setToolTip(m_receiver->stateDetails());
}

void MainWindow::openReceiverSettings()
{
    if (!m_receiver)
        return;
    auto* dialog = new ReceiverSettingsDialog(m_receiver->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        whenFinished(m_receiver->applySettings(dialog->settings()), this, [this](const Status& saved) {
            if (!saved.ok())
                statusBar()->showMessage(tr("The receiver settings are used now but could not be saved: %1")
                                             .arg(saved.error().message),
                                         15000);
        });
    });
    dialog->open();
}

void MainWindow::openNotificationSettings()
{
    auto* dialog = new NotificationSettingsDialog(m_tray->settings(), m_tray->isAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NotificationSettings settings = dialog->settings();
        if (!m_settings) {
            m_tray->setSettings(settings); // no data directory: for this run only
            return;
        }
        const Status saved = m_settings->setNotifications(settings);
        if (!saved.ok())
            statusBar()->showMessage(saved.error().message, 15000);
    });
    dialog->open();
}

void MainWindow::openSendSettings()
{
    if (!m_settings)
        return;
    auto* dialog = new SendSettingsDialog(m_settings->sendLimits(), m_settings->optOutWords(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Status limits = m_settings->setSendLimits(dialog->limits());
        const Status words = m_settings->setOptOutWords(dialog->words());
        if (!limits.ok() || !words.ok())
            statusBar()->showMessage((limits.ok() ? words : limits).error().message, 15000);
    });
    dialog->open();
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
