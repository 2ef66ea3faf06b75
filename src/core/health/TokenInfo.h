// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What Meta's debug_token says about an access token: its type, expiry and permissions.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ChannelDesk {

struct TokenInfo
{
    QString type; //!< USER, SYSTEM_USER, PAGE, APP
    QString appId;
    QString application; //!< the app's name
    QDateTime expiresAt; //!< invalid = never expires
    QDateTime issuedAt; //!< invalid if Meta did not say
    QDateTime dataAccessExpiresAt; //!< invalid if none
    QStringList scopes; //!< permissions, from scopes and granular_scopes
    bool valid = false;

    //! A short-lived token: it expires within about 25 hours of being issued (the dashboard's
    //! "temporary access token"), or is a user token with an expiry. Production needs a System User
    //! token that never expires.
    bool isTemporary() const;
    bool hasMessaging() const { return scopes.contains(QLatin1String("whatsapp_business_messaging")); }
    bool hasManagement() const { return scopes.contains(QLatin1String("whatsapp_business_management")); }
    //! whatsapp_business_messaging / whatsapp_business_management when they are not granted.
    QStringList missingPermissions() const;

    //! Parses the whole debug_token answer, {"data":{…}}.
    static TokenInfo fromDebugToken(const QJsonObject& answer);
};

} // namespace ChannelDesk
