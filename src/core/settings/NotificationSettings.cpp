// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/NotificationSettings.h"

namespace ChannelDesk {

void NotificationSettings::setEnabled(NotificationKind kind, bool enabled)
{
    if (enabled)
        m_disabled.remove(int(kind));
    else
        m_disabled.insert(int(kind));
}

QList<NotificationKind> NotificationSettings::kinds()
{
    return {NotificationKind::NewMessage,      NotificationKind::ChannelFailed,
            NotificationKind::ChannelDegraded, NotificationKind::ChannelRecovered,
            NotificationKind::TokenExpiring,   NotificationKind::QrWaiting,
            NotificationKind::BotFailing,      NotificationKind::BotRecovered};
}

QString NotificationSettings::key(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::NewMessage:
        return QStringLiteral("notifications/newMessage");
    case NotificationKind::ChannelFailed:
        return QStringLiteral("notifications/channelFailed");
    case NotificationKind::ChannelDegraded:
        return QStringLiteral("notifications/channelDegraded");
    case NotificationKind::ChannelRecovered:
        return QStringLiteral("notifications/channelRecovered");
    case NotificationKind::TokenExpiring:
        return QStringLiteral("notifications/tokenExpiring");
    case NotificationKind::QrWaiting:
        return QStringLiteral("notifications/qrWaiting");
    case NotificationKind::BotFailing:
        return QStringLiteral("notifications/botFailing");
    case NotificationKind::BotRecovered:
        return QStringLiteral("notifications/botRecovered");
    }
    return {};
}

} // namespace ChannelDesk
