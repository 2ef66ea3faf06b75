// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DiagnosticSummary.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "health/ChannelStateSummary.h"
#include "model/LinkTypes.h"
#include "model/ReceiverStatus.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QSysInfo>
#include <QtGlobal>

namespace ChannelDesk {
namespace {

// The report is read by whoever helps, so it stays in English whatever the operator's language:
// its strings are deliberately not translated.
QString receiverText(const ReceiverStatus& status)
{
    switch (status.state) {
    case ReceiverStatus::State::Loading:
        return QStringLiteral("loading");
    case ReceiverStatus::State::Stopped:
        return QStringLiteral("stopped");
    case ReceiverStatus::State::Starting:
        return QStringLiteral("starting");
    case ReceiverStatus::State::Running:
        return QStringLiteral("running on %1, %2 channel(s) served, backlog %3")
            .arg(status.listenAddress)
            .arg(status.servedChannels)
            .arg(status.backlog);
    case ReceiverStatus::State::Failed:
        return QStringLiteral("failed: %1").arg(DiagnosticSummary::scrub(status.text));
    }
    return {};
}

QString firstLine(const QString& text)
{
    constexpr int maxLength = 200;
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > maxLength ? line.left(maxLength) + QStringLiteral("…") : line;
}

} // namespace

QString DiagnosticSummary::build(const Desk* desk)
{
    QStringList lines;
    lines << QStringLiteral("ChannelDesk %1").arg(QStringLiteral(CHANNELDESK_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("System: %1, %2 %3, %4")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    if (!desk) {
        lines << QStringLiteral("No data directory or server: ChannelDesk could not start its desk.");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    const DeskConnection connection = desk->connection();
    if (connection.isRemote())
        lines << QStringLiteral("Console attached to %1 (%2, role %3)")
                     .arg(connection.placeName(),
                          connection.isUp() ? QStringLiteral("connected") : QStringLiteral("not connected"),
                          apiRoleName(connection.role));
    else
        lines << QStringLiteral("Data directory: %1").arg(desk->location());

    const QList<Channel> channels = desk->channels();
    QMap<QString, int> kinds;
    for (const Channel& channel : channels)
        ++kinds[channel.kind];
    QStringList kindCounts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindCounts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    lines << QStringLiteral("Channels: %1%2")
                 .arg(channels.size())
                 .arg(kindCounts.isEmpty()
                          ? QString()
                          : QStringLiteral(" (%1)").arg(kindCounts.join(QStringLiteral(", "))));
    const QList<ChannelState> states = desk->channelStates();
    QStringList errors;
    for (const Channel& channel : channels) {
        QString state = QStringLiteral("unknown");
        for (const ChannelState& s : states) {
            if (s.channelId != channel.id)
                continue;
            state = s.degraded ? QStringLiteral("degraded") : LinkStateText::id(s.state);
            if (!s.lastError.isEmpty())
                errors << QStringLiteral("  %1 at %2: %3")
                              .arg(channel.id, s.lastErrorAt.toUTC().toString(Qt::ISODate),
                                   scrub(firstLine(s.lastError)));
        }
        lines << QStringLiteral("  %1: %2, %3, %4")
                     .arg(channel.id, channel.kind,
                          channel.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"), state);
    }
    lines << QStringLiteral("Receiver: %1").arg(receiverText(desk->receiverStatus()));
    lines << QStringLiteral("Recent errors: %1").arg(errors.isEmpty() ? QStringLiteral("none") : QString());
    lines << errors;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DiagnosticSummary::scrub(const QString& text)
{
    static const QRegularExpression named(
        QStringLiteral("((?:token|secret|key|password|signature)[a-z_]*\\s*[=:]\\s*)[^\\s&,;]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_\\-]{24,}"));
    QString scrubbed = text;
    scrubbed.replace(named, QStringLiteral("\\1[redacted]"));
    scrubbed.replace(tokenLike, QStringLiteral("[redacted]"));
    return scrubbed;
}

} // namespace ChannelDesk
