// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A Cloud API number's health as Meta reports it: quality, messaging limit, throughput and the
//! access token's expiry and permissions. Either half can fail on its own.

#include "model/GraphError.h"
#include "health/TokenInfo.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ChannelDesk {

struct CloudHealth
{
    QString phoneNumberId;
    QString displayNumber;
    QString verifiedName;
    QString qualityRating; //!< GREEN, YELLOW, RED, NA
    QString messagingLimit; //!< whatsapp_business_manager_messaging_limit, e.g. TIER_250
    QString throughputLevel; //!< STANDARD, HIGH …
    std::optional<TokenInfo> token;
    GraphError phoneError;
    GraphError tokenError; //!< debug_token failed (e.g. missing permission); the phone part still counts
    QDateTime checkedAt;

    bool phoneOk() const { return !phoneError.isError(); }
    bool tokenKnown() const { return token.has_value() && !tokenError.isError(); }
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::CloudHealth)
