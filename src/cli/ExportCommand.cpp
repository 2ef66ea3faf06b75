// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CommandLine.h"
#include "LogCommand.h"
#include "store/LogExporter.h"
#include "util/DataDirectory.h"
#include "util/PrivateFile.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <tuple>

namespace ChannelDesk {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              QStringLiteral("[--channel ID] [--since DATE] [--until DATE] [--output FILE]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("channel"), tr("Only this channel."), QStringLiteral("ID")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("since"),
                                          tr("Only messages at or after DATE (YYYY-MM-DD or ISO 8601 "
                                             "date and time; UTC)."),
                                          QStringLiteral("DATE")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("until"), tr("Only messages before DATE; a date alone includes that whole day (UTC)."),
        QStringLiteral("DATE")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("output"),
                           tr("Write to FILE (created owner-only, replaced when complete) instead of "
                              "standard output."),
                           QStringLiteral("FILE")));
}

QString ExportCommand::summary() const
{
    return tr("Export the conversation log as JSON lines.");
}

QString ExportCommand::description() const
{
    return tr("Print every message of the conversation log, oldest first, one JSON object per line\n"
              "with the fields of “log --json”: channel, direction, peer, peer_name, message_id,\n"
              "type, subtype, text, timestamp (ISO 8601 UTC), status, sent_by. Rows are read one\n"
              "at a time, so a log of any size exports in constant memory. Run it before setting\n"
              "a message retention (settings.ini retention/messageDays) to keep what it prunes.\n");
}

QDateTime ExportCommand::parseDate(const QString& text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}

int ExportCommand::run(const QString& dataDir)
{
    LogExportQuery query;
    query.channelId = m_parser.value(QStringLiteral("channel"));
    for (const auto& [option, target, endOfDay] :
         {std::make_tuple(QStringLiteral("since"), &query.since, false),
          std::make_tuple(QStringLiteral("until"), &query.until, true)}) {
        if (!m_parser.isSet(option))
            continue;
        *target = parseDate(m_parser.value(option), endOfDay);
        if (!target->isValid())
            return usageError(
                tr("export: --%1 needs a date (2026-11-01) or an ISO 8601 date and time.").arg(option));
    }
    const QString outputPath = m_parser.value(QStringLiteral("output"));
    // Written to a temporary file beside it and renamed at the end, so an interrupted export never
    // leaves half a file that looks whole.
    QSaveFile file(outputPath);
    if (!outputPath.isEmpty()) {
        // QSaveFile keeps an existing file's mode: start from an owner-only one.
        if (!PrivateFile::create(outputPath) || !PrivateFile::narrow(outputPath)
            || !file.open(QIODevice::WriteOnly)) {
            err() << tr("export: cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
            return CommandLine::Failed;
        }
    }
    QTextStream& standardOutput = out();
    bool written = true;
    const Result<qint64> exported
        = LogExporter(DataDirectory::databasePath(dataDir)).forEach(query, [&](const LogEntry& entry) {
              QByteArray line = QJsonDocument(LogCommand::toJson(entry)).toJson(QJsonDocument::Compact);
              line.append('\n');
              if (outputPath.isEmpty()) {
                  standardOutput << QString::fromUtf8(line);
                  written = standardOutput.status() == QTextStream::Ok;
              } else {
                  written = file.write(line) == line.size();
              }
              return written;
          });
    if (!exported.ok()) {
        err() << exported.error().message << '\n';
        return CommandLine::Failed;
    }
    standardOutput.flush();
    if (!written || (!outputPath.isEmpty() && !file.commit())) {
        err() << tr("export: cannot write %1: %2")
                     .arg(outputPath.isEmpty() ? tr("standard output") : outputPath, file.errorString())
              << '\n';
        return CommandLine::Failed;
    }
    if (!outputPath.isEmpty()) {
        PrivateFile::narrow(outputPath);
        err() << tr("export: %n messages written to %1.", nullptr, int(exported.value())).arg(outputPath)
              << '\n';
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
