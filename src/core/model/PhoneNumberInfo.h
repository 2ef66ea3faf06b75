// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What Meta says about a business phone number (GET /{version}/{phone-number-id}).

#include <QJsonObject>
#include <QString>

namespace ChannelDesk {

struct PhoneNumberInfo
{
    QString id;
    QString displayPhoneNumber;
    QString verifiedName;
    QString qualityRating; //!< GREEN, YELLOW, RED, NA
    QString codeVerificationStatus;
    QString platformType; //!< CLOUD_API, ON_PREMISE
    QString throughputLevel;

    static PhoneNumberInfo fromJson(const QJsonObject& json);
};

} // namespace ChannelDesk
