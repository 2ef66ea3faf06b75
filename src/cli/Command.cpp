// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "CommandLine.h"
#include "channels/ChannelManager.h"
#include "util/FutureWait.h"

#include <QTextStream>

namespace ChannelDesk {

Command::Command(const QString& name, const QString& synopsis)
    : m_name(name)
    , m_synopsis(synopsis)
{
    // A single-dash word is one long option ("-json" is --json, not -j -s -o -n), so a mistyped
    // option is reported by its whole name.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("data-dir"),
        tr("Where state is kept (default: $CHANNELDESK_DATA_DIR, else ~/.local/share/channeldesk)."),
        QStringLiteral("DIR")));
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

QString Command::helpText() const
{
    // QCommandLineParser's own usage line names the executable but not the command; keep only the
    // option list that follows it.
    QString options = m_parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
    while (options.startsWith(QLatin1Char('\n')))
        options.remove(0, 1);
    return tr("Usage: channeldesk %1 [--data-dir DIR]").arg(m_name + QLatin1Char(' ') + m_synopsis)
        + QStringLiteral("\n\n") + description() + QLatin1Char('\n') + options;
}

int Command::parse(const QStringList& arguments)
{
    // The parser skips the first argument, the program's name.
    if (!m_parser.parse(QStringList{QStringLiteral("channeldesk")} + arguments))
        return usageError(QStringLiteral("%1: %2").arg(m_name, m_parser.errorText()));
    if (m_parser.isSet(QStringLiteral("help"))) {
        CommandLine::standardOutput() << helpText();
        CommandLine::standardOutput().flush();
        return CommandLine::Success;
    }
    return checkPositional(m_parser.positionalArguments());
}

int Command::checkPositional(const QStringList& positional)
{
    if (!positional.isEmpty())
        return usageError(tr("%1: unexpected argument “%2”.").arg(m_name, positional.constFirst()));
    return Proceed;
}

int Command::usageError(const QString& message) const
{
    QTextStream& err = CommandLine::standardError();
    err << message << '\n' << tr("Run “channeldesk %1 --help” for usage.").arg(m_name) << '\n';
    err.flush();
    return CommandLine::InvalidInput;
}

int Command::findChannel(ChannelManager& manager, const QString& id, Channel* channel)
{
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return CommandLine::Failed;
    }
    const std::optional<Channel> found = manager.channel(id);
    if (!found) {
        err() << tr("There is no channel “%1”. “channeldesk channels” lists them.").arg(id) << '\n';
        return CommandLine::UnknownChannel;
    }
    *channel = *found;
    return Proceed;
}

QTextStream& Command::out()
{
    return CommandLine::standardOutput();
}

QTextStream& Command::err()
{
    return CommandLine::standardError();
}

} // namespace ChannelDesk
