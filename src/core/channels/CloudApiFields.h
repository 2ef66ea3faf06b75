// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Field keys of a WhatsApp Cloud API channel; the same names as in the answers file.

#include "channels/HandoffFields.h"

#include <QString>
#include <QStringList>

namespace ChannelDesk::CloudApiFields {

inline QString phoneNumberId()
{
    return QStringLiteral("phone_number_id");
}
inline QString businessAccountId()
{
    return QStringLiteral("business_account_id");
}
inline QString apiVersion()
{
    return QStringLiteral("api_version");
}
inline QString publicBaseUrl()
{
    return QStringLiteral("public_base_url");
}
inline QString graphBaseUrl()
{
    return QStringLiteral("graph_base_url");
}
//! Where accepted deliveries are passed on to the channel's bot; empty: not forwarded.
inline QString forwardUrl()
{
    return QStringLiteral("forward_url");
}
inline QString forwardTimeoutMs()
{
    return QStringLiteral("forward_timeout_ms");
}

inline QString accessToken()
{
    return QStringLiteral("access_token");
}
inline QString appSecret()
{
    return QStringLiteral("app_secret");
}
inline QString verifyToken()
{
    return QStringLiteral("verify_token");
}

inline QString defaultApiVersion()
{
    return QStringLiteral("v25.0");
}
inline QString defaultGraphBaseUrl()
{
    return QStringLiteral("https://graph.facebook.com");
}

inline constexpr int defaultForwardTimeoutMs = 10000;

inline QStringList plainFields()
{
    return {phoneNumberId(),    businessAccountId(),      apiVersion(),
            publicBaseUrl(),    graphBaseUrl(),           forwardUrl(),
            forwardTimeoutMs(), HandoffFields::onReply(), HandoffFields::returnHours()};
}
inline QStringList secretFields()
{
    return {accessToken(), appSecret(), verifyToken()};
}

} // namespace ChannelDesk::CloudApiFields
