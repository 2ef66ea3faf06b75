// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleVerbs.h"

namespace ChannelDesk {

const QList<ConsoleVerb>& ConsoleVerbs::all()
{
    static const QList<ConsoleVerb> verbs{
        {QStringLiteral("session"), ApiRole::Viewer, {}},
        {QStringLiteral("snapshot"), ApiRole::Viewer, {}},
        {QStringLiteral("channelEvents"), ApiRole::Viewer, {}},
        {QStringLiteral("conversations"), ApiRole::Viewer, {}},
        {QStringLiteral("conversation"), ApiRole::Viewer, {}},
        {QStringLiteral("conversationWith"), ApiRole::Viewer, {}},
        {QStringLiteral("olderMessages"), ApiRole::Viewer, {}},
        {QStringLiteral("newerMessages"), ApiRole::Viewer, {}},
        {QStringLiteral("messageKey"), ApiRole::Viewer, {}},
        {QStringLiteral("search"), ApiRole::Viewer, {}},
        {QStringLiteral("queryConversation"), ApiRole::Viewer, {}},
        {QStringLiteral("outboundItem"), ApiRole::Viewer, {}},
        {QStringLiteral("sendUsage"), ApiRole::Viewer, {}},
        {QStringLiteral("templates"), ApiRole::Viewer, {}},
        {QStringLiteral("media"), ApiRole::Viewer, {}},
        {QStringLiteral("mediaInfo"), ApiRole::Viewer, {}},
        {QStringLiteral("markConversationRead"), ApiRole::Sender, QStringLiteral("conversation.read")},
        {QStringLiteral("upload"), ApiRole::Sender, QStringLiteral("media.upload")},
        {QStringLiteral("send"), ApiRole::Sender, QStringLiteral("send")},
        {QStringLiteral("markRead"), ApiRole::Sender, QStringLiteral("message.read")},
        // Only reads, but with credentials the caller may have typed: who tried what is worth keeping.
        {QStringLiteral("testConnection"), ApiRole::Sender, QStringLiteral("connection.test")},
        {QStringLiteral("clearOptOut"), ApiRole::Operator, QStringLiteral("clear-opt-out")},
        {QStringLiteral("conversation.takeover"), ApiRole::Operator, QStringLiteral("conversation.takeover")},
        {QStringLiteral("conversation.return"), ApiRole::Operator, QStringLiteral("conversation.return")},
        {QStringLiteral("checkHealth"), ApiRole::Operator, QStringLiteral("health.check")},
        {QStringLiteral("link"), ApiRole::Operator, QStringLiteral("link")},
        {QStringLiteral("pairingCode"), ApiRole::Operator, QStringLiteral("pairing-code")},
        {QStringLiteral("saveChannels"), ApiRole::Admin, QStringLiteral("channel.save")},
        {QStringLiteral("removeChannel"), ApiRole::Admin, QStringLiteral("channel.remove")},
        // A secret leaving the server is recorded even though nothing changes.
        {QStringLiteral("readSecret"), ApiRole::Admin, QStringLiteral("channel.secret.read")},
        {QStringLiteral("apiKeys"), ApiRole::Admin, {}},
        {QStringLiteral("createApiKey"), ApiRole::Admin, QStringLiteral("key.create")},
        {QStringLiteral("revokeApiKey"), ApiRole::Admin, QStringLiteral("key.revoke")},
        {QStringLiteral("auditLog"), ApiRole::Admin, {}},
        {QStringLiteral("refusalCounts"), ApiRole::Admin, {}},
        // The bot bridge (issue 15): its health per minute, and parked deliveries sent again.
        {QStringLiteral("botHistory"), ApiRole::Viewer, {}},
        {QStringLiteral("retryParked"), ApiRole::Operator, QStringLiteral("forward.retry")},
    };
    return verbs;
}

std::optional<ConsoleVerb> ConsoleVerbs::find(const QString& name)
{
    for (const ConsoleVerb& verb : all())
        if (verb.name == name)
            return verb;
    return std::nullopt;
}

} // namespace ChannelDesk
