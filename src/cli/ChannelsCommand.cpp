// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelsCommand.h"

#include "CommandLine.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "util/FutureWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ChannelDesk {
ChannelsCommand::ChannelsCommand()
    : Command(QStringLiteral("channels"), QStringLiteral("[--json]"))
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("json"), tr("Print a JSON array of the channels with their non-secret fields.")));
}

QString ChannelsCommand::summary() const
{
    return tr("List the channels (never their secrets).");
}

QString ChannelsCommand::description() const
{
    return tr("List channels: id, kind, name, enabled, webhook URL, one a line and separated by tabs.\n"
              "Never prints secrets.\n");
}

int ChannelsCommand::run(const QString& dataDir)
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
