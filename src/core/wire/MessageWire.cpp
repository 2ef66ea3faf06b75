// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/MessageWire.h"

#include "wire/WireReader.h"

namespace ChannelDesk {

namespace {

// OutboundItem names the codes but has no way back; the words are few, so look them up.
std::optional<SendCode> parseSendCode(const QString& word)
{
    for (int i = int(SendCode::Ok); i <= int(SendCode::NotAllowed); ++i) {
        if (OutboundItem::codeName(SendCode(i)) == word)
            return SendCode(i);
    }
    return std::nullopt;
}

//! An OutboundContent in its own toJson() shape, refused when fromJson() refuses it (unknown kind).
bool contentFromWire(const QJsonValue& json, OutboundContent* value)
{
    if (!json.isObject())
        return false;
    Result<OutboundContent> content = OutboundContent::fromJson(json.toObject());
    if (!content.ok())
        return false;
    *value = std::move(content.value());
    return true;
}

// statusHistory travels as [{"status": "delivered", "at": ms}, …], oldest first: objects like
// every other value, so a reader sees what each number is.
QJsonArray statusHistoryToWire(const QList<QPair<QString, QDateTime>>& history)
{
    QJsonArray array;
    for (const QPair<QString, QDateTime>& entry : history)
        array.append(QJsonObject{
            {QStringLiteral("status"), entry.first},
            {QStringLiteral("at"), wireTime(entry.second)},
        });
    return array;
}

bool statusHistoryFromWire(const QJsonValue& json, QList<QPair<QString, QDateTime>>* history)
{
    if (!json.isArray())
        return false;
    QList<QPair<QString, QDateTime>> decoded;
    const QJsonArray array = json.toArray();
    for (const QJsonValue& element : array) {
        QPair<QString, QDateTime> entry;
        WireReader reader(element);
        reader.read("status", &entry.first);
        reader.read("at", &entry.second);
        if (!reader.ok())
            return false;
        decoded.append(entry);
    }
    *history = decoded;
    return true;
}

} // namespace

QJsonObject toWire(const ConversationRow& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("peer"), value.peer},
        {QStringLiteral("peer_name"), value.peerName},
        {QStringLiteral("last_message_at"), wireTime(value.lastMessageAt)},
        {QStringLiteral("last_inbound_at"), wireTime(value.lastInboundAt)},
        {QStringLiteral("last_preview"), value.lastPreview},
        {QStringLiteral("last_type"), value.lastType},
        {QStringLiteral("last_direction"), value.lastDirection},
        {QStringLiteral("unread_count"), value.unreadCount},
        {QStringLiteral("taken_over"), value.takenOver},
        {QStringLiteral("taken_over_at"), wireTime(value.takenOverAt)},
        {QStringLiteral("taken_over_by"), value.takenOverBy},
        {QStringLiteral("window_closed_by_meta"), value.windowClosedByMeta},
    };
}

bool fromWire(const QJsonValue& json, ConversationRow* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("channel_id", &value->channelId);
    reader.read("peer", &value->peer);
    reader.read("peer_name", &value->peerName);
    reader.read("last_message_at", &value->lastMessageAt);
    reader.read("last_inbound_at", &value->lastInboundAt);
    reader.read("last_preview", &value->lastPreview);
    reader.read("last_type", &value->lastType);
    reader.read("last_direction", &value->lastDirection);
    reader.read("unread_count", &value->unreadCount);
    // Absent from an older server's rows: those decode as not taken over.
    reader.read("taken_over", &value->takenOver);
    reader.read("taken_over_at", &value->takenOverAt);
    reader.read("taken_over_by", &value->takenOverBy);
    reader.read("window_closed_by_meta", &value->windowClosedByMeta);
    return reader.ok();
}

QJsonObject toWire(const ConversationKey& value)
{
    return QJsonObject{
        {QStringLiteral("last_message_at"), value.lastMessageAt},
        {QStringLiteral("id"), value.id},
    };
}

bool fromWire(const QJsonValue& json, ConversationKey* value)
{
    WireReader reader(json);
    reader.read("last_message_at", &value->lastMessageAt);
    reader.read("id", &value->id);
    return reader.ok();
}

QJsonObject toWire(const MessageKey& value)
{
    return QJsonObject{
        {QStringLiteral("timestamp"), value.timestamp},
        {QStringLiteral("id"), value.id},
    };
}

bool fromWire(const QJsonValue& json, MessageKey* value)
{
    WireReader reader(json);
    reader.read("timestamp", &value->timestamp);
    reader.read("id", &value->id);
    return reader.ok();
}

QJsonObject toWire(const MessageRow& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("conversation_id"), value.conversationId},
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("wamid"), value.wamid},
        {QStringLiteral("direction"), value.direction},
        {QStringLiteral("type"), value.type},
        {QStringLiteral("subtype"), value.subtype},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("media"), value.media},
        {QStringLiteral("context_id"), value.contextId},
        {QStringLiteral("timestamp"), wireTime(value.timestamp)},
        {QStringLiteral("status"), value.status},
        {QStringLiteral("status_at"), wireTime(value.statusAt)},
        {QStringLiteral("sent_by"), value.sentBy},
        {QStringLiteral("quoted_direction"), value.quotedDirection},
        {QStringLiteral("quoted_type"), value.quotedType},
        {QStringLiteral("quoted_text"), value.quotedText},
        {QStringLiteral("reaction_in"), value.reactionIn},
        {QStringLiteral("reaction_out"), value.reactionOut},
        {QStringLiteral("content"), value.content},
    };
}

bool fromWire(const QJsonValue& json, MessageRow* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("conversation_id", &value->conversationId);
    reader.read("channel_id", &value->channelId);
    reader.read("wamid", &value->wamid);
    reader.read("direction", &value->direction);
    reader.read("type", &value->type);
    reader.read("subtype", &value->subtype);
    reader.read("text", &value->text);
    reader.read("media", &value->media);
    reader.read("context_id", &value->contextId);
    reader.read("timestamp", &value->timestamp);
    reader.read("status", &value->status);
    reader.read("status_at", &value->statusAt);
    reader.read("sent_by", &value->sentBy);
    reader.read("quoted_direction", &value->quotedDirection);
    reader.read("quoted_type", &value->quotedType);
    reader.read("quoted_text", &value->quotedText);
    reader.read("reaction_in", &value->reactionIn);
    reader.read("reaction_out", &value->reactionOut);
    if (json.toObject().contains(QLatin1String("content"))) // an older server sends none
        reader.read("content", &value->content);
    return reader.ok();
}

QJsonObject toWire(const SearchHit& value)
{
    return QJsonObject{
        {QStringLiteral("message_id"), value.messageId},
        {QStringLiteral("conversation_id"), value.conversationId},
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("peer"), value.peer},
        {QStringLiteral("peer_name"), value.peerName},
        {QStringLiteral("snippet"), value.snippet},
        {QStringLiteral("timestamp"), wireTime(value.timestamp)},
        {QStringLiteral("direction"), value.direction},
        {QStringLiteral("type"), value.type},
    };
}

bool fromWire(const QJsonValue& json, SearchHit* value)
{
    WireReader reader(json);
    reader.read("message_id", &value->messageId);
    reader.read("conversation_id", &value->conversationId);
    reader.read("channel_id", &value->channelId);
    reader.read("peer", &value->peer);
    reader.read("peer_name", &value->peerName);
    reader.read("snippet", &value->snippet);
    reader.read("timestamp", &value->timestamp);
    reader.read("direction", &value->direction);
    reader.read("type", &value->type);
    return reader.ok();
}

QJsonObject toWire(const SendRequest& value)
{
    return QJsonObject{
        {QStringLiteral("reference"), value.reference},
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("to"), value.to},
        {QStringLiteral("content"), value.content.toJson()},
        {QStringLiteral("source"), value.source},
        {QStringLiteral("sent_by"), value.sentBy},
    };
}

bool fromWire(const QJsonValue& json, SendRequest* value)
{
    WireReader reader(json);
    reader.read("reference", &value->reference);
    reader.read("channel_id", &value->channelId);
    reader.read("to", &value->to);
    reader.readValue("content", &value->content, contentFromWire);
    reader.read("source", &value->source);
    reader.read("sent_by", &value->sentBy);
    return reader.ok();
}

QJsonObject toWire(const SendRefusal& value)
{
    return QJsonObject{
        {QStringLiteral("code"), OutboundItem::codeName(value.code)},
        {QStringLiteral("message"), value.message},
        {QStringLiteral("frees_at"), wireTime(value.freesAt)},
    };
}

bool fromWire(const QJsonValue& json, SendRefusal* value)
{
    WireReader reader(json);
    reader.readWord("code", &value->code, parseSendCode);
    reader.read("message", &value->message);
    reader.read("frees_at", &value->freesAt);
    return reader.ok();
}

QJsonObject toWire(const OutboundItem& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("peer"), value.peer},
        {QStringLiteral("content"), value.content.toJson()},
        {QStringLiteral("state"), value.state},
        {QStringLiteral("message_id"), value.messageId},
        {QStringLiteral("attempts"), value.attempts},
        {QStringLiteral("next_attempt_at"), wireTime(value.nextAttemptAt)},
        {QStringLiteral("error_code"), value.errorCode},
        {QStringLiteral("error"), value.error},
        {QStringLiteral("source"), value.source},
        {QStringLiteral("sent_by"), value.sentBy},
        {QStringLiteral("created_at"), wireTime(value.createdAt)},
        {QStringLiteral("updated_at"), wireTime(value.updatedAt)},
        {QStringLiteral("accepted_at"), wireTime(value.acceptedAt)},
        {QStringLiteral("status_history"), statusHistoryToWire(value.statusHistory)},
    };
}

bool fromWire(const QJsonValue& json, OutboundItem* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("channel_id", &value->channelId);
    reader.read("peer", &value->peer);
    reader.readValue("content", &value->content, contentFromWire);
    reader.read("state", &value->state);
    reader.read("message_id", &value->messageId);
    reader.read("attempts", &value->attempts);
    reader.read("next_attempt_at", &value->nextAttemptAt);
    reader.read("error_code", &value->errorCode);
    reader.read("error", &value->error);
    reader.read("source", &value->source);
    reader.read("sent_by", &value->sentBy);
    reader.read("created_at", &value->createdAt);
    reader.read("updated_at", &value->updatedAt);
    reader.read("accepted_at", &value->acceptedAt);
    reader.readValue("status_history", &value->statusHistory, statusHistoryFromWire);
    return reader.ok();
}

QJsonObject toWire(const ServiceWindow& value)
{
    return QJsonObject{
        {QStringLiteral("last_inbound"), wireTime(value.lastInbound)},
        {QStringLiteral("closed_by_meta"), value.closedByMeta},
    };
}

bool fromWire(const QJsonValue& json, ServiceWindow* value)
{
    WireReader reader(json);
    reader.read("last_inbound", &value->lastInbound);
    reader.read("closed_by_meta", &value->closedByMeta);
    return reader.ok();
}

QJsonObject toWire(const SendUsage& value)
{
    return QJsonObject{
        {QStringLiteral("today"), value.today},
        {QStringLiteral("max_per_day"), value.maxPerDay},
        {QStringLiteral("busiest_recipient_hour"), value.busiestRecipientHour},
        {QStringLiteral("busiest_recipient"), value.busiestRecipient},
    };
}

bool fromWire(const QJsonValue& json, SendUsage* value)
{
    WireReader reader(json);
    reader.read("today", &value->today);
    reader.read("max_per_day", &value->maxPerDay);
    reader.read("busiest_recipient_hour", &value->busiestRecipientHour);
    reader.read("busiest_recipient", &value->busiestRecipient);
    return reader.ok();
}

QJsonObject toWire(const TemplateInfo& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("status"), value.status},
        {QStringLiteral("category"), value.category},
        {QStringLiteral("parameter_format"), value.parameterFormat},
        {QStringLiteral("body_text"), value.bodyText},
        {QStringLiteral("body_parameter_count"), value.bodyParameterCount},
        {QStringLiteral("body_parameter_names"), QJsonArray::fromStringList(value.bodyParameterNames)},
    };
}

bool fromWire(const QJsonValue& json, TemplateInfo* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("name", &value->name);
    reader.read("language", &value->language);
    reader.read("status", &value->status);
    reader.read("category", &value->category);
    reader.read("parameter_format", &value->parameterFormat);
    reader.read("body_text", &value->bodyText);
    reader.read("body_parameter_count", &value->bodyParameterCount);
    reader.read("body_parameter_names", &value->bodyParameterNames);
    return reader.ok();
}

} // namespace ChannelDesk
