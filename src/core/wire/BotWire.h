// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! JSON for a channel's bot (BotHealth) and its history (BotMinute). The console protocol carries
//! them with times as Unix milliseconds (toWire/fromWire, like the rest of src/core/wire/); the
//! server API's `status` and the stream's `bot_health` event carry the same keys with times as
//! ISO 8601 (botHealthToApi/botHealthFromApi), as every other time there. Unknown figures are null
//! in both: no latency or success rate without an answer in the hour, no status without an answer.
//! A state word this version does not know is refused rather than read as another state.

#include "model/BotHealth.h"
#include "model/BotMinute.h"
#include "wire/WireValues.h"

namespace ChannelDesk {

QJsonObject toWire(const BotHealth& value);
bool fromWire(const QJsonValue& json, BotHealth* value);
QJsonObject toWire(const BotMinute& value);
bool fromWire(const QJsonValue& json, BotMinute* value);

QJsonObject botHealthToApi(const BotHealth& value);
bool botHealthFromApi(const QJsonValue& json, BotHealth* value);

} // namespace ChannelDesk
