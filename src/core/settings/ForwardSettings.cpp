// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ForwardSettings.h"

#include <QSettings>

namespace ChannelDesk {
namespace {

const QString maxAgeDaysKey = QStringLiteral("forward/maxAgeDays");

} // namespace

ForwardSettings ForwardSettings::fromSettings(const QSettings& settings)
{
    ForwardSettings forward;
    bool ok = false;
    const int days = settings.value(maxAgeDaysKey).toInt(&ok);
    if (ok && days > 0 && days <= 365)
        forward.maxAgeDays = days;
    return forward;
}

void ForwardSettings::save(QSettings& settings) const
{
    settings.setValue(maxAgeDaysKey, maxAgeDays);
}

} // namespace ChannelDesk
