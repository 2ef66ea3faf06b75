// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PhoneNumberInfo.h"

namespace ChannelDesk {

PhoneNumberInfo PhoneNumberInfo::fromJson(const QJsonObject& json)
{
    PhoneNumberInfo info;
    info.id = json.value(QLatin1String("id")).toString();
    info.displayPhoneNumber = json.value(QLatin1String("display_phone_number")).toString();
    info.verifiedName = json.value(QLatin1String("verified_name")).toString();
    info.qualityRating = json.value(QLatin1String("quality_rating")).toString();
    info.codeVerificationStatus = json.value(QLatin1String("code_verification_status")).toString();
    info.platformType = json.value(QLatin1String("platform_type")).toString();
    info.throughputLevel
        = json.value(QLatin1String("throughput")).toObject().value(QLatin1String("level")).toString();
    return info;
}

} // namespace ChannelDesk
