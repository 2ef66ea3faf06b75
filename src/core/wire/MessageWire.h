// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! JSON for the conversation and sending value types of the Desk facade, as the console protocol
//! carries them (same conventions as ChannelWire). OutboundContent travels in its own toJson()
//! shape; a SendRequest's content.localFile never crosses the wire (the server refuses it: files
//! are uploaded, see docs/api.md).

#include "model/ConversationRows.h"
#include "model/OutboundItem.h"
#include "model/SendRequest.h"
#include "model/SendUsage.h"
#include "model/ServiceWindow.h"
#include "model/TemplateInfo.h"
#include "wire/WireValues.h"

namespace ChannelDesk {

QJsonObject toWire(const ConversationRow& value);
bool fromWire(const QJsonValue& json, ConversationRow* value);
QJsonObject toWire(const ConversationKey& value);
bool fromWire(const QJsonValue& json, ConversationKey* value);
QJsonObject toWire(const MessageKey& value);
bool fromWire(const QJsonValue& json, MessageKey* value);
QJsonObject toWire(const MessageRow& value); //!< media as the JSON object it is
bool fromWire(const QJsonValue& json, MessageRow* value);
QJsonObject toWire(const SearchHit& value); //!< snippet keeps its \u0002/\u0003 match marks
bool fromWire(const QJsonValue& json, SearchHit* value);
QJsonObject toWire(const SendRequest& value);
bool fromWire(const QJsonValue& json, SendRequest* value);
QJsonObject toWire(const SendRefusal& value); //!< code as OutboundItem::codeName()
bool fromWire(const QJsonValue& json, SendRefusal* value);
QJsonObject toWire(const OutboundItem& value);
bool fromWire(const QJsonValue& json, OutboundItem* value);
QJsonObject toWire(const ServiceWindow& value);
bool fromWire(const QJsonValue& json, ServiceWindow* value);
QJsonObject toWire(const SendUsage& value);
bool fromWire(const QJsonValue& json, SendUsage* value);
QJsonObject toWire(const TemplateInfo& value);
bool fromWire(const QJsonValue& json, TemplateInfo* value);

} // namespace ChannelDesk
