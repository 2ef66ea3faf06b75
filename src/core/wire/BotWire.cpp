// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/BotWire.h"

#include "wire/WireReader.h"

#include <cmath>

namespace ChannelDesk {
namespace {

const WireWord<BotHealth::State> botStates[] = {
    {BotHealth::State::Idle, "idle"},     {BotHealth::State::Ok, "ok"},
    {BotHealth::State::Slow, "slow"},     {BotHealth::State::Failing, "failing"},
    {BotHealth::State::Paused, "paused"},
};

enum class Times
{
    Milliseconds,
    Iso,
};

QJsonValue timeOf(const QDateTime& at, Times times)
{
    if (times == Times::Milliseconds || !at.isValid())
        return wireTime(at);
    return at.toUTC().toString(Qt::ISODateWithMs);
}

//! Null or an ISO 8601 time; anything else fails.
bool isoTimeFrom(const QJsonValue& json, QDateTime* value)
{
    if (json.isNull()) {
        *value = {};
        return true;
    }
    if (!json.isString())
        return false;
    const QDateTime at = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    *value = at.toUTC();
    return true;
}

QJsonValue unlessNegative(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonValue unlessEmpty(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject encode(const BotHealth& value, Times times)
{
    return QJsonObject{
        {QStringLiteral("state"), wireWord(botStates, value.state)},
        {QStringLiteral("last_success_at"), timeOf(value.lastSuccessAt, times)},
        {QStringLiteral("failing_since"), timeOf(value.failingSince, times)},
        {QStringLiteral("p50_ms"), unlessNegative(value.p50Ms)},
        {QStringLiteral("p95_ms"), unlessNegative(value.p95Ms)},
        {QStringLiteral("success_rate"),
         value.successRate < 0 ? QJsonValue() : QJsonValue(value.successRate)},
        {QStringLiteral("attempts"), value.attempts},
        {QStringLiteral("backlog"), value.backlog},
        {QStringLiteral("parked"), value.parked},
        {QStringLiteral("oldest_waiting_at"), timeOf(value.oldestWaitingAt, times)},
        {QStringLiteral("consecutive_failures"), value.consecutiveFailures},
        {QStringLiteral("last_status"),
         value.lastStatusCode > 0 ? QJsonValue(value.lastStatusCode) : QJsonValue()},
        {QStringLiteral("last_answer"), unlessEmpty(value.lastAnswer)},
        {QStringLiteral("last_error"), unlessEmpty(value.lastError)},
        {QStringLiteral("checked_at"), timeOf(value.checkedAt, times)},
    };
}

//! The nullable members: null gives the member's "unknown" value, another type fails.
template <typename T> auto nullOr(T unknown)
{
    return [unknown](const QJsonValue& json, T* out) {
        if (json.isNull()) {
            *out = unknown;
            return true;
        }
        WireReader reader(QJsonObject{{QStringLiteral("v"), json}});
        T read = unknown;
        reader.read("v", &read);
        if (!reader.ok())
            return false;
        *out = read;
        return true;
    };
}

bool decode(const QJsonValue& json, BotHealth* value, Times times)
{
    WireReader reader(json);
    BotHealth read;
    reader.readWord("state", &read.state, botStates);
    const auto time = [times](const QJsonValue& member, QDateTime* out) {
        if (times == Times::Iso)
            return isoTimeFrom(member, out);
        if (!member.isNull() && !member.isDouble())
            return false;
        *out = wireTimeFrom(member);
        return true;
    };
    reader.readValue("last_success_at", &read.lastSuccessAt, time);
    reader.readValue("failing_since", &read.failingSince, time);
    reader.readValue("p50_ms", &read.p50Ms, nullOr<qint64>(-1));
    reader.readValue("p95_ms", &read.p95Ms, nullOr<qint64>(-1));
    reader.readValue("success_rate", &read.successRate, nullOr<double>(-1));
    reader.read("attempts", &read.attempts);
    reader.read("backlog", &read.backlog);
    reader.read("parked", &read.parked);
    reader.readValue("oldest_waiting_at", &read.oldestWaitingAt, time);
    reader.read("consecutive_failures", &read.consecutiveFailures);
    reader.readValue("last_status", &read.lastStatusCode, nullOr<int>(0));
    reader.readValue("last_answer", &read.lastAnswer, nullOr<QString>({}));
    reader.readValue("last_error", &read.lastError, nullOr<QString>({}));
    reader.readValue("checked_at", &read.checkedAt, time);
    if (!reader.ok() || (read.successRate > 1 || std::isnan(read.successRate)))
        return false;
    *value = std::move(read);
    return true;
}

} // namespace

QJsonObject toWire(const BotHealth& value)
{
    return encode(value, Times::Milliseconds);
}

bool fromWire(const QJsonValue& json, BotHealth* value)
{
    return decode(json, value, Times::Milliseconds);
}

QJsonObject botHealthToApi(const BotHealth& value)
{
    return encode(value, Times::Iso);
}

bool botHealthFromApi(const QJsonValue& json, BotHealth* value)
{
    return decode(json, value, Times::Iso);
}

QJsonObject toWire(const BotMinute& value)
{
    return QJsonObject{
        {QStringLiteral("minute"), wireTime(value.minute)},
        {QStringLiteral("forwarded"), value.forwarded},
        {QStringLiteral("failed"), value.failed},
    };
}

bool fromWire(const QJsonValue& json, BotMinute* value)
{
    WireReader reader(json);
    reader.read("minute", &value->minute);
    reader.read("forwarded", &value->forwarded);
    reader.read("failed", &value->failed);
    return reader.ok();
}

} // namespace ChannelDesk
