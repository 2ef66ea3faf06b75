// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/TokenInfo.h"

#include <QJsonArray>

namespace ChannelDesk {
namespace {

// Meta's timestamps are Unix seconds; 0 (or absent) means "never" / "not given".
QDateTime fromUnixSeconds(const QJsonValue& value)
{
    const qint64 seconds = value.toVariant().toLongLong();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

} // namespace

bool TokenInfo::isTemporary() const
{
    if (!expiresAt.isValid())
        return false;
    constexpr qint64 TemporaryLifetimeSeconds = 25 * 3600;
    return type == QLatin1String("USER")
        || (issuedAt.isValid() && issuedAt.secsTo(expiresAt) <= TemporaryLifetimeSeconds);
}

QStringList TokenInfo::missingPermissions() const
{
    QStringList missing;
    if (!hasMessaging())
        missing << QStringLiteral("whatsapp_business_messaging");
    if (!hasManagement())
        missing << QStringLiteral("whatsapp_business_management");
    return missing;
}

TokenInfo TokenInfo::fromDebugToken(const QJsonObject& answer)
{
    const QJsonObject data = answer.value(QLatin1String("data")).toObject();
    TokenInfo info;
    info.type = data.value(QLatin1String("type")).toString();
    info.appId = data.value(QLatin1String("app_id")).toString();
    info.application = data.value(QLatin1String("application")).toString();
    info.valid = data.value(QLatin1String("is_valid")).toBool();
    info.expiresAt = fromUnixSeconds(data.value(QLatin1String("expires_at")));
    info.issuedAt = fromUnixSeconds(data.value(QLatin1String("issued_at")));
    info.dataAccessExpiresAt = fromUnixSeconds(data.value(QLatin1String("data_access_expires_at")));
    const QJsonArray scopes = data.value(QLatin1String("scopes")).toArray();
    for (const QJsonValue& scope : scopes)
        info.scopes << scope.toString();
    // Granular scopes repeat the WhatsApp permissions with the accounts they cover.
    const QJsonArray granular = data.value(QLatin1String("granular_scopes")).toArray();
    for (const QJsonValue& entry : granular) {
        const QString scope = entry.toObject().value(QLatin1String("scope")).toString();
        if (!scope.isEmpty() && !info.scopes.contains(scope))
            info.scopes << scope;
    }
    return info;
}

} // namespace ChannelDesk
