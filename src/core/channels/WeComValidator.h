// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Validates the fields of a WeCom self-built app channel (each message says where in WeCom's
//! admin console the value is found) and derives the callback URLs from them.

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

struct Channel;

class WeComValidator
{
    Q_DECLARE_TR_FUNCTIONS(WeComValidator)

public:
    //! "ww" or "wx" followed by 16 letters or digits (18 in all).
    static FieldCheck checkCorpId(const QString& value);
    //! The app's AgentId: digits only, 1…10 of them.
    static FieldCheck checkAgentId(const QString& value);
    //! The app's Secret: 43 characters of letters, digits, '-' and '_' (a warning for another length).
    static FieldCheck checkCorpSecret(const QString& value);
    //! Token: 3…32 letters and digits.
    static FieldCheck checkToken(const QString& value);
    //! EncodingAESKey: 43 characters of A-Z a-z 0-9 that decode (with a '=' added) to 32 bytes.
    //! The spare bits of the 43rd character may be non-zero (Tencent's sample key has them).
    static FieldCheck checkEncodingAesKey(const QString& value);
    //! https URL (http is a warning), no query or fragment.
    static FieldCheck checkPublicBaseUrl(const QString& value);
    //! Empty (the default) or an http(s) URL.
    static FieldCheck checkApiBaseUrl(const QString& value);
    //! Comma-separated user ids of letters, digits and _-@.; empty is allowed (with a hint that
    //! nobody is answered unless allow_all_users is set).
    static FieldCheck checkAllowedUsers(const QString& value);
    //! Empty, "true" or "false".
    static FieldCheck checkAllowAllUsers(const QString& value);
    //! Dispatches on the key from WeComFields; unknown keys are errors.
    static FieldCheck checkField(const QString& key, const QString& value);

    //! A random Token (32 letters and digits) and EncodingAESKey (43), like WeCom's "随机获取".
    static QString generateToken();
    static QString generateEncodingAesKey();

    //! <public base URL>/wecom/<channel id>/callback, or empty if the base URL is invalid.
    static QString callbackUrl(const QString& publicBaseUrl, const QString& channelId);
    static QString callbackUrl(const Channel& channel);
    //! <public base URL>/wecom/callback: one URL for several apps.
    static QString sharedCallbackUrl(const QString& publicBaseUrl);
};

} // namespace ChannelDesk
