// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Field keys of a WeCom (企业微信) self-built app channel; the same names as in the answers file
//! (key "messaging-wecom"). The allowlist is stored as one comma-separated field: WeCom user ids
//! are letters, digits and _-@. only, so a comma never occurs in one.

#include "channels/Channel.h"

#include <QString>
#include <QStringList>

namespace ChannelDesk::WeComFields {

inline QString corpId()
{
    return QStringLiteral("corp_id");
}
inline QString agentId()
{
    return QStringLiteral("agent_id");
}
inline QString publicBaseUrl()
{
    return QStringLiteral("public_base_url");
}
inline QString apiBaseUrl()
{
    return QStringLiteral("api_base_url");
}
//! Comma-separated WeCom user ids; empty means nobody (unless allow_all_users).
inline QString allowedUsers()
{
    return QStringLiteral("allowed_users");
}
//! "true" or "false" (default).
inline QString allowAllUsers()
{
    return QStringLiteral("allow_all_users");
}

inline QString corpSecret()
{
    return QStringLiteral("corp_secret");
}
inline QString token()
{
    return QStringLiteral("token");
}
inline QString encodingAesKey()
{
    return QStringLiteral("encoding_aes_key");
}

inline QString defaultApiBaseUrl()
{
    return QStringLiteral("https://qyapi.weixin.qq.com");
}

inline QStringList plainFields()
{
    return {corpId(), agentId(), publicBaseUrl(), apiBaseUrl(), allowedUsers(), allowAllUsers()};
}
inline QStringList secretFields()
{
    return {corpSecret(), token(), encodingAesKey()};
}

//! The allowlist of a saved channel, trimmed, without empty entries.
inline QStringList allowedUserList(const Channel& channel)
{
    QStringList users;
    const QStringList parts = channel.field(allowedUsers()).split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString user = part.trimmed();
        if (!user.isEmpty())
            users << user;
    }
    return users;
}
inline bool allowsAllUsers(const Channel& channel)
{
    return channel.field(allowAllUsers()) == QLatin1String("true");
}
//! Whether messages from (and replies to) this WeCom user id are allowed on the channel. Exact
//! match: WeCom user ids are case-sensitive in message/send.
inline bool allows(const Channel& channel, const QString& userId)
{
    return allowsAllUsers(channel) || allowedUserList(channel).contains(userId);
}

} // namespace ChannelDesk::WeComFields
