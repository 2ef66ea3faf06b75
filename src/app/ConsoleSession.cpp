// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSession.h"

#include "desk/LocalDesk.h"
#include "model/ServerAddress.h"
#include "remote/RecentServers.h"
#include "remote/RemoteDesk.h"
#include "remote/ServerKeys.h"
#include "store/StoreDiagnosis.h"
#include "util/DataDirectory.h"
#include "util/WhenFinished.h"
#include "ConnectToServerDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StoreRepairDialog.h"
#include "WindowGeometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ChannelDesk {

ConsoleSession::ConsoleSession(QObject* parent)
    : QObject(parent)
    , m_keys(new ServerKeys(nullptr, this))
{ }

ConsoleSession::~ConsoleSession()
{
    // The window's views hold on to the desk until they are gone.
    m_window.reset();
    m_desk.reset();
}

void ConsoleSession::openLocal(const QString& dataDirOption)
{
    m_dataDirOption = dataDirOption;
    const QString dataDir = DataDirectory::resolve(dataDirOption);
    if (dataDir.isEmpty()) {
        attach(nullptr, DataDirectory::unusableMessage(dataDirOption));
        return;
    }
    openDataDirectory(dataDir);
}

void ConsoleSession::openDataDirectory(const QString& dataDir)
{
    // Off the UI thread: it reads the files' first bytes and may open the journal. A damaged store,
    // or one cut to nothing while the journal shows there was data, is said before a desk opens it.
    whenFinished(QtConcurrent::run([dataDir] { return StoreDiagnosis::checkDataDirectory(dataDir); }), this,
                 [this, dataDir](const StoreProblem& problem) {
                     if (problem.ok())
                         attachLocal(dataDir);
                     else if (problem.repairable())
                         offerRepair(dataDir, problem.message);
                     else
                         attach(nullptr, problem.message);
                 });
}

void ConsoleSession::attachLocal(const QString& dataDir, const QStringList& notes)
{
    LocalDesk::Options options;
    // The window runs the server API when it is switched on in Settings > Server API.
    options.apiFromSettings = true;
    attach(std::make_unique<LocalDesk>(dataDir, options));
    // Photos, stickers and voice notes stay with the data directory they belong to.
    m_window->setMediaCacheDirectory(dataDir + QStringLiteral("/media-cache"));
    if (notes.isEmpty())
        return;
    // A box, not the status bar: where the damaged files went must stay readable, and the first
    // health check's message would replace a status bar line at once.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Repair Finished"),
                                notes.join(QStringLiteral("\n\n")), QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("repairReportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConsoleSession::offerRepair(const QString& dataDir, const QString& problem, RepairStart start)
{
    auto* dialog = new StoreRepairDialog(dataDir, problem, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (start == RepairStart::Now) {
        dialog->setWindowTitle(tr("Repair Data Directory"));
        dialog->setQuitButtonText(tr("&Close"));
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, dataDir] {
        const QStringList notes = dialog->reportLines();
        // Queued: the new window replaces the one the dialog may belong to.
        QTimer::singleShot(0, this, [this, dataDir, notes] { attachLocal(dataDir, notes); });
    });
    connect(dialog, &QDialog::rejected, this, [this, dataDir, start] {
        // Closed after a refused or failed repair: back to the data directory, checked again in
        // case the failure left it damaged.
        if (start == RepairStart::Now)
            QTimer::singleShot(0, this, [this, dataDir] { openDataDirectory(dataDir); });
        // Quit: with no window open there is nothing else to show.
        else if (!m_window)
            QCoreApplication::quit();
    });
    dialog->open();
    if (start == RepairStart::Now)
        dialog->repair();
}

void ConsoleSession::repairLocal()
{
    const auto* local = dynamic_cast<const LocalDesk*>(m_desk.get());
    if (!local || !m_window)
        return;
    const QString dataDir = local->dataDirectory();
    const QString text
        = tr("Repair the data directory %1?\n\nChannelDesk closes it while it repairs (its receiver stops "
             "if it is on), checks the conversation store and the delivery journal, moves a damaged one "
             "aside (nothing is deleted) and rebuilds the conversation log from the delivery journal. "
             "The window opens the data directory again when the repair ends.")
              .arg(QDir::toNativeSeparators(dataDir));
    MessageBox::question(
        m_window.get(), tr("Repair Data Directory"), text, QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel, this,
        [this, dataDir](MessageBox::Answer answer) {
            if (answer != QMessageBox::Yes)
                return;
            // Queued: closing the desk replaces the window the question belongs to.
            QTimer::singleShot(0, this, [this, dataDir] {
                // The repair takes the receiver's lock and must be the store's only writer.
                attach(nullptr,
                       tr("The data directory %1 is closed while it is repaired.")
                           .arg(QDir::toNativeSeparators(dataDir)));
                offerRepair(dataDir,
                            tr("Repairing the data directory %1.").arg(QDir::toNativeSeparators(dataDir)),
                            RepairStart::Now);
            });
        },
        {{QMessageBox::Yes, tr("Close and &Repair")}});
}

void ConsoleSession::openServer(const QUrl& server, const QString& key)
{
    if (!key.isEmpty()) {
        connectWith(server, key, KeySource::Typed);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable("CHANNELDESK_SERVER_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        connectWith(server, fromEnvironment, KeySource::Environment);
        return;
    }
    whenFinished(m_keys->read(server), this, [this, server](const SecretResult& result) {
        if (result.ok() && !result.value.isEmpty())
            connectWith(server, result.value, KeySource::Keychain);
        else
            askForKey(server);
    });
}

void ConsoleSession::showError(const QString& error)
{
    attach(nullptr, error);
}

void ConsoleSession::askForKey(const QUrl& server)
{
    auto* dialog = new ConnectToServerDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(server);
    // Queued: connecting replaces the window the dialog belongs to.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QTimer::singleShot(0, this, [this, server = dialog->server(), key = dialog->key()] {
            connectWith(server, key, KeySource::Typed);
        });
    });
    connect(dialog, &QDialog::rejected, this, [this, server] {
        // At start-up there is no window yet to go back to.
        if (!m_window)
            showError(tr("Not connected to %1: no API key was given. Use File > Connect to Server… to "
                         "try again.")
                          .arg(ServerAddress::name(server)));
    });
    dialog->open();
}

void ConsoleSession::connectWith(const QUrl& server, const QString& key, KeySource source)
{
    m_key = key;
    m_keySource = source;
    m_connectedOnce = false;
    RemoteDesk::Options options;
    options.server = server;
    options.key = key;
    auto desk = std::make_unique<RemoteDesk>(options);
    connect(desk.get(), &Desk::connectionChanged, this, &ConsoleSession::onConnectionChanged);
    attach(std::move(desk));
}

void ConsoleSession::onConnectionChanged()
{
    if (!m_desk || m_connectedOnce || m_desk->connection().state != DeskConnection::State::Connected)
        return;
    m_connectedOnce = true;
    const QUrl server = m_desk->connection().url;
    // A key from the environment belongs to that environment (a CI job, a shell): never persisted.
    if (m_keySource == KeySource::Environment)
        return;
    if (m_keySource == KeySource::Typed) {
        whenFinished(m_keys->write(server, m_key), this, [this](const SecretResult& result) {
            if (!result.ok() && m_window)
                m_window->statusBar()->showMessage(
                    tr("The API key could not be kept in the keychain (%1); you will be asked again next "
                       "time.")
                        .arg(result.errorString),
                    15000);
        });
    }
    m_key.clear();
    RecentServers recent(consoleFile());
    recent.add(server);
    if (m_window)
        m_window->setRecentServers(recent.list());
}

void ConsoleSession::attach(std::unique_ptr<Desk> desk, const QString& error)
{
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<Desk> oldDesk = std::move(m_desk);
    // The new window takes over the old one's size, place and splitters through the file.
    if (oldWindow)
        oldWindow->windowGeometry()->save();
    m_desk = std::move(desk);
    m_window = std::make_unique<MainWindow>(m_desk.get(), std::exchange(m_showChannel, QString()), error);
    m_window->windowGeometry()->setFileName(consoleFile());
    m_window->setRecentServers(RecentServers(consoleFile()).list());
    // Queued: the old window emits these from its own dialogs and menus, and is deleted by them.
    connect(
        m_window.get(), &MainWindow::connectToServerRequested, this,
        [this](const QUrl& server, const QString& key) { openServer(server, key); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::recentServerRequested, this,
        [this](const QUrl& server) { openServer(server); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::openLocalDataRequested, this, [this] { openLocal(m_dataDirOption); },
        Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::repairDataRequested, this, &ConsoleSession::repairLocal,
            Qt::QueuedConnection);
    m_window->show();
    // The window goes before its desk: its views hold on to the desk until then.
    oldWindow.reset();
    oldDesk.reset();
}

QString ConsoleSession::consoleFile() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/console.ini");
}

} // namespace ChannelDesk
