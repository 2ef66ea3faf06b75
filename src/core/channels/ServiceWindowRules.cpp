// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ServiceWindowRules.h"

#include "channels/Channel.h"

#include <algorithm>

namespace ChannelDesk {

bool ServiceWindowRules::appliesTo(const QString& channelKind)
{
    return channelKind == ChannelKinds::whatsAppCloud();
}

bool ServiceWindowRules::isOpen(const QString& channelKind, const ServiceWindow& window, const QDateTime& now)
{
    return !appliesTo(channelKind) || window.isOpen(now);
}

QString ServiceWindowRules::shortText(const QString& channelKind, const ServiceWindow& window,
                                      const QDateTime& now)
{
    if (!appliesTo(channelKind))
        return {};
    if (!window.isOpen(now))
        return tr("window closed");
    // Rounded down: the window is never promised longer than it is.
    const qint64 minutesLeft = now.msecsTo(window.closesAt()) / 60000;
    if (minutesLeft >= 60)
        return tr("%n h left", nullptr, int(minutesLeft / 60));
    return tr("%n min left", nullptr, int(std::max<qint64>(minutesLeft, 1)));
}

} // namespace ChannelDesk
