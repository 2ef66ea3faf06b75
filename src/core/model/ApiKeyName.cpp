// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ApiKeyName.h"

namespace ChannelDesk {

QString ApiKeyName::problem(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxLength)
        return tr("A key name has 1 to %1 characters.").arg(MaxLength);
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed)
            return tr("A key name may hold only letters a–z, digits and - _ . (not “%1”).").arg(c);
    }
    return {};
}

} // namespace ChannelDesk
