// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AuditCommand.h"
#include "ForwardCommand.h"
#include "ChannelsCommand.h"
#include "Command.h"
#include "ExportCommand.h"
#include "KeysCommand.h"
#include "LogCommand.h"
#include "RepairCommand.h"
#include "SendCommand.h"
#include "ServeCommand.h"
#include "SetupCommand.h"
#include "StatusCommand.h"
#include "TestCommand.h"
#include "store/StoreDiagnosis.h"
#include "util/DataDirectory.h"

#include <QTextStream>

#include <algorithm>

namespace ChannelDesk {
namespace {

const QStringList commandNames
    = {QStringLiteral("setup"),  QStringLiteral("channels"), QStringLiteral("test"),
       QStringLiteral("serve"),  QStringLiteral("log"),      QStringLiteral("send"),
       QStringLiteral("keys"),   QStringLiteral("audit"),    QStringLiteral("forward"),
       QStringLiteral("export"), QStringLiteral("status"),   QStringLiteral("repair")};

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

} // namespace

bool CommandLine::wantsConsole(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    takeOption(args, QStringLiteral("--data-dir"));
    takeOption(args, QStringLiteral("--show-channel"));
    takeOption(args, QStringLiteral("--server"));
    for (const QString& arg : std::as_const(args)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v") || commandNames.contains(arg))
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

QString CommandLine::serverOption(const QStringList& arguments)
{
    QStringList args = arguments;
    return takeOption(args, QStringLiteral("--server"));
}

QString CommandLine::showChannelOption(const QStringList& arguments)
{
    QStringList args = arguments;
    return takeOption(args, QStringLiteral("--show-channel"));
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: channeldesk [--data-dir DIR] [--show-channel ID]") + QLatin1Char('\n');
    const auto all = commands();
    for (const auto& command : all)
        text += QStringLiteral("       channeldesk %1 [--data-dir DIR]\n")
                    .arg(command->name() + QLatin1Char(' ') + command->synopsis());
    text += QStringLiteral("       channeldesk --help | --version\n\n");
    text += tr("Without a command, opens the ChannelDesk window.") + QStringLiteral("\n\n");
    text += tr("Commands (“channeldesk COMMAND --help” describes each and its options):") + QLatin1Char('\n');
    for (const auto& command : all)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -10).arg(command->summary());
    text += tr("\n"
               "Options:\n"
               "  --data-dir DIR   Where state is kept (default: $CHANNELDESK_DATA_DIR, else the\n"
               "                   XDG data directory, ~/.local/share/channeldesk).\n"
               "  --show-channel ID  (window) Open this channel's page, e.g. to scan its QR.\n"
               "  -h, --help       Show this help.\n"
               "  -v, --version    Show the version.\n"
               "\n"
               "Secrets from the environment (headless servers): CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>,\n"
               "with the channel id upper-cased and '-' written as '_', and FIELD one of ACCESS_TOKEN,\n"
               "APP_SECRET, VERIFY_TOKEN (Cloud API), API_KEY (linked device) or CORP_SECRET, TOKEN,\n"
               "ENCODING_AES_KEY (WeCom).\n"
               "Example: CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN.\n"
               "They take precedence over the keychain.\n"
               "\n"
               "Exit codes: 0 success, 1 the operation failed (e.g. Meta rejected the token),\n"
               "2 invalid input or usage, 3 no keychain available, 4 unknown channel or key; send failures:\n"
               "NOT_CONNECTED (10), RATE_LIMITED (11), INVALID_NUMBER (12), WINDOW_CLOSED (13),\n"
               "OPTED_OUT (14), SEND_FAILED (15), AUTH_FAILED (16), NOT_ALLOWED (17).\n");
    text += tr("\n"
               "channeldesk --server URL attaches the window to a ChannelDesk server (`channeldesk serve`\n"
               "with its API on) instead of the data directory; the API key comes from\n"
               "$CHANNELDESK_SERVER_KEY, else from the keychain, else the window asks for it.\n");
    return text;
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
    // A command's own --help comes first: `channeldesk send --help` describes send.
    if (!args.isEmpty() && commandNames.contains(args.constFirst())) {
        const QString name = args.takeFirst();
        auto all = commands();
        const auto found
            = std::find_if(all.begin(), all.end(), [&name](const auto& c) { return c->name() == name; });
        Command& command = **found;
        const int parsed = command.parse(args);
        if (parsed != Command::Proceed)
            return parsed;
        const QString dataDir = DataDirectory::resolve(explicitDir);
        if (dataDir.isEmpty()) {
            err() << tr("Cannot create the data directory %1.").arg(explicitDir) << '\n';
            return Failed;
        }
        // A damaged store, or one cut to nothing while the journal shows there was data, is said in
        // plain words before a command opens it (and SQLite would take an empty file for a new setup).
        if (name != QLatin1String("repair")) {
            const StoreProblem problem = StoreDiagnosis::checkDataDirectory(dataDir);
            if (!problem.ok()) {
                err() << problem.message << '\n';
                err().flush();
                return Failed;
            }
        }
        const int code = command.run(dataDir);
        out().flush();
        err().flush();
        return code;
    }
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
    return usageError(tr("Unknown command or option “%1”.").arg(args.constFirst()));
}

std::vector<std::unique_ptr<Command>> CommandLine::commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<SetupCommand>());
    all.push_back(std::make_unique<ChannelsCommand>());
    all.push_back(std::make_unique<TestCommand>());
    all.push_back(std::make_unique<ServeCommand>());
    all.push_back(std::make_unique<LogCommand>());
    all.push_back(std::make_unique<ExportCommand>());
    all.push_back(std::make_unique<StatusCommand>());
    all.push_back(std::make_unique<SendCommand>());
    all.push_back(std::make_unique<KeysCommand>());
    all.push_back(std::make_unique<AuditCommand>());
    all.push_back(std::make_unique<ForwardCommand>());
    all.push_back(std::make_unique<RepairCommand>());
    return all;
}

} // namespace ChannelDesk
