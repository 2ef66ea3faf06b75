// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/ChannelWire.h"

#include "wire/WireReader.h"

#include <QJsonArray>

// Channels, their states and links. Health checks, secrets, keys and the audit log of the same
// header are in AdminWire.cpp.

namespace ChannelDesk {

namespace {

std::optional<LinkState> parseLinkState(const QString& word)
{
    for (int i = int(LinkState::Unknown); i <= int(LinkState::Stopped); ++i) {
        if (LinkStateText::id(LinkState(i)) == word)
            return LinkState(i);
    }
    return std::nullopt;
}

const WireWord<TransportProblem> transportProblems[] = {
    {TransportProblem::None, "none"},
    {TransportProblem::AuthRejected, "auth-rejected"},
    {TransportProblem::Unreachable, "unreachable"},
    {TransportProblem::GatewayError, "gateway-error"},
    {TransportProblem::GaveUp, "gave-up"},
};

const WireWord<ReceiverStatus::State> receiverStates[] = {
    {ReceiverStatus::State::Loading, "loading"},   {ReceiverStatus::State::Stopped, "stopped"},
    {ReceiverStatus::State::Starting, "starting"}, {ReceiverStatus::State::Running, "running"},
    {ReceiverStatus::State::Failed, "failed"},
};

const WireWord<ApiServerStatus::State> apiServerStates[] = {
    {ApiServerStatus::State::Off, "off"},
    {ApiServerStatus::State::Running, "running"},
    {ApiServerStatus::State::Failed, "failed"},
};

} // namespace

QJsonObject toWire(const Channel& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("kind"), value.kind},
        {QStringLiteral("enabled"), value.enabled},
        {QStringLiteral("fields"), value.fields},
        {QStringLiteral("created_at"), wireTime(value.createdAt)},
        {QStringLiteral("updated_at"), wireTime(value.updatedAt)},
    };
}

bool fromWire(const QJsonValue& json, Channel* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("name", &value->name);
    reader.read("kind", &value->kind);
    reader.read("enabled", &value->enabled);
    reader.read("fields", &value->fields);
    reader.read("created_at", &value->createdAt);
    reader.read("updated_at", &value->updatedAt);
    return reader.ok();
}

QJsonObject toWire(const ChannelDraft& value)
{
    QJsonObject secrets;
    for (auto it = value.secrets.begin(); it != value.secrets.end(); ++it)
        secrets.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("channel"), toWire(value.channel)},
        {QStringLiteral("secrets"), secrets},
    };
}

bool fromWire(const QJsonValue& json, ChannelDraft* value)
{
    WireReader reader(json);
    reader.readValue("channel", &value->channel);
    reader.read("secrets", &value->secrets);
    return reader.ok();
}

QJsonObject toWire(const ChannelState& value)
{
    return QJsonObject{
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("state"), LinkStateText::id(value.state)},
        {QStringLiteral("degraded"), value.degraded},
        {QStringLiteral("reason"), value.reason},
        {QStringLiteral("since"), wireTime(value.since)},
        {QStringLiteral("reconnects_last_hour"), value.reconnectsLastHour},
        {QStringLiteral("reconnects"), value.reconnects},
        {QStringLiteral("token_expires_at"), wireTime(value.tokenExpiresAt)},
        {QStringLiteral("temporary_token"), value.temporaryToken},
        {QStringLiteral("last_error"), value.lastError},
        {QStringLiteral("last_error_at"), wireTime(value.lastErrorAt)},
    };
}

bool fromWire(const QJsonValue& json, ChannelState* value)
{
    WireReader reader(json);
    reader.read("channel_id", &value->channelId);
    reader.read("name", &value->name);
    reader.readWord("state", &value->state, parseLinkState);
    reader.read("degraded", &value->degraded);
    reader.read("reason", &value->reason);
    reader.read("since", &value->since);
    reader.read("reconnects_last_hour", &value->reconnectsLastHour);
    reader.read("reconnects", &value->reconnects);
    reader.read("token_expires_at", &value->tokenExpiresAt);
    reader.read("temporary_token", &value->temporaryToken);
    reader.read("last_error", &value->lastError);
    reader.read("last_error_at", &value->lastErrorAt);
    return reader.ok();
}

namespace {

//! The hours as [received, sent, failed] triples, oldest first.
QJsonArray trafficToWire(const QList<TrafficHour>& hours)
{
    QJsonArray array;
    for (const TrafficHour& hour : hours)
        array.append(QJsonArray{hour.in, hour.out, hour.failed});
    return array;
}

bool trafficFromWire(const QJsonValue& json, QList<TrafficHour>* hours)
{
    hours->clear();
    // Servers from before the chart send none: an empty chart, not an error.
    if (json.isUndefined() || json.isNull())
        return true;
    if (!json.isArray() || json.toArray().size() > ChannelActivity::TrafficHours)
        return false;
    for (const QJsonValue& entry : json.toArray()) {
        const QJsonArray triple = entry.toArray();
        if (triple.size() != 3)
            return false;
        for (const QJsonValue& count : triple) {
            if (!count.isDouble() || count.toDouble() < 0)
                return false;
        }
        hours->append({triple.at(0).toInt(), triple.at(1).toInt(), triple.at(2).toInt()});
    }
    return true;
}

} // namespace

QJsonObject toWire(const ChannelActivity& value)
{
    return QJsonObject{
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("last_inbound"), wireTime(value.lastInbound)},
        {QStringLiteral("last_outbound"), wireTime(value.lastOutbound)},
        {QStringLiteral("last_status"), wireTime(value.lastStatus)},
        {QStringLiteral("in_today"), value.inToday},
        {QStringLiteral("out_today"), value.outToday},
        {QStringLiteral("failed_today"), value.failedToday},
        {QStringLiteral("rejected_last_hour"), value.rejectedLastHour},
        {QStringLiteral("bad_signatures_last_hour"), value.badSignaturesLastHour},
        {QStringLiteral("usual_inbound_per_hour"), value.usualInboundPerHour},
        {QStringLiteral("events_last_hour"), value.eventsLastHour},
        {QStringLiteral("last_error"), value.lastError},
        {QStringLiteral("last_error_at"), wireTime(value.lastErrorAt)},
        {QStringLiteral("first_traffic_after_error"), wireTime(value.firstTrafficAfterError)},
        {QStringLiteral("traffic_start"), wireTime(value.trafficStart)},
        {QStringLiteral("traffic"), trafficToWire(value.traffic)},
    };
}

bool fromWire(const QJsonValue& json, ChannelActivity* value)
{
    WireReader reader(json);
    reader.read("channel_id", &value->channelId);
    reader.read("last_inbound", &value->lastInbound);
    reader.read("last_outbound", &value->lastOutbound);
    reader.read("last_status", &value->lastStatus);
    reader.read("in_today", &value->inToday);
    reader.read("out_today", &value->outToday);
    reader.read("failed_today", &value->failedToday);
    reader.read("rejected_last_hour", &value->rejectedLastHour);
    reader.read("bad_signatures_last_hour", &value->badSignaturesLastHour);
    reader.read("usual_inbound_per_hour", &value->usualInboundPerHour);
    reader.read("events_last_hour", &value->eventsLastHour);
    reader.read("last_error", &value->lastError);
    reader.read("last_error_at", &value->lastErrorAt);
    reader.read("first_traffic_after_error", &value->firstTrafficAfterError);
    reader.read("traffic_start", &value->trafficStart);
    return reader.ok() && trafficFromWire(json.toObject().value(QLatin1String("traffic")), &value->traffic);
}

QJsonObject toWire(const ChannelEvent& value)
{
    return QJsonObject{
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("at"), wireTime(value.at)},
        {QStringLiteral("kind"), value.kind},
        {QStringLiteral("reason"), value.reason},
        {QStringLiteral("detail"), value.detail},
        {QStringLiteral("remote"), value.remote},
        {QStringLiteral("count"), value.count},
        {QStringLiteral("last_at"), wireTime(value.lastAt)},
        {QStringLiteral("last_detail"), value.lastDetail},
    };
}

bool fromWire(const QJsonValue& json, ChannelEvent* value)
{
    WireReader reader(json);
    reader.read("channel_id", &value->channelId);
    reader.read("at", &value->at);
    reader.read("kind", &value->kind);
    reader.read("reason", &value->reason);
    reader.read("detail", &value->detail);
    reader.read("remote", &value->remote);
    reader.read("count", &value->count);
    reader.read("last_at", &value->lastAt);
    reader.read("last_detail", &value->lastDetail);
    return reader.ok();
}

QJsonObject toWire(const ReceiverStatus& value)
{
    return QJsonObject{
        {QStringLiteral("state"), wireWord(receiverStates, value.state)},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("details"), value.details},
        {QStringLiteral("listen_address"), value.listenAddress},
        {QStringLiteral("port"), value.port},
        {QStringLiteral("served_channels"), value.servedChannels},
        {QStringLiteral("backlog"), value.backlog},
        {QStringLiteral("unserved_channels"), QJsonArray::fromStringList(value.unservedChannels)},
        {QStringLiteral("channels_settled"), value.channelsSettled},
    };
}

bool fromWire(const QJsonValue& json, ReceiverStatus* value)
{
    WireReader reader(json);
    reader.readWord("state", &value->state, receiverStates);
    reader.read("text", &value->text);
    reader.read("details", &value->details);
    reader.read("listen_address", &value->listenAddress);
    reader.read("port", &value->port);
    reader.read("served_channels", &value->servedChannels);
    reader.read("backlog", &value->backlog);
    reader.read("unserved_channels", &value->unservedChannels);
    reader.read("channels_settled", &value->channelsSettled);
    return reader.ok();
}

QJsonObject toWire(const ApiServerStatus& value)
{
    return QJsonObject{
        {QStringLiteral("state"), wireWord(apiServerStates, value.state)},
        {QStringLiteral("url"), value.url},
        {QStringLiteral("error"), value.error},
    };
}

bool fromWire(const QJsonValue& json, ApiServerStatus* value)
{
    WireReader reader(json);
    reader.readWord("state", &value->state, apiServerStates);
    reader.read("url", &value->url);
    reader.read("error", &value->error);
    return reader.ok();
}

QJsonObject toWire(const LinkStatus& value)
{
    return QJsonObject{
        {QStringLiteral("state"), LinkStateText::id(value.state)},
        {QStringLiteral("gateway_state"), value.gatewayState},
        {QStringLiteral("reason"), value.reason},
        {QStringLiteral("problem"), wireWord(transportProblems, value.problem)},
        {QStringLiteral("reconnect_attempt"), value.reconnectAttempt},
        {QStringLiteral("max_attempts"), value.maxAttempts},
        {QStringLiteral("self_id"), value.selfId},
        {QStringLiteral("self_name"), value.selfName},
        {QStringLiteral("since"), wireTime(value.since)},
        {QStringLiteral("needs_new_scan"), value.needsNewScan},
    };
}

bool fromWire(const QJsonValue& json, LinkStatus* value)
{
    WireReader reader(json);
    reader.readWord("state", &value->state, parseLinkState);
    reader.read("gateway_state", &value->gatewayState);
    reader.read("reason", &value->reason);
    reader.readWord("problem", &value->problem, transportProblems);
    reader.read("reconnect_attempt", &value->reconnectAttempt);
    reader.read("max_attempts", &value->maxAttempts);
    reader.read("self_id", &value->selfId);
    reader.read("self_name", &value->selfName);
    reader.read("since", &value->since);
    reader.read("needs_new_scan", &value->needsNewScan);
    return reader.ok();
}

QJsonObject toWire(const PairingQr& value)
{
    return QJsonObject{
        {QStringLiteral("raw"), value.raw},
        {QStringLiteral("image"), QString::fromLatin1(value.image.toBase64())},
        {QStringLiteral("sequence"), value.sequence},
        {QStringLiteral("max_codes"), value.maxCodes},
        {QStringLiteral("received_at"), wireTime(value.receivedAt)},
        {QStringLiteral("expires_at"), wireTime(value.expiresAt)},
    };
}

bool fromWire(const QJsonValue& json, PairingQr* value)
{
    WireReader reader(json);
    reader.read("raw", &value->raw);
    reader.readBase64("image", &value->image);
    reader.read("sequence", &value->sequence);
    reader.read("max_codes", &value->maxCodes);
    reader.read("received_at", &value->receivedAt);
    reader.read("expires_at", &value->expiresAt);
    return reader.ok();
}

} // namespace ChannelDesk
