// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCommand.h"

#include "CommandLine.h"
#include "linking/GatewayAdapter.h"
#include "store/ConversationReader.h"
#include "store/DeliveryJournal.h"
#include "store/MessageSearch.h"
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
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("sent_by"), e.sentBy}};
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
    if (!e.sentBy.isEmpty())
        line += QStringLiteral(" — sent by %1").arg(e.sentBy);
    return line;
}

LogCommand::LogCommand()
    : Command(QStringLiteral("log"),
              QStringLiteral("[--channel ID] [--peer ID] [--search TEXT] [--limit N] [--json]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("channel"), tr("Only this channel."), QStringLiteral("ID")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("peer"), tr("Only this peer; a number with or without +, spaces and dashes."),
        QStringLiteral("ID")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("search"),
        tr("Only what the window's search finds for TEXT: messages containing it, and contacts whose name "
           "or number does (their last message)."),
        QStringLiteral("TEXT")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("limit"), tr("Only the newest N messages."), QStringLiteral("N")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object per line.")));
}

QString LogCommand::summary() const
{
    return tr("Print the conversation log.");
}

QString LogCommand::description() const
{
    return tr("Print the conversation log, oldest first (with --limit, the newest N). --json\n"
              "prints one object per line: channel, direction, peer, message_id, type, text,\n"
              "timestamp (ISO 8601 UTC), status, sent_by (the API key's name or the operator\n"
              "who sent an outbound message through ChannelDesk; empty otherwise).\n"
              "--search TEXT finds what the window's search finds: every word of TEXT as part of a\n"
              "message (any script: 退货 finds 你好，我想退货; accents and case do not matter: muller\n"
              "finds Müller; 7781 finds R-77812), or of a contact's name or number (5511987 finds\n"
              "+55 11 98765-4321), at most the newest 200 (or N with --limit). With --json each\n"
              "object then has match: \"text\", or \"contact\" for a contact's last message.\n");
}

int LogCommand::run(const QString& dataDir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LogQuery query;
    const bool json = m_parser.isSet(QStringLiteral("json"));
    query.channelId = m_parser.value(QStringLiteral("channel"));
    if (m_parser.isSet(QStringLiteral("peer")))
        query.peer = ChannelDesk::normalisePeer(m_parser.value(QStringLiteral("peer")));
    QString search;
    if (m_parser.isSet(QStringLiteral("search"))) {
        search = m_parser.value(QStringLiteral("search"));
        if (search.trimmed().isEmpty()) {
            err << tr("--search needs some text to find.") << '\n';
            return CommandLine::InvalidInput;
        }
    }
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0) {
            err << tr("--limit needs a positive number.") << '\n';
            return CommandLine::InvalidInput;
        }
    }
    if (!search.isEmpty())
        return printSearch(DataDirectory::databasePath(dataDir), query, search, json);
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

int LogCommand::printSearch(const QString& databasePath, const LogQuery& query, const QString& text,
                            bool json)
{
    QTextStream out(stdout);
    const auto lines = MessageSearch(databasePath).log(query, text);
    if (!lines.ok()) {
        QTextStream(stderr) << lines.error().message << '\n';
        return CommandLine::Failed;
    }
    for (const MessageSearch::LogMatch& line : lines.value()) {
        if (json) {
            QJsonObject object = toJson(line.entry);
            object.insert(QStringLiteral("match"), line.match);
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else if (line.match == QLatin1String("contact")) {
            out << toText(line.entry) << ' ' << tr("(the contact matches; their last message)") << '\n';
        } else {
            out << toText(line.entry) << '\n';
        }
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
