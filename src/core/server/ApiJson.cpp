// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiJson.h"

#include <QJsonArray>

namespace ChannelDesk {

QString ApiJson::stateWord(LinkState state)
{
    // Unknown is a channel nothing was heard of yet: to a caller, it is starting.
    if (state == LinkState::Unknown)
        return QStringLiteral("starting");
    return LinkStateText::id(state).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString ApiJson::stateWord(const ChannelState& state)
{
    // As the window: degraded shows only where it is the channel's worst problem.
    if (state.degraded && ChannelStateSummary::severity(state) == ChannelStateSummary::Severity::Degraded)
        return QStringLiteral("degraded");
    return stateWord(state.state);
}

QJsonValue ApiJson::time(const QDateTime& at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject ApiJson::channel(const Channel& channel, const ChannelState& state)
{
    return QJsonObject{
        {QStringLiteral("id"), channel.id},
        {QStringLiteral("name"), channel.name},
        {QStringLiteral("kind"), channel.kind},
        {QStringLiteral("enabled"), channel.enabled},
        {QStringLiteral("state"), channel.enabled ? stateWord(state) : QStringLiteral("stopped")},
        {QStringLiteral("connected"),
         channel.enabled && !state.degraded && state.state == LinkState::Connected}};
}

QJsonObject ApiJson::conversation(const ConversationRow& row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("channel"), row.channelId},
                       {QStringLiteral("peer"), row.peer},
                       {QStringLiteral("peer_name"), row.peerName},
                       {QStringLiteral("last_message_at"), time(row.lastMessageAt)},
                       {QStringLiteral("last_inbound_at"), time(row.lastInboundAt)},
                       {QStringLiteral("last_preview"), row.lastPreview},
                       {QStringLiteral("last_type"), row.lastType},
                       {QStringLiteral("last_direction"), row.lastDirection},
                       {QStringLiteral("unread"), row.unreadCount},
                       {QStringLiteral("taken_over"), row.takenOver},
                       {QStringLiteral("taken_over_at"), time(row.takenOverAt)},
                       {QStringLiteral("taken_over_by"), row.takenOverBy}};
}

QJsonObject ApiJson::templateOf(const OutboundContent& c)
{
    QJsonObject json{{QStringLiteral("name"), c.templateName},
                     {QStringLiteral("language"), c.templateLanguage},
                     {QStringLiteral("params"), QJsonArray::fromStringList(c.templateParameters)}};
    if (!c.templateBody.isEmpty())
        json.insert(QStringLiteral("body"), c.templateBody);
    if (!c.templateHeaderType.isEmpty())
        json.insert(QStringLiteral("header"),
                    QJsonObject{{QStringLiteral("type"), c.templateHeaderType},
                                {c.templateHeaderType == QLatin1String("text") ? QStringLiteral("text")
                                                                               : QStringLiteral("link"),
                                 c.templateHeader}});
    if (!c.templateButtons.isEmpty()) {
        QJsonArray buttons;
        for (const TemplateButtonParameter& button : c.templateButtons) {
            const bool url = button.type == TemplateButtonParameter::Type::Url;
            buttons.append(
                QJsonObject{{QStringLiteral("type"), TemplateButtonParameter::typeName(button.type)},
                            {QStringLiteral("index"), button.index},
                            {url ? QStringLiteral("url_suffix") : QStringLiteral("payload"), button.value}});
        }
        json.insert(QStringLiteral("buttons"), buttons);
    }
    return json;
}

QJsonObject ApiJson::message(const MessageRow& row, const QString& peer, const QString& peerName)
{
    QJsonObject json{{QStringLiteral("channel"), row.channelId},
                     {QStringLiteral("direction"), row.direction},
                     {QStringLiteral("peer"), peer},
                     {QStringLiteral("peer_name"), peerName},
                     {QStringLiteral("message_id"), row.wamid},
                     {QStringLiteral("type"), row.type},
                     {QStringLiteral("subtype"), row.subtype},
                     {QStringLiteral("text"), row.text},
                     {QStringLiteral("timestamp"), row.timestamp.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("status"), row.status},
                     {QStringLiteral("sent_by"), row.sentBy}};
    if (!row.content.isEmpty()) {
        const Result<OutboundContent> content = OutboundContent::fromJson(row.content);
        if (content.ok() && content.value().kind == OutboundContent::Kind::Template)
            json.insert(QStringLiteral("template"), templateOf(content.value()));
    }
    return json;
}

QJsonObject ApiJson::outbound(const OutboundItem& item)
{
    QJsonArray history;
    for (const auto& [status, at] : item.statusHistory)
        history.append(QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("at"), time(at)}});
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("channel"), item.channelId},
                       {QStringLiteral("to"), item.peer},
                       {QStringLiteral("state"), item.state},
                       {QStringLiteral("message_id"), item.messageId},
                       {QStringLiteral("attempts"), item.attempts},
                       {QStringLiteral("error"), item.error},
                       {QStringLiteral("created_at"), time(item.createdAt)},
                       {QStringLiteral("accepted_at"), time(item.acceptedAt)},
                       {QStringLiteral("sent_by"), item.sentBy},
                       {QStringLiteral("statuses"), history}};
}

} // namespace ChannelDesk
