// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "CommandLine.h"
#include "StderrLog.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "linking/LinkedChannelController.h"
#include "outbound/OutboundChannelSync.h"
#include "outbound/OutboundQueue.h"
#include "secrets/KeychainSecretStore.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "util/FutureWait.h"
#include "webhook/ListenAddress.h"
#include "webhook/WebhookReceiver.h"

#include <QScopeGuard>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
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

QTextStream& err()
{
    return CommandLine::standardError();
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
    err() << line << '\n';
    err().flush();
}

} // namespace

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"), QStringLiteral("[--listen HOST:PORT]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("listen"),
                           tr("Address and port to listen on (default %1; [::]:8645 for IPv6).")
                               .arg(ListenAddress::defaultAddress()),
                           QStringLiteral("HOST:PORT"), ListenAddress::defaultAddress()));
}

QString ServeCommand::summary() const
{
    return tr("Receive Meta's webhooks and keep the gateway connections, headless.");
}

QString ServeCommand::description() const
{
    return tr("Receive Meta's webhooks for every enabled channel, store them durably, log one line per\n"
              "request to stderr. SIGINT/SIGTERM stop, SIGHUP reloads the channels. Put a TLS reverse\n"
              "proxy or tunnel in front. Also keeps the gateway connections of enabled linked-device\n"
              "channels and sends what is queued.\n");
}

int ServeCommand::loadChannels(ChannelManager& manager, WebhookReceiver& receiver)
{
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return -1;
    }
    QList<ReceiverChannel> served;
    for (const Channel& channel : manager.channels()) {
        if (channel.kind != ChannelKinds::whatsAppCloud())
            continue;
        ReceiverChannel rc{
            channel.id, channel.field(CloudApiFields::phoneNumberId()), channel.enabled, {}, {}};
        if (channel.enabled) {
            const SecretResult appSecret
                = FutureWait::result(manager.readSecret(channel.id, CloudApiFields::appSecret()));
            const SecretResult verifyToken
                = FutureWait::result(manager.readSecret(channel.id, CloudApiFields::verifyToken()));
            if (!appSecret.ok() || !verifyToken.ok()) {
                const SecretResult& failed = appSecret.ok() ? verifyToken : appSecret;
                err() << tr("Channel “%1” is not served: its secrets are not available (%2). Set %3 and %4.")
                             .arg(
                                 channel.id,
                                 failed.code == SecretResult::Code::NotFound
                                     ? tr("not in the keychain")
                                     : ChannelManager::secretError(failed).message,
                                 ChannelManager::environmentVariable(channel.id, CloudApiFields::appSecret()),
                                 ChannelManager::environmentVariable(channel.id,
                                                                     CloudApiFields::verifyToken()))
                      << '\n';
                continue;
            }
            rc.appSecret = appSecret.value.toUtf8();
            rc.verifyToken = verifyToken.value.toUtf8();
        }
        served.append(rc);
    }
    receiver.setChannels(served);
    return receiver.channelCount();
}

int ServeCommand::run(const QString& dataDir)
{
    const QString listen = m_parser.value(QStringLiteral("listen"));
    QString host;
    quint16 port = 0;
    if (!ListenAddress::parse(listen, &host, &port)) {
        err() << tr("“%1” is not HOST:PORT, e.g. 127.0.0.1:8645 or [::]:8645.").arg(listen) << '\n';
        return CommandLine::InvalidInput;
    }

    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, &keychain);
    WebhookReceiver receiver(DataDirectory::databasePath(dataDir));
    StderrLog log;
    requestLog = &log;
    const auto forgetLog = qScopeGuard([] { requestLog = nullptr; });
    // Emitted on the receiver's threads; the log is thread-safe.
    QObject::connect(
        &receiver, &WebhookReceiver::requestLogged, &receiver,
        [&log](const QString& line) { log.write(line); }, Qt::DirectConnection);
    const int served = loadChannels(manager, receiver);
    if (served < 0)
        return CommandLine::Failed;
    // Linked-device channels: keep their gateway connections and log their messages too.
    LinkedChannelController linked(&manager, DataDirectory::databasePath(dataDir));
    QObject::connect(&linked, &LinkedChannelController::adaptersChanged, &linked, [&linked] {
        for (const QString& id : linked.channelIds()) {
            GatewayAdapter* adapter = linked.adapter(id);
            if (adapter->property("channeldesk.logged").toBool())
                continue;
            adapter->setProperty("channeldesk.logged", true);
            QObject::connect(
                adapter, &GatewayAdapter::statusChanged, adapter, [id](const LinkStatus& status) {
                    QString line = tr("Channel “%1”: %2").arg(id, LinkStateText::name(status.state));
                    if (!status.reason.isEmpty())
                        line += QStringLiteral(" — ") + status.reason;
                    writeLine(line);
                });
        }
    });
    QObject::connect(&linked, &LinkedChannelController::adapterProblem, &linked,
                     [](const QString& id, const QString& message) {
                         writeLine(tr("Channel “%1”: %2").arg(id, message));
                     });
    linked.start();
    // Sends queued by `channeldesk send` (or left by the window) go out from here too.
    OutboundQueue outbound(DataDirectory::databasePath(dataDir), Clock::system());
    outbound.setLimits(
        SendLimits::fromSettings(QSettings(DataDirectory::settingsPath(dataDir), QSettings::IniFormat)));
    QObject::connect(&outbound, &OutboundQueue::itemChanged, &outbound, [](const OutboundItem& item) {
        if (item.state == QLatin1String("accepted") || item.isFinal())
            writeLine(tr("Send %1 to %2 on “%3”: %4 %5")
                          .arg(item.id)
                          .arg(item.peer, item.channelId, item.state, item.error)
                          .trimmed());
    });
    OutboundChannelSync outboundChannels(
        &manager,
        [&outbound](const QString& id, const GraphEndpoint& endpoint, const QString& phoneNumberId) {
            outbound.setCloudChannel(id, endpoint, phoneNumberId);
        },
        [&outbound](const QString& id) { outbound.removeChannel(id); });
    outboundChannels.start();
    outbound.start();
    const Status started = receiver.start(host, port);
    if (!started.ok()) {
        err() << started.error().message << '\n';
        return started.error().is(ErrorCode::InvalidInput) ? CommandLine::InvalidInput : CommandLine::Failed;
    }
    err() << tr("Listening on http://%1 for %n channel(s); health at /health. Ctrl+C stops.", nullptr, served)
                 .arg(receiver.listenAddress())
          << '\n';
    err().flush();

    if (::pipe2(signalPipe, O_CLOEXEC) != 0)
        return CommandLine::Failed;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&](QSocketDescriptor) {
        char signal = 0;
        if (::read(signalPipe[0], &signal, 1) != 1)
            return;
        if (signal == SIGHUP) {
            const int count = loadChannels(manager, receiver);
            log.flush();
            err() << tr("Reloaded channels: %n served.", nullptr, qMax(count, 0)) << '\n';
            err().flush();
            return;
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);

    QCoreApplication::exec();
    receiver.stop();
    log.flush();
    err() << tr("Stopped.") << '\n';
    err().flush();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return CommandLine::Success;
}

} // namespace ChannelDesk
