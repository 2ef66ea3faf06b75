// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "channels/AnswersFile.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedFields.h"
#include "cli/LogCommand.h"
#include "cli/SendCommand.h"
#include "cli/ServeCommand.h"
#include "secrets/KeychainSecretStore.h"
#include "util/DataDirectory.h"
#include "util/FutureWait.h"
#include "util/SecretMask.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <csignal>

namespace ChannelDesk {
namespace {

const QStringList commands = {QStringLiteral("setup"), QStringLiteral("channels"), QStringLiteral("test"),
                              QStringLiteral("serve"), QStringLiteral("log"),      QStringLiteral("send")};

QTextStream& out()
{
    return CommandLine::standardOutput();
}

QTextStream& err()
{
    return CommandLine::standardError();
}

//! Finds "--name value" or "--name=value"; removes it from args.
QString takeOption(QStringList& args, const QString& name, bool* present = nullptr,
                   bool* missingValue = nullptr)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == name) {
            if (present)
                *present = true;
            if (i + 1 >= args.size()) {
                if (missingValue)
                    *missingValue = true;
                args.removeAt(i);
                return {};
            }
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            return value;
        }
        if (args.at(i).startsWith(name + QLatin1Char('='))) {
            if (present)
                *present = true;
            const QString value = args.at(i).mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return {};
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}

QString webhookUrlOf(const Channel& channel)
{
    return CloudApiValidator::webhookUrl(channel.field(CloudApiFields::publicBaseUrl()),
                                         channel.field(CloudApiFields::phoneNumberId()));
}

} // namespace

bool CommandLine::wantsConsole(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    takeOption(args, QStringLiteral("--data-dir"));
    takeOption(args, QStringLiteral("--show-channel"));
    for (const QString& arg : std::as_const(args)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v") || commands.contains(arg))
            return true;
    }
    // Anything else the GUI does not understand is a usage error, reported on the console.
    return !args.isEmpty();
}

QTextStream& CommandLine::standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CommandLine::standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

QString CommandLine::dataDirOption(const QStringList& arguments)
{
    QStringList args = arguments;
    return takeOption(args, QStringLiteral("--data-dir"));
}

QString CommandLine::showChannelOption(const QStringList& arguments)
{
    QStringList args = arguments;
    return takeOption(args, QStringLiteral("--show-channel"));
}

QString CommandLine::helpText()
{
    return tr("Usage: channeldesk [--data-dir DIR] [--show-channel ID]\n"
              "       channeldesk COMMAND [--data-dir DIR] [options]\n"
              "\n"
              "Without a command, opens the ChannelDesk window.\n"
              "\n"
              "Commands:\n"
              "  setup --answers FILE [--no-keychain]\n"
              "      Create or update channels from an answers JSON file (keys messaging-whatsapp\n"
              "      and messaging-whatsapp-linked). Everything is validated first; nothing is\n"
              "      saved if any field is invalid. Secrets go to the OS keychain.\n"
              "      --no-keychain saves the non-secret fields only; the server then reads each\n"
              "      secret from CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>.\n"
              "  channels [--json]\n"
              "      List channels: id, kind, name, enabled, webhook URL. Never prints secrets.\n"
              "  test --channel ID [--timeout SECONDS]\n"
              "      Run Test Connection against the Graph API and print the outcome.\n"
              "  serve [--listen HOST:PORT]\n"
              "      Receive Meta's webhooks for every enabled channel (default 127.0.0.1:8645),\n"
              "      store them durably, log one line per request to stderr. SIGINT/SIGTERM stop,\n"
              "      SIGHUP reloads the channels. Put a TLS reverse proxy or tunnel in front.\n"
              "      Also keeps the gateway connections of enabled linked-device channels.\n"
              "  log [--channel ID] [--peer ID] [--limit N] [--json]\n"
              "      Print the conversation log, oldest first (with --limit, the newest N). --json\n"
              "      prints one object per line: channel, direction, peer, message_id, type, text,\n"
              "      timestamp (ISO 8601 UTC), status.\n"
              "  send --channel ID --to NUMBER (--text TEXT | --template NAME --lang CODE\n"
              "       [--param VALUE]...) [--json] [--timeout SECONDS]\n"
              "      Queue one message and wait (default 30 s) for WhatsApp to accept it. NUMBER\n"
              "      is international, e.g. +49 151 23456789. Free text needs an open 24-hour\n"
              "      window; templates go any time. Linked-device channels send text only.\n"
              "      Failures print one code: NOT_CONNECTED (10), RATE_LIMITED (11),\n"
              "      INVALID_NUMBER (12), WINDOW_CLOSED (13), OPTED_OUT (14), SEND_FAILED (15),\n"
              "      AUTH_FAILED (16) — the number is the exit code. --json prints one object\n"
              "      with ok, code, to, message_id, error, frees_at.\n"
              "\n"
              "Options:\n"
              "  --data-dir DIR   Where state is kept (default: $CHANNELDESK_DATA_DIR, else the\n"
              "                   XDG data directory, ~/.local/share/channeldesk).\n"
              "  --show-channel ID  (window) Open this channel's page, e.g. to scan its QR.\n"
              "  -h, --help       Show this help.\n"
              "  -v, --version    Show the version.\n"
              "\n"
              "Secrets from the environment (headless servers): CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>,\n"
              "with the channel id upper-cased and '-' written as '_', and FIELD one of ACCESS_TOKEN,\n"
              "APP_SECRET, VERIFY_TOKEN (Cloud API) or API_KEY (linked device).\n"
              "Example: CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN.\n"
              "They take precedence over the keychain.\n"
              "\n"
              "Exit codes: 0 success, 1 the operation failed (e.g. Meta rejected the token),\n"
              "2 invalid input or usage, 3 no keychain available, 4 unknown channel, 10-16 send failures\n"
              "(see send).\n");
}

int CommandLine::usageError(const QString& message)
{
    err() << message << '\n' << tr("Run “channeldesk --help” for usage.") << '\n';
    err().flush();
    return InvalidInput;
}

int CommandLine::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    bool dataDirPresent = false;
    bool dataDirMissing = false;
    const QString explicitDir
        = takeOption(args, QStringLiteral("--data-dir"), &dataDirPresent, &dataDirMissing);
    if (dataDirMissing || (dataDirPresent && explicitDir.isEmpty()))
        return usageError(tr("--data-dir needs a directory."));
    if (takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"))) {
        out() << helpText();
        out().flush();
        return Success;
    }
    if (takeFlag(args, QStringLiteral("--version")) || takeFlag(args, QStringLiteral("-v"))) {
        out() << QStringLiteral("channeldesk %1\n").arg(QCoreApplication::applicationVersion());
        out().flush();
        return Success;
    }
    if (args.isEmpty())
        return usageError(tr("No command given."));
    const QString command = args.takeFirst();
    if (!commands.contains(command))
        return usageError(tr("Unknown command or option “%1”.").arg(command));
    const QString dataDir = DataDirectory::resolve(explicitDir);
    if (dataDir.isEmpty()) {
        err() << tr("Cannot create the data directory %1.").arg(explicitDir) << '\n';
        return Failed;
    }
    int code = Failed;
    if (command == QLatin1String("setup"))
        code = runSetup(dataDir, args);
    else if (command == QLatin1String("channels"))
        code = runChannels(dataDir, args);
    else if (command == QLatin1String("serve"))
        code = ServeCommand().run(dataDir, args);
    else if (command == QLatin1String("log"))
        code = LogCommand().run(dataDir, args);
    else if (command == QLatin1String("send"))
        code = SendCommand().run(dataDir, args);
    else
        code = runTest(dataDir, args);
    out().flush();
    err().flush();
    return code;
}

int CommandLine::runSetup(const QString& dataDir, const QStringList& arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString path = takeOption(args, QStringLiteral("--answers"), nullptr, &missing);
    const bool noKeychain = takeFlag(args, QStringLiteral("--no-keychain"));
    if (!args.isEmpty())
        return usageError(tr("setup: unexpected argument “%1”.").arg(args.first()));
    if (path.isEmpty())
        return usageError(tr("setup needs --answers FILE."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("Cannot read the answers file %1: %2").arg(path, file.errorString()) << '\n';
        return InvalidInput;
    }
    const AnswersFile::Parsed parsed = AnswersFile::parse(file.readAll());
    for (const QString& warning : parsed.warnings)
        err() << tr("warning: %1").arg(warning) << '\n';
    if (!parsed.ok()) {
        err() << tr("The answers file has %n problem(s); nothing was saved:", nullptr,
                    int(parsed.errors.size()))
              << '\n';
        for (const QString& error : parsed.errors)
            err() << QStringLiteral("  - ") << error << '\n';
        return InvalidInput;
    }
    QList<ChannelDraft> drafts = parsed.drafts;
    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, noKeychain ? nullptr : &keychain);
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return Failed;
    }
    QHash<QString, QHash<QString, QString>> secrets;
    for (ChannelDraft& draft : drafts) {
        secrets.insert(draft.channel.id, draft.secrets);
        if (noKeychain)
            draft.secrets.clear();
    }
    const Status saved = FutureWait::result(manager.save(drafts));
    if (!saved.ok()) {
        err() << saved.error().message << '\n';
        if (saved.error().code == ChannelManager::KeychainUnavailable) {
            err() << tr("Nothing was saved. On a server without a keychain, run setup with --no-keychain and "
                        "export the secrets as environment variables (see --help).")
                  << '\n';
            return KeychainUnavailable;
        }
        return Failed;
    }
    bool anyCloud = false;
    for (const ChannelDraft& draft : std::as_const(drafts)) {
        const Channel& c = draft.channel;
        const bool cloud = c.kind == ChannelKinds::whatsAppCloud();
        anyCloud = anyCloud || cloud;
        out() << tr("Saved channel “%1” (%2, %3).")
                     .arg(c.id, c.kind, c.enabled ? tr("enabled") : tr("disabled"))
              << '\n';
        if (cloud) {
            const QString verifyToken = secrets.value(c.id).value(CloudApiFields::verifyToken());
            out() << tr("  Callback URL:  %1").arg(webhookUrlOf(c)) << '\n';
            out() << tr("  Verify token:  %1 (the value from the answers file)")
                         .arg(SecretMask::mask(verifyToken))
                  << '\n';
        } else {
            out() << tr("  Gateway:       %1 at %2, session “%3”")
                         .arg(c.field(LinkedFields::gateway()), c.field(LinkedFields::baseUrl()),
                              c.field(LinkedFields::session()))
                  << '\n';
            out() << tr("  Open “channeldesk --show-channel %1” to scan the pairing QR; “channeldesk serve” "
                        "keeps "
                        "the connection on a server.")
                         .arg(c.id)
                  << '\n';
        }
        if (noKeychain) {
            for (const QString& field :
                 draft.secrets.keys().isEmpty() ? secrets.value(c.id).keys() : draft.secrets.keys())
                out() << tr("  Export %1 before running the server.")
                             .arg(ChannelManager::environmentVariable(c.id, field))
                      << '\n';
        }
    }
    if (anyCloud)
        out() << tr(
            "In Meta's App Dashboard open WhatsApp > Configuration, paste the Callback URL and the verify "
            "token, click “Verify and save”, then subscribe to the “messages” field.")
              << '\n';
    return Success;
}

int CommandLine::runChannels(const QString& dataDir, const QStringList& arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return usageError(tr("channels: unexpected argument “%1”.").arg(args.first()));
    ChannelManager manager(dataDir, nullptr);
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return Failed;
    }
    if (json) {
        QJsonArray array;
        for (const Channel& c : manager.channels()) {
            QJsonObject object{{QStringLiteral("id"), c.id},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("enabled"), c.enabled},
                               {QStringLiteral("webhook_url"), webhookUrlOf(c)}};
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
                object.insert(it.key(), it.value());
            array.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (manager.channels().isEmpty()) {
        out() << tr("No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.")
              << '\n';
        return Success;
    }
    for (const Channel& c : manager.channels()) {
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     // Untranslated on purpose: scripts parse these columns.
                     .arg(c.id, c.kind, c.name,
                          c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                          webhookUrlOf(c));
    }
    return Success;
}

int CommandLine::runTest(const QString& dataDir, const QStringList& arguments)
{
    QStringList args = arguments;
    const QString id = takeOption(args, QStringLiteral("--channel"));
    const QString timeoutText = takeOption(args, QStringLiteral("--timeout"));
    if (!args.isEmpty())
        return usageError(tr("test: unexpected argument “%1”.").arg(args.first()));
    if (id.isEmpty())
        return usageError(tr("test needs --channel ID."));
    bool timeoutOk = true;
    const int timeoutSeconds = timeoutText.isEmpty() ? 20 : timeoutText.toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return usageError(tr("--timeout needs a positive number of seconds."));

    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, &keychain);
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return Failed;
    }
    const std::optional<Channel> channel = manager.channel(id);
    if (!channel) {
        err() << tr("There is no channel “%1”. “channeldesk channels” lists them.").arg(id) << '\n';
        return UnknownChannel;
    }
    const SecretResult token = FutureWait::result(manager.readSecret(id, CloudApiFields::accessToken()));
    if (!token.ok()) {
        if (token.code == SecretResult::Code::NotFound) {
            err() << tr("The access token of “%1” is neither in the keychain nor in %2.")
                         .arg(id, ChannelManager::environmentVariable(id, CloudApiFields::accessToken()))
                  << '\n';
            return Failed;
        }
        err() << ChannelManager::secretError(token).message << '\n';
        return token.code == SecretResult::Code::NoBackend ? KeychainUnavailable : Failed;
    }
    QNetworkAccessManager network;
    const GraphEndpoint endpoint = GraphEndpoint::forChannel(*channel, token.value);
    ConnectionTest test(&network, endpoint, channel->field(CloudApiFields::phoneNumberId()));
    test.setTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    out() << tr("Testing “%1” (phone number ID %2, token %3)…")
                 .arg(id, channel->field(CloudApiFields::phoneNumberId()), SecretMask::mask(token.value))
          << '\n';
    out().flush();
    test.start();
    if (!test.succeeded() && !test.error().isError())
        loop.exec();
    if (!test.succeeded()) {
        err() << tr("Test Connection failed.") << '\n' << test.failureText() << '\n';
        if (test.error().kind == GraphError::Kind::Api && !test.error().fbtraceId.isEmpty())
            err() << QStringLiteral("fbtrace_id: ") << test.error().fbtraceId << '\n';
        return Failed;
    }
    const PhoneNumberInfo& info = test.info();
    out() << test.successText() << '\n';
    out() << tr("  Quality rating: %1").arg(info.qualityRating) << '\n';
    out() << tr("  Verification:   %1").arg(info.codeVerificationStatus) << '\n';
    out() << tr("  Platform:       %1").arg(info.platformType) << '\n';
    out() << tr("  Throughput:     %1").arg(info.throughputLevel) << '\n';
    for (const QString& warning : test.warnings())
        err() << tr("warning: %1").arg(warning) << '\n';
    return Success;
}

} // namespace ChannelDesk
