// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/PhoneNumberWords.h"

#include <QCoreApplication>

namespace ChannelDesk {
QString PhoneNumberWords::quality(const QString& rating)
{
    if (rating == QLatin1String("GREEN"))
        return QCoreApplication::translate("PhoneNumberWords", "High (GREEN)");
    if (rating == QLatin1String("YELLOW"))
        return QCoreApplication::translate("PhoneNumberWords", "Medium (YELLOW)");
    if (rating == QLatin1String("RED"))
        return QCoreApplication::translate("PhoneNumberWords", "Low (RED)");
    if (rating.isEmpty() || rating == QLatin1String("NA") || rating == QLatin1String("UNKNOWN"))
        return QCoreApplication::translate("PhoneNumberWords", "Not rated yet");
    return QCoreApplication::translate("PhoneNumberWords", "Not rated (%1)").arg(rating);
}

QString PhoneNumberWords::platform(const QString& type)
{
    if (type == QLatin1String("CLOUD_API"))
        return QCoreApplication::translate("PhoneNumberWords", "Cloud API (CLOUD_API)");
    if (type == QLatin1String("ON_PREMISE"))
        return QCoreApplication::translate("PhoneNumberWords",
                                           "On-Premises API (ON_PREMISE), which Meta has retired");
    if (type == QLatin1String("NOT_APPLICABLE"))
        return QCoreApplication::translate("PhoneNumberWords", "Not registered for an API (NOT_APPLICABLE)");
    return type.isEmpty() ? QCoreApplication::translate("PhoneNumberWords", "unknown") : type;
}

QString PhoneNumberWords::throughput(const QString& level)
{
    if (level == QLatin1String("STANDARD"))
        return QCoreApplication::translate("PhoneNumberWords",
                                           "Standard, about 80 messages per second (STANDARD)");
    if (level == QLatin1String("HIGH"))
        return QCoreApplication::translate("PhoneNumberWords",
                                           "High, up to 1,000 messages per second (HIGH)");
    if (level == QLatin1String("NOT_APPLICABLE"))
        return QCoreApplication::translate("PhoneNumberWords", "Not applicable (NOT_APPLICABLE)");
    return level.isEmpty() ? QCoreApplication::translate("PhoneNumberWords", "unknown") : level;
}

QString PhoneNumberWords::messagingLimit(const QString& tier)
{
    if (tier.isEmpty())
        return QCoreApplication::translate("PhoneNumberWords", "unknown");
    if (tier == QLatin1String("TIER_UNLIMITED"))
        return QCoreApplication::translate("PhoneNumberWords", "unlimited (%1)").arg(tier);
    QString amount = tier;
    amount.remove(QStringLiteral("TIER_"));
    amount.replace(QLatin1Char('K'), QStringLiteral(",000"));
    return QCoreApplication::translate("PhoneNumberWords",
                                       "%1 customers per 24 h (%2) — shared by the whole business portfolio")
        .arg(amount, tier);
}

} // namespace ChannelDesk
