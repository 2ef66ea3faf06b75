// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelsCommand.h"

#include "CommandLine.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedFields.h"
#include "linking/GatewaySessionClient.h"
#include "model/AuditEntry.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AuditStore.h"
#include "util/DataDirectory.h"
#include "util/FutureWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ChannelDesk {
ChannelsCommand::ChannelsCommand()
    : Command(QStringLiteral("channels"),
              QStringLiteral("[--json] | start|stop|restart|pair|logout ID [--yes]"))
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("json"), tr("Print a JSON array of the channels with their non-secret fields.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("yes"), tr("logout: yes, unlink the phone (it needs a new scan to link again).")));
}

QString ChannelsCommand::summary() const
{
    return tr("List the channels (never their secrets); start, stop, restart, pair or log out a linked one.");
}

QString ChannelsCommand::description() const
{
    return tr("List channels: id, kind, name, enabled, webhook URL, one a line and separated by tabs.\n"
              "Never prints secrets.\n"
              "\n"
              "On a linked-device channel, act on its session at the gateway:\n"
              "  start ID     start the session (a linked phone needs no new scan)\n"
              "  stop ID      stop it (WAHA: on the gateway; the phone stays linked)\n"
              "  restart ID   restart it (WAHA keeps the link; without one, fresh codes come)\n"
              "  pair ID      start a new pairing window (fresh codes to scan)\n"
              "  logout ID    unlink the phone at the gateway; needs --yes\n"
              "The connection gateway protocol has no stop or restart; use the window or the server API.\n"
              "A running window or serve follows what the gateway then reports. Exit codes: 0 done,\n"
              "1 the gateway refused or cannot do it, 2 bad arguments, 3 no keychain, 4 no such channel.\n");
}

int ChannelsCommand::checkPositional(const QStringList& positional)
{
    if (positional.isEmpty()) {
        if (m_parser.isSet(QStringLiteral("yes")))
            return usageError(tr("channels: --yes belongs to channels logout."));
        return Proceed;
    }
    static const QStringList actions{QStringLiteral("start"), QStringLiteral("stop"),
                                     QStringLiteral("restart"), QStringLiteral("pair"),
                                     QStringLiteral("logout")};
    m_action = positional.constFirst();
    if (!actions.contains(m_action))
        return usageError(tr("channels: unknown subcommand “%1”; say %2, or nothing to list the channels.")
                              .arg(m_action, actions.join(QStringLiteral(", "))));
    if (positional.size() < 2)
        return usageError(tr("channels %1: which channel? Give its ID.").arg(m_action));
    if (positional.size() > 2)
        return usageError(tr("channels %1: unexpected argument “%2”.").arg(m_action, positional.at(2)));
    m_channelId = positional.at(1);
    if (m_parser.isSet(QStringLiteral("json")))
        return usageError(tr("channels %1: --json belongs to the list.").arg(m_action));
    if (m_action == QLatin1String("logout") && !m_parser.isSet(QStringLiteral("yes")))
        return usageError(
            tr("channels logout unlinks the phone, and only a new scan links it again; add --yes "
               "to do it."));
    if (m_action != QLatin1String("logout") && m_parser.isSet(QStringLiteral("yes")))
        return usageError(tr("channels %1: --yes belongs to channels logout.").arg(m_action));
    return Proceed;
}

int ChannelsCommand::run(const QString& dataDir)
{
    return m_action.isEmpty() ? list(dataDir) : linkAction(dataDir);
}

int ChannelsCommand::linkAction(const QString& dataDir)
{
    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, &keychain);
    Channel channel;
    if (const int failed = findChannel(manager, m_channelId, &channel); failed != Proceed)
        return failed;
    if (channel.kind != ChannelKinds::whatsAppLinked()) {
        err() << tr("“%1” is not a linked-device channel: only those have a gateway session to %2.")
                     .arg(m_channelId, m_action)
              << '\n';
        return CommandLine::InvalidInput;
    }
    const SecretResult key = FutureWait::result(manager.readSecret(m_channelId, LinkedFields::apiKey()));
    if (!key.ok()) {
        err() << (key.code == SecretResult::Code::NotFound
                      ? tr("The gateway API key of “%1” is neither in the keychain nor in %2.")
                            .arg(m_channelId,
                                 ChannelManager::environmentVariable(m_channelId, LinkedFields::apiKey()))
                      : ChannelManager::secretError(key).message)
              << '\n';
        return key.code == SecretResult::Code::NoBackend ? CommandLine::KeychainUnavailable
                                                         : CommandLine::Failed;
    }
    GatewayConfig config;
    config.baseUrl = QUrl(channel.field(LinkedFields::baseUrl()));
    config.secret = key.value;
    config.session = channel.field(LinkedFields::session());
    config.deviceLabel = channel.field(LinkedFields::deviceLabel());
    GatewaySessionClient client(channel.field(LinkedFields::gateway()), config);
    if (!client.isKnownGateway()) {
        err() << tr("Unknown gateway type “%1”.").arg(channel.field(LinkedFields::gateway())) << '\n';
        return CommandLine::Failed;
    }
    using Action = GatewaySessionClient::Action;
    const Action action = m_action == QLatin1String("start") ? Action::Start
        : m_action == QLatin1String("stop")                  ? Action::Stop
        : m_action == QLatin1String("restart")               ? Action::Restart
        : m_action == QLatin1String("pair")                  ? Action::NewPairingWindow
                                                             : Action::Logout;
    const Result<QString> done = FutureWait::result(client.perform(action));
    // Like the API's link actions: who did what to which channel, and how it ended.
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.keyName = QStringLiteral("cli");
    entry.remote = QStringLiteral("cli");
    entry.action = QStringLiteral("link.") + m_action;
    entry.target = m_channelId;
    entry.result = done.ok() ? QStringLiteral("ok") : QStringLiteral("GATEWAY_ERROR");
    const Result<qint64> recorded = AuditStore(DataDirectory::databasePath(dataDir)).record(entry);
    if (!recorded.ok())
        err() << tr("Could not record this in the audit log: %1").arg(recorded.error().message) << '\n';
    if (!done.ok()) {
        err() << tr("channels %1 %2 failed: %3").arg(m_action, m_channelId, done.error().message) << '\n';
        return CommandLine::Failed;
    }
    out() << done.value() << '\n';
    return CommandLine::Success;
}

int ChannelsCommand::list(const QString& dataDir)
{
    const bool json = m_parser.isSet(QStringLiteral("json"));
    ChannelManager manager(dataDir, nullptr);
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return CommandLine::Failed;
    }
    if (json) {
        QJsonArray array;
        for (const Channel& c : manager.channels()) {
            QJsonObject object{{QStringLiteral("id"), c.id},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("enabled"), c.enabled},
                               {QStringLiteral("webhook_url"), CloudApiValidator::webhookUrl(c)}};
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
                object.insert(it.key(), it.value());
            array.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (manager.channels().isEmpty()) {
        out() << tr("No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.")
              << '\n';
        return CommandLine::Success;
    }
    for (const Channel& c : manager.channels()) {
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     // Untranslated on purpose: scripts parse these columns.
                     .arg(c.id, c.kind, c.name,
                          c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                          CloudApiValidator::webhookUrl(c));
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
