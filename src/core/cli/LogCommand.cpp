// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LogCommand.h"

#include "cli/CommandLine.h"
#include "linking/GatewayAdapter.h"
#include "store/ConversationReader.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace ChannelDesk {

QJsonObject LogCommand::toJson(const LogEntry& e)
{
    return QJsonObject{{QStringLiteral("channel"), e.channelId},
                       {QStringLiteral("direction"), e.direction},
                       {QStringLiteral("peer"), e.peer},
                       {QStringLiteral("peer_name"), e.peerName},
                       {QStringLiteral("message_id"), e.messageId},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("subtype"), e.subtype},
                       {QStringLiteral("text"), e.text},
                       {QStringLiteral("timestamp"), e.timestamp.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("status"), e.status}};
}

QString LogCommand::toText(const LogEntry& e)
{
    const QString arrow = e.direction == QLatin1String("in") ? QStringLiteral("←") : QStringLiteral("→");
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(e.timestamp.toUTC().toString(Qt::ISODate), e.channelId, arrow, e.peer);
    if (!e.peerName.isEmpty())
        line += QLatin1Char(' ') + e.peerName;
    line += QStringLiteral(" [%1]").arg(e.subtype.isEmpty() ? e.type : e.type + QLatin1Char('/') + e.subtype);
    if (!e.text.isEmpty())
        line += QLatin1Char(' ') + QString(e.text).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (!e.status.isEmpty())
        line += QStringLiteral(" (%1)").arg(e.status);
    return line;
}

int LogCommand::run(const QString& dataDir, const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LogQuery query;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--channel") && hasValue) {
            query.channelId = arguments.at(++i);
        } else if (arg == QLatin1String("--peer") && hasValue) {
            query.peer = ChannelDesk::normalisePeer(arguments.at(++i));
        } else if (arg == QLatin1String("--limit") && hasValue) {
            bool ok = false;
            query.limit = arguments.at(++i).toInt(&ok);
            if (!ok || query.limit <= 0) {
                err << tr("--limit needs a positive number.") << '\n';
                return CommandLine::InvalidInput;
            }
        } else {
            err << tr("log: unexpected argument “%1”.").arg(arg) << '\n';
            return CommandLine::InvalidInput;
        }
    }
    const ConversationReader reader(DataDirectory::databasePath(dataDir));
    const Result<QList<LogEntry>> entries = reader.log(query);
    if (!entries.ok()) {
        err << entries.error().message << '\n';
        return CommandLine::Failed;
    }
    for (const LogEntry& entry : entries.value()) {
        if (json)
            out << QString::fromUtf8(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact)) << '\n';
        else
            out << toText(entry) << '\n';
    }
    // Acknowledged but not yet built (a receiver is building them, or one was killed): not lost,
    // and the reader should know they are coming rather than think them missing.
    const QString journalPath = DataDirectory::journalPath(dataDir);
    const Result<qint64> built = MessageStore(DataDirectory::databasePath(dataDir)).journalProgress();
    if (QFile::exists(journalPath) && built.ok()) {
        DeliveryJournal journal(journalPath);
        const auto waiting = journal.countAfter(built.value());
        if (waiting.ok() && waiting.value().first > 0)
            err << tr(
                "log: %n acknowledged deliveries are in the delivery journal but not yet in this log; a "
                "running receiver adds them within a second, a stopped one when it next starts.",
                nullptr, int(waiting.value().first))
                << '\n';
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
