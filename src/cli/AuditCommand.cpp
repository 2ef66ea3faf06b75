// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "CommandLine.h"
#include "store/AuditStore.h"
#include "util/DataDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ChannelDesk {
namespace {

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"), QStringLiteral("[--limit N] [--json]"))
{
    m_parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                          tr("Only the newest N entries (default %1).").arg(DefaultLimit),
                                          QStringLiteral("N")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("json"), tr("Print one JSON object with the arrays \"entries\" and \"refusals\".")));
}

QString AuditCommand::summary() const
{
    return tr("Print the audit log of changes and refused requests.");
}

QString AuditCommand::description() const
{
    return tr("Print the audit log, oldest first (the newest N with --limit): time (ISO 8601 UTC),\n"
              "key name, remote address, action, target and result, separated by tabs. Key\n"
              "changes from the command line show \"cli\" as key and address. Then the refused\n"
              "requests (401, 403, 429), counted per minute, key and address.\n");
}

int AuditCommand::run(const QString& dataDir)
{
    int limit = DefaultLimit;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(tr("audit: --limit needs a positive number."));
    }
    const AuditStore store(DataDirectory::databasePath(dataDir));
    Result<QList<AuditEntry>> entries = store.recent(limit);
    if (!entries.ok()) {
        err() << entries.error().message << '\n';
        return CommandLine::Failed;
    }
    Result<QList<RefusalCount>> refusals = store.refusals(limit);
    if (!refusals.ok()) {
        err() << refusals.error().message << '\n';
        return CommandLine::Failed;
    }
    // The store answers newest first; a log reads oldest first.
    std::reverse(entries.value().begin(), entries.value().end());
    std::reverse(refusals.value().begin(), refusals.value().end());

    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray entryArray;
        for (const AuditEntry& e : entries.value()) {
            entryArray.append(QJsonObject{{QStringLiteral("at"), isoTime(e.at)},
                                          {QStringLiteral("key"), e.keyName},
                                          {QStringLiteral("remote"), e.remote},
                                          {QStringLiteral("action"), e.action},
                                          {QStringLiteral("target"), e.target},
                                          {QStringLiteral("result"), e.result}});
        }
        QJsonArray refusalArray;
        for (const RefusalCount& r : refusals.value()) {
            refusalArray.append(QJsonObject{{QStringLiteral("minute"), isoTime(r.minute)},
                                            {QStringLiteral("key"), r.keyName},
                                            {QStringLiteral("remote"), r.remote},
                                            {QStringLiteral("status"), r.status},
                                            {QStringLiteral("count"), r.count}});
        }
        const QJsonObject object{{QStringLiteral("entries"), entryArray},
                                 {QStringLiteral("refusals"), refusalArray}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (entries.value().isEmpty() && refusals.value().isEmpty()) {
        out() << tr("The audit log is empty.") << '\n';
        return CommandLine::Success;
    }
    // Untranslated columns on purpose: scripts parse them.
    for (const AuditEntry& e : entries.value()) {
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                     .arg(isoTime(e.at), e.keyName, e.remote, e.action, e.target,
                          QString(e.result).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    if (!refusals.value().isEmpty()) {
        out() << '\n' << tr("Refused requests (minute, key, address, status, count):") << '\n';
        for (const RefusalCount& r : refusals.value()) {
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(isoTime(r.minute), r.keyName.isEmpty() ? QStringLiteral("-") : r.keyName,
                              r.remote)
                         .arg(r.status)
                         .arg(r.count);
        }
    }
    return CommandLine::Success;
}

} // namespace ChannelDesk
