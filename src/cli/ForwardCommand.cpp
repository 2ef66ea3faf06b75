// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForwardCommand.h"

#include "CommandLine.h"
#include "forward/ForwardQueue.h"
#include "util/DataDirectory.h"

#include <QFileInfo>
#include <QTextStream>

namespace ChannelDesk {

ForwardCommand::ForwardCommand()
    : Command(QStringLiteral("forward"), QStringLiteral("--status | --retry [--channel ID]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("status"),
                           tr("Print per channel the deliveries waiting for the bot and the parked ones.")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("retry"), tr("Send the parked deliveries to the bot again.")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("channel"), tr("Only this channel's deliveries."),
                                          QStringLiteral("ID")));
}

QString ForwardCommand::summary() const
{
    return tr("Show or retry the deliveries waiting for the channels' bots.");
}

QString ForwardCommand::description() const
{
    return tr("Channels with a forward_url pass every accepted delivery on to their bot. --status\n"
              "prints one line per channel: channel id, waiting, parked, the acknowledgement time of\n"
              "the oldest waiting one (ISO 8601 UTC, \"-\" if none) and the bot's last error,\n"
              "separated by tabs. Deliveries the bot refused for longer than the maximum age are\n"
              "parked; --retry queues them again (a running serve picks them up within a second).\n");
}

int ForwardCommand::run(const QString& dataDir)
{
    const bool status = m_parser.isSet(QStringLiteral("status"));
    const bool retry = m_parser.isSet(QStringLiteral("retry"));
    if (status == retry)
        return usageError(tr("forward: give --status or --retry."));
    const QString channel = m_parser.value(QStringLiteral("channel"));
    const QString path = DataDirectory::journalPath(dataDir);
    if (!QFileInfo::exists(path)) {
        if (status)
            out() << tr("Nothing was received yet; nothing waits for a bot.") << '\n';
        else
            out() << tr("Nothing is parked.") << '\n';
        return CommandLine::Success;
    }
    ForwardQueue queue(path);
    if (retry) {
        const Result<qint64> queued = queue.retryParked(channel);
        if (!queued.ok()) {
            err() << queued.error().message << '\n';
            return CommandLine::Failed;
        }
        out() << tr("%n parked delivery(s) queued for the bot again.", nullptr, int(queued.value())) << '\n';
        return CommandLine::Success;
    }
    const Result<QList<ForwardBacklog>> rows = queue.backlog();
    if (!rows.ok()) {
        err() << rows.error().message << '\n';
        return CommandLine::Failed;
    }
    bool any = false;
    // Untranslated columns on purpose: scripts parse them.
    for (const ForwardBacklog& row : rows.value()) {
        if (!channel.isEmpty() && row.channelId != channel)
            continue;
        any = true;
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(row.channelId)
                     .arg(row.waiting)
                     .arg(row.parked)
                     .arg(row.oldestWaiting.isValid() ? row.oldestWaiting.toString(Qt::ISODate)
                                                      : QStringLiteral("-"),
                          QString(row.lastError).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    if (!any)
        out() << tr("Nothing waits for a bot.") << '\n';
    return CommandLine::Success;
}

} // namespace ChannelDesk
