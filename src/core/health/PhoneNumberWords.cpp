// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/PhoneNumberWords.h"

#include <QCoreApplication>

namespace ChannelDesk {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PhoneNumberWords", text);
}

} // namespace

QString PhoneNumberWords::quality(const QString& rating)
{
    if (rating == QLatin1String("GREEN"))
        return tr("High (GREEN)");
    if (rating == QLatin1String("YELLOW"))
        return tr("Medium (YELLOW)");
    if (rating == QLatin1String("RED"))
        return tr("Low (RED)");
    if (rating.isEmpty() || rating == QLatin1String("NA") || rating == QLatin1String("UNKNOWN"))
        return tr("Not rated yet");
    return tr("Not rated (%1)").arg(rating);
}

QString PhoneNumberWords::platform(const QString& type)
{
    if (type == QLatin1String("CLOUD_API"))
        return tr("Cloud API (CLOUD_API)");
    if (type == QLatin1String("ON_PREMISE"))
        return tr("On-Premises API (ON_PREMISE), which Meta has retired");
    if (type == QLatin1String("NOT_APPLICABLE"))
        return tr("Not registered for an API (NOT_APPLICABLE)");
    return type.isEmpty() ? tr("unknown") : type;
}

QString PhoneNumberWords::throughput(const QString& level)
{
    if (level == QLatin1String("STANDARD"))
        return tr("Standard, about 80 messages per second (STANDARD)");
    if (level == QLatin1String("HIGH"))
        return tr("High, up to 1,000 messages per second (HIGH)");
    if (level == QLatin1String("NOT_APPLICABLE"))
        return tr("Not applicable (NOT_APPLICABLE)");
    return level.isEmpty() ? tr("unknown") : level;
}

QString PhoneNumberWords::messagingLimit(const QString& tier)
{
    if (tier.isEmpty())
        return tr("unknown");
    if (tier == QLatin1String("TIER_UNLIMITED"))
        return tr("unlimited (%1)").arg(tier);
    QString amount = tier;
    amount.remove(QStringLiteral("TIER_"));
    amount.replace(QLatin1Char('K'), QStringLiteral(",000"));
    return tr("%1 customers per 24 h (%2) — shared by the whole business portfolio").arg(amount, tier);
}

} // namespace ChannelDesk
