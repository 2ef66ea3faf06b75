// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/ChannelWire.h"

#include "wire/WireReader.h"

// The second half of ChannelWire: Cloud API health, the connection test, keychain results, API keys
// and the audit log. Channels and links are in ChannelWire.cpp.

namespace ChannelDesk {

namespace {

const WireWord<GraphError::Kind> graphErrorKinds[] = {
    {GraphError::Kind::None, "none"},
    {GraphError::Kind::Api, "api"},
    {GraphError::Kind::Http, "http"},
    {GraphError::Kind::Timeout, "timeout"},
    {GraphError::Kind::Tls, "tls"},
    {GraphError::Kind::Network, "network"},
    {GraphError::Kind::Malformed, "malformed"},
    {GraphError::Kind::Cancelled, "cancelled"},
};

QJsonObject graphErrorToWire(const GraphError& value)
{
    return QJsonObject{
        {QStringLiteral("kind"), wireWord(graphErrorKinds, value.kind)},
        {QStringLiteral("http_status"), value.httpStatus},
        {QStringLiteral("code"), value.code},
        {QStringLiteral("subcode"), value.subcode},
        {QStringLiteral("transient"), value.transient},
        {QStringLiteral("type"), value.type},
        {QStringLiteral("message"), value.message},
        {QStringLiteral("details"), value.details},
        {QStringLiteral("user_title"), value.userTitle},
        {QStringLiteral("user_message"), value.userMessage},
        {QStringLiteral("fbtrace_id"), value.fbtraceId},
        {QStringLiteral("body"), value.body},
    };
}

bool graphErrorFromWire(const QJsonValue& json, GraphError* value)
{
    WireReader reader(json);
    reader.readWord("kind", &value->kind, graphErrorKinds);
    reader.read("http_status", &value->httpStatus);
    reader.read("code", &value->code);
    reader.read("subcode", &value->subcode);
    reader.read("transient", &value->transient);
    reader.read("type", &value->type);
    reader.read("message", &value->message);
    reader.read("details", &value->details);
    reader.read("user_title", &value->userTitle);
    reader.read("user_message", &value->userMessage);
    reader.read("fbtrace_id", &value->fbtraceId);
    reader.read("body", &value->body);
    return reader.ok();
}

QJsonValue tokenToWire(const std::optional<TokenInfo>& token)
{
    if (!token)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("type"), token->type},
        {QStringLiteral("app_id"), token->appId},
        {QStringLiteral("application"), token->application},
        {QStringLiteral("expires_at"), wireTime(token->expiresAt)},
        {QStringLiteral("issued_at"), wireTime(token->issuedAt)},
        {QStringLiteral("data_access_expires_at"), wireTime(token->dataAccessExpiresAt)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(token->scopes)},
        {QStringLiteral("valid"), token->valid},
    };
}

//! Null for no token.
bool tokenFromWire(const QJsonValue& json, std::optional<TokenInfo>* value)
{
    if (json.isNull()) {
        value->reset();
        return true;
    }
    TokenInfo token;
    WireReader reader(json);
    reader.read("type", &token.type);
    reader.read("app_id", &token.appId);
    reader.read("application", &token.application);
    reader.read("expires_at", &token.expiresAt);
    reader.read("issued_at", &token.issuedAt);
    reader.read("data_access_expires_at", &token.dataAccessExpiresAt);
    reader.read("scopes", &token.scopes);
    reader.read("valid", &token.valid);
    if (!reader.ok())
        return false;
    *value = std::move(token);
    return true;
}

const WireWord<ConnectionCheck::Outcome> checkOutcomes[] = {
    {ConnectionCheck::Outcome::Ok, "ok"},
    {ConnectionCheck::Outcome::Failed, "failed"},
    {ConnectionCheck::Outcome::Cancelled, "cancelled"},
};

const WireWord<SecretResult::Code> secretCodes[] = {
    {SecretResult::Code::Ok, "ok"},
    {SecretResult::Code::NotFound, "not-found"},
    {SecretResult::Code::NoBackend, "no-backend"},
    {SecretResult::Code::AccessDenied, "access-denied"},
    {SecretResult::Code::Failed, "failed"},
};

QJsonObject phoneNumberToWire(const PhoneNumberInfo& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("display_phone_number"), value.displayPhoneNumber},
        {QStringLiteral("verified_name"), value.verifiedName},
        {QStringLiteral("quality_rating"), value.qualityRating},
        {QStringLiteral("code_verification_status"), value.codeVerificationStatus},
        {QStringLiteral("platform_type"), value.platformType},
        {QStringLiteral("throughput_level"), value.throughputLevel},
    };
}

bool phoneNumberFromWire(const QJsonValue& json, PhoneNumberInfo* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("display_phone_number", &value->displayPhoneNumber);
    reader.read("verified_name", &value->verifiedName);
    reader.read("quality_rating", &value->qualityRating);
    reader.read("code_verification_status", &value->codeVerificationStatus);
    reader.read("platform_type", &value->platformType);
    reader.read("throughput_level", &value->throughputLevel);
    return reader.ok();
}

} // namespace

QJsonObject toWire(const CloudHealth& value)
{
    return QJsonObject{
        {QStringLiteral("phone_number_id"), value.phoneNumberId},
        {QStringLiteral("display_number"), value.displayNumber},
        {QStringLiteral("verified_name"), value.verifiedName},
        {QStringLiteral("quality_rating"), value.qualityRating},
        {QStringLiteral("messaging_limit"), value.messagingLimit},
        {QStringLiteral("throughput_level"), value.throughputLevel},
        {QStringLiteral("token"), tokenToWire(value.token)},
        {QStringLiteral("phone_error"), graphErrorToWire(value.phoneError)},
        {QStringLiteral("token_error"), graphErrorToWire(value.tokenError)},
        {QStringLiteral("checked_at"), wireTime(value.checkedAt)},
    };
}

bool fromWire(const QJsonValue& json, CloudHealth* value)
{
    WireReader reader(json);
    reader.read("phone_number_id", &value->phoneNumberId);
    reader.read("display_number", &value->displayNumber);
    reader.read("verified_name", &value->verifiedName);
    reader.read("quality_rating", &value->qualityRating);
    reader.read("messaging_limit", &value->messagingLimit);
    reader.read("throughput_level", &value->throughputLevel);
    reader.readValue("token", &value->token, tokenFromWire);
    reader.readValue("phone_error", &value->phoneError, graphErrorFromWire);
    reader.readValue("token_error", &value->tokenError, graphErrorFromWire);
    reader.read("checked_at", &value->checkedAt);
    return reader.ok();
}

QJsonObject toWire(const ConnectionCheckRequest& value)
{
    return QJsonObject{
        {QStringLiteral("channel_id"), value.channelId},
        {QStringLiteral("phone_number_id"), value.phoneNumberId},
        {QStringLiteral("graph_base_url"), value.graphBaseUrl.toString()},
        {QStringLiteral("api_version"), value.apiVersion},
        {QStringLiteral("access_token"), value.accessToken},
        {QStringLiteral("timeout_ms"), value.timeoutMs},
        {QStringLiteral("kind"), value.kind},
        {QStringLiteral("corp_id"), value.corpId},
        {QStringLiteral("agent_id"), value.agentId},
        {QStringLiteral("corp_secret"), value.corpSecret},
        {QStringLiteral("api_base_url"), value.apiBaseUrl.toString()},
    };
}

bool fromWire(const QJsonValue& json, ConnectionCheckRequest* value)
{
    WireReader reader(json);
    reader.read("channel_id", &value->channelId);
    reader.read("phone_number_id", &value->phoneNumberId);
    reader.read("graph_base_url", &value->graphBaseUrl);
    reader.read("api_version", &value->apiVersion);
    reader.read("access_token", &value->accessToken);
    reader.read("timeout_ms", &value->timeoutMs);
    reader.read("kind", &value->kind);
    reader.read("corp_id", &value->corpId);
    reader.read("agent_id", &value->agentId);
    reader.read("corp_secret", &value->corpSecret);
    reader.read("api_base_url", &value->apiBaseUrl);
    return reader.ok();
}

QJsonObject toWire(const ConnectionCheck& value)
{
    return QJsonObject{
        {QStringLiteral("outcome"), wireWord(checkOutcomes, value.outcome)},
        {QStringLiteral("info"), phoneNumberToWire(value.info)},
        {QStringLiteral("success_text"), value.successText},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(value.warnings)},
        {QStringLiteral("failure_text"), value.failureText},
        {QStringLiteral("details"), value.details},
    };
}

bool fromWire(const QJsonValue& json, ConnectionCheck* value)
{
    WireReader reader(json);
    reader.readWord("outcome", &value->outcome, checkOutcomes);
    reader.readValue("info", &value->info, phoneNumberFromWire);
    reader.read("success_text", &value->successText);
    reader.read("warnings", &value->warnings);
    reader.read("failure_text", &value->failureText);
    reader.read("details", &value->details);
    return reader.ok();
}

QJsonObject toWire(const SecretResult& value)
{
    return QJsonObject{
        {QStringLiteral("code"), wireWord(secretCodes, value.code)},
        {QStringLiteral("value"), value.value},
        {QStringLiteral("error_string"), value.errorString},
    };
}

bool fromWire(const QJsonValue& json, SecretResult* value)
{
    WireReader reader(json);
    reader.readWord("code", &value->code, secretCodes);
    reader.read("value", &value->value);
    reader.read("error_string", &value->errorString);
    return reader.ok();
}

QJsonObject toWire(const ApiKeyInfo& value)
{
    return QJsonObject{
        {QStringLiteral("name"), value.name},
        {QStringLiteral("role"), apiRoleName(value.role)},
        {QStringLiteral("created_at"), wireTime(value.createdAt)},
        {QStringLiteral("last_used_at"), wireTime(value.lastUsedAt)},
        {QStringLiteral("rate_per_minute"), value.ratePerMinute},
    };
}

bool fromWire(const QJsonValue& json, ApiKeyInfo* value)
{
    WireReader reader(json);
    reader.read("name", &value->name);
    reader.readWord("role", &value->role, parseApiRole);
    reader.read("created_at", &value->createdAt);
    reader.read("last_used_at", &value->lastUsedAt);
    reader.read("rate_per_minute", &value->ratePerMinute);
    return reader.ok();
}

QJsonObject toWire(const NewApiKey& value)
{
    return QJsonObject{
        {QStringLiteral("key"), value.key},
        {QStringLiteral("info"), toWire(value.info)},
    };
}

bool fromWire(const QJsonValue& json, NewApiKey* value)
{
    WireReader reader(json);
    reader.read("key", &value->key);
    reader.readValue("info", &value->info);
    return reader.ok();
}

QJsonObject toWire(const AuditEntry& value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("at"), wireTime(value.at)},
        {QStringLiteral("key_name"), value.keyName},
        {QStringLiteral("remote"), value.remote},
        {QStringLiteral("action"), value.action},
        {QStringLiteral("target"), value.target},
        {QStringLiteral("result"), value.result},
    };
}

bool fromWire(const QJsonValue& json, AuditEntry* value)
{
    WireReader reader(json);
    reader.read("id", &value->id);
    reader.read("at", &value->at);
    reader.read("key_name", &value->keyName);
    reader.read("remote", &value->remote);
    reader.read("action", &value->action);
    reader.read("target", &value->target);
    reader.read("result", &value->result);
    return reader.ok();
}

QJsonObject toWire(const RefusalCount& value)
{
    return QJsonObject{
        {QStringLiteral("minute"), wireTime(value.minute)},
        {QStringLiteral("key_name"), value.keyName},
        {QStringLiteral("remote"), value.remote},
        {QStringLiteral("status"), value.status},
        {QStringLiteral("count"), value.count},
    };
}

bool fromWire(const QJsonValue& json, RefusalCount* value)
{
    WireReader reader(json);
    reader.read("minute", &value->minute);
    reader.read("key_name", &value->keyName);
    reader.read("remote", &value->remote);
    reader.read("status", &value->status);
    reader.read("count", &value->count);
    return reader.ok();
}

} // namespace ChannelDesk
