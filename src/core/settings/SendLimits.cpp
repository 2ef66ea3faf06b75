// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SendLimits.h"

#include <QSettings>

namespace ChannelDesk {
namespace {

const QString perMinuteKey = QStringLiteral("send/perMinute");
const QString perHourKey = QStringLiteral("send/perHour");
const QString perDayKey = QStringLiteral("send/perDay");

int positive(const QSettings& settings, const QString& key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

SendLimits SendLimits::fromSettings(const QSettings& settings)
{
    const SendLimits defaults;
    SendLimits limits;
    limits.perRecipientPerMinute = positive(settings, perMinuteKey, defaults.perRecipientPerMinute);
    limits.perRecipientPerHour = positive(settings, perHourKey, defaults.perRecipientPerHour);
    limits.perDay = positive(settings, perDayKey, defaults.perDay);
    return limits;
}

void SendLimits::save(QSettings& settings) const
{
    settings.setValue(perMinuteKey, perRecipientPerMinute);
    settings.setValue(perHourKey, perRecipientPerHour);
    settings.setValue(perDayKey, perDay);
}

} // namespace ChannelDesk
