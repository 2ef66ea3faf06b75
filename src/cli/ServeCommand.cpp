// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "CommandLine.h"
#include "StderrLog.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretBackend.h"
#include "server/ApiServer.h"
#include "settings/ReceiverSettings.h"
#include "util/DataDirectory.h"
#include "util/FutureWait.h"
#include "webhook/DeliveryCommitter.h"
#include "webhook/ListenAddress.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <mutex>
#include <fcntl.h>
#include <unistd.h>

namespace ChannelDesk {
namespace {

int signalPipe[2] = {-1, -1};

void forwardSignal(int signal)
{
    // Only async-signal-safe work here: hand the signal number to the event loop.
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

//! One line to stderr; called from the receiver's threads too, so writes are serialised.
StderrLog* requestLog = nullptr; //!< while serve runs

void writeLine(const QString& line)
{
    if (requestLog) {
        // Rare and worth seeing at once (a channel's state), unlike the per-request lines.
        requestLog->write(line);
        requestLog->flush();
        return;
    }
    CommandLine::standardError() << line << '\n';
    CommandLine::standardError().flush();
}

} // namespace

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"),
              QStringLiteral(
                  "[--listen HOST:PORT] [--api-listen HOST:PORT] [--api-tls-cert FILE --api-tls-key FILE] "
                  "[--api-insecure] [--no-api]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("listen"),
                           tr("Address and port to listen on (default %1; [::]:8645 for IPv6).")
                               .arg(ListenAddress::defaultAddress()),
                           QStringLiteral("HOST:PORT"), ListenAddress::defaultAddress()));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("api-listen"),
        tr("Address and port of the API for bots, scripts and remote consoles (default %1).")
            .arg(ApiServer::defaultAddress()),
        QStringLiteral("HOST:PORT"), ApiServer::defaultAddress()));
    m_parser.addOption(QCommandLineOption(QStringLiteral("api-tls-cert"),
                                          tr("Serve the API over HTTPS with this certificate (PEM)."),
                                          QStringLiteral("FILE")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("api-tls-key"),
                                          tr("The private key of --api-tls-cert (PEM)."),
                                          QStringLiteral("FILE")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("api-insecure"),
        tr("Allow plain HTTP for the API on an address other machines reach (only behind a TLS proxy).")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("no-api"), tr("Do not run the API.")));
}

QString ServeCommand::summary() const
{
    return tr("Receive Meta's webhooks and keep the gateway connections, headless.");
}

QString ServeCommand::description() const
{
    return tr(
        "Receive Meta's webhooks for every enabled channel, store them durably, log one line per\n"
        "request to stderr. SIGINT/SIGTERM stop, SIGHUP reloads the channels. Put a TLS reverse\n"
        "proxy or tunnel in front. Also keeps the gateway connections of enabled linked-device\n"
        "channels and sends what is queued.\n"
        "The API (docs/api.md) listens on --api-listen for requests with an API key made by\n"
        "“channeldesk keys create”; beyond this machine only over TLS (--api-tls-cert/--api-tls-key).\n");
}

int ServeCommand::loadChannels(LocalDesk& desk)
{
    const Status loaded = FutureWait::result(desk.loadChannels());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return -1;
    }
    // The receiver starts, and reads the secrets after the list changed, asynchronously.
    const auto ready = [&desk] {
        const ReceiverStatus status = desk.receiverStatus();
        return status.state == ReceiverStatus::State::Failed
            || (status.state == ReceiverStatus::State::Running && status.channelsSettled);
    };
    QEventLoop settled;
    QObject::connect(&desk, &Desk::receiverStatusChanged, &settled, [&ready, &settled] {
        if (ready())
            settled.quit();
    });
    if (!ready())
        settled.exec();
    const ReceiverStatus status = desk.receiverStatus();
    for (const QString& id : status.unservedChannels)
        err() << tr("Channel “%1” is not served: its secrets are not available. Set %2 and %3.")
                     .arg(id, ChannelManager::environmentVariable(id, CloudApiFields::appSecret()),
                          ChannelManager::environmentVariable(id, CloudApiFields::verifyToken()))
              << '\n';
    return status.servedChannels;
}

int ServeCommand::run(const QString& dataDir)
{
    const QString listen = m_parser.value(QStringLiteral("listen"));
    QString host;
    quint16 port = 0;
    if (!ListenAddress::parse(listen, &host, &port) || QHostAddress(host).isNull()) {
        err() << tr("“%1” is not HOST:PORT, e.g. 127.0.0.1:8645 or [::]:8645.").arg(listen) << '\n';
        return CommandLine::InvalidInput;
    }
    // Signals first: a SIGTERM during the start-up must stop serve cleanly, not kill it. What
    // arrives before the event loop runs waits in the pipe.
    if (::pipe2(signalPipe, O_CLOEXEC) != 0)
        return CommandLine::Failed;
    const auto closePipe = qScopeGuard([] {
        struct sigaction restore = {};
        restore.sa_handler = SIG_DFL;
        sigemptyset(&restore.sa_mask);
        sigaction(SIGINT, &restore, nullptr);
        sigaction(SIGTERM, &restore, nullptr);
        sigaction(SIGHUP, &restore, nullptr);
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    StderrLog log;
    requestLog = &log;
    const auto forgetLog = qScopeGuard([] { requestLog = nullptr; });

    // A headless server usually has no keychain: choose where secrets go before anything reads one.
    KeychainSecretStore keychain;
    QObject secretsOwner;
    const SecretBackend::Choice secrets
        = FutureWait::result(SecretBackend::choose(&keychain, dataDir, &secretsOwner));
    err() << secrets.description << '\n';
    err().flush();

    LocalDesk::Options options;
    options.secrets = secrets.store;
    ReceiverSettings receiving;
    receiving.enabled = true;
    receiving.listen = listen;
    options.fixedReceiver = receiving;
    // The log is thread-safe; lines come from the receiver's threads.
    options.requestLog = [&log](const QString& line) { log.write(line); };
    options.stopDrainMs = DeliveryCommitter::kDrainMs;
    options.followStoreChanges = false;
    auto desk = std::make_unique<LocalDesk>(dataDir, options);
    QObject::connect(desk.get(), &Desk::linkStatusChanged, desk.get(),
                     [](const QString& id, const LinkStatus& status) {
                         QString line = tr("Channel “%1”: %2").arg(id, LinkStateText::name(status.state));
                         if (!status.reason.isEmpty())
                             line += QStringLiteral(" — ") + status.reason;
                         writeLine(line);
                     });
    QObject::connect(desk.get(), &Desk::problemReported, desk.get(),
                     [](const QString& id, const QString& message) {
                         writeLine(tr("Channel “%1”: %2").arg(id, message));
                     });
    QObject::connect(desk.get(), &Desk::outboundItemChanged, desk.get(), [](const OutboundItem& item) {
        if (item.state == QLatin1String("accepted") || item.isFinal())
            writeLine(tr("Send %1 to %2 on “%3”: %4 %5")
                          .arg(item.id)
                          .arg(item.peer, item.channelId, item.state, item.error)
                          .trimmed());
    });

    // The API reports each Cloud API channel's state, which comes from these checks with Meta.
    desk->setHealthChecksActive(true);
    const int served = loadChannels(*desk);
    if (served < 0)
        return CommandLine::Failed;
    const ReceiverStatus status = desk->receiverStatus();
    if (status.state != ReceiverStatus::State::Running) {
        err() << status.text << '\n';
        return CommandLine::Failed;
    }
    err() << tr("Listening on http://%1 for %n channel(s); health at /health. Ctrl+C stops.", nullptr, served)
                 .arg(status.listenAddress)
          << '\n';
    err().flush();

    ApiServer api(desk.get(), DataDirectory::databasePath(dataDir));
    if (!m_parser.isSet(QStringLiteral("no-api"))) {
        ApiServer::Options apiOptions;
        apiOptions.listen = m_parser.value(QStringLiteral("api-listen"));
        apiOptions.tlsCertificateFile = m_parser.value(QStringLiteral("api-tls-cert"));
        apiOptions.tlsKeyFile = m_parser.value(QStringLiteral("api-tls-key"));
        apiOptions.insecure = m_parser.isSet(QStringLiteral("api-insecure"));
        if (secrets.kind == SecretBackend::Kind::Environment)
            apiOptions.setupRefusal = tr(
                "This server keeps secrets only in CHANNELDESK_SECRET_* variables, so channels cannot be set "
                "up through the API. Give it a master key (CHANNELDESK_MASTER_KEY, or the systemd "
                "credential channeldesk-master-key) to keep secrets in its encrypted secrets file.");
        // The log is thread-safe: lines are written from the listener's threads.
        QObject::connect(
            &api, &ApiServer::requestLogged, &api, [&log](const QString& line) { log.write(line); },
            Qt::DirectConnection);
        const Status apiStarted = api.start(apiOptions);
        if (!apiStarted.ok()) {
            err() << apiStarted.error().message << '\n';
            return apiStarted.error().code == int(ErrorCode::InvalidInput) ? CommandLine::InvalidInput
                                                                           : CommandLine::Failed;
        }
        err() << tr("API on %1/api/v1/ (keys: channeldesk keys create).").arg(api.url()) << '\n';
        err().flush();
    }

    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&](QSocketDescriptor) {
        char signal = 0;
        if (::read(signalPipe[0], &signal, 1) != 1)
            return;
        if (signal == SIGHUP) {
            const int count = loadChannels(*desk);
            log.flush();
            err() << tr("Reloaded channels: %n served.", nullptr, qMax(count, 0)) << '\n';
            err().flush();
            return;
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    api.stop();
    // Stopping answers what is queued and gives the log a few seconds to catch up.
    desk.reset();
    log.flush();
    err() << tr("Stopped.") << '\n';
    err().flush();
    return CommandLine::Success;
}

} // namespace ChannelDesk
