// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! JSON for the channel-side value types of the Desk facade, as the console protocol carries them
//! between `serve` (ConsoleEndpoints) and a remote window (RemoteDesk). Keys are snake_case; times
//! are Unix milliseconds or null (WireValues); enums travel as stable words. fromWire() answers
//! false for a value that is not an object or whose known keys have the wrong type; absent keys
//! keep the default, so an older peer's answer still decodes. Secrets appear only in ChannelDraft
//! and ConnectionCheckRequest, which only a console sends.

#include "channels/Channel.h"
#include "desk/ConnectionCheck.h"
#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"
#include "model/ApiKeyInfo.h"
#include "model/ApiServerStatus.h"
#include "model/AuditEntry.h"
#include "model/ChannelEvent.h"
#include "model/LinkTypes.h"
#include "model/ReceiverStatus.h"
#include "model/RefusalCount.h"
#include "model/SecretResult.h"
#include "wire/WireValues.h"

namespace ChannelDesk {

QJsonObject toWire(const Channel& value);
bool fromWire(const QJsonValue& json, Channel* value);
QJsonObject toWire(const ChannelDraft& value); //!< {"channel":{…},"secrets":{"field":"value"}}
bool fromWire(const QJsonValue& json, ChannelDraft* value);
QJsonObject toWire(const ChannelState& value);
bool fromWire(const QJsonValue& json, ChannelState* value);
QJsonObject toWire(const ChannelActivity& value);
bool fromWire(const QJsonValue& json, ChannelActivity* value);
QJsonObject toWire(const CloudHealth& value); //!< with its TokenInfo and GraphErrors
bool fromWire(const QJsonValue& json, CloudHealth* value);
QJsonObject toWire(const ChannelEvent& value);
bool fromWire(const QJsonValue& json, ChannelEvent* value);
QJsonObject toWire(const ReceiverStatus& value);
bool fromWire(const QJsonValue& json, ReceiverStatus* value);
QJsonObject toWire(const ApiServerStatus& value);
bool fromWire(const QJsonValue& json, ApiServerStatus* value);
QJsonObject toWire(const LinkStatus& value);
bool fromWire(const QJsonValue& json, LinkStatus* value);
QJsonObject toWire(const PairingQr& value); //!< image as base64
bool fromWire(const QJsonValue& json, PairingQr* value);
QJsonObject toWire(const ConnectionCheckRequest& value);
bool fromWire(const QJsonValue& json, ConnectionCheckRequest* value);
QJsonObject toWire(const ConnectionCheck& value); //!< with its PhoneNumberInfo
bool fromWire(const QJsonValue& json, ConnectionCheck* value);
QJsonObject toWire(const SecretResult& value);
bool fromWire(const QJsonValue& json, SecretResult* value);
QJsonObject toWire(const ApiKeyInfo& value);
bool fromWire(const QJsonValue& json, ApiKeyInfo* value);
QJsonObject toWire(const NewApiKey& value);
bool fromWire(const QJsonValue& json, NewApiKey* value);
QJsonObject toWire(const AuditEntry& value);
bool fromWire(const QJsonValue& json, AuditEntry* value);
QJsonObject toWire(const RefusalCount& value);
bool fromWire(const QJsonValue& json, RefusalCount* value);

} // namespace ChannelDesk
