// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/LinkTypes.h"

namespace ChannelDesk {

QString LinkStateText::name(LinkState state)
{
    switch (state) {
    case LinkState::Unknown:
        return tr("unknown");
    case LinkState::Starting:
        return tr("starting");
    case LinkState::AwaitingScan:
        return tr("awaiting scan");
    case LinkState::AwaitingCode:
        return tr("awaiting code");
    case LinkState::Authenticating:
        return tr("authenticating");
    case LinkState::Connected:
        return tr("connected");
    case LinkState::Reconnecting:
        return tr("reconnecting");
    case LinkState::LoggedOut:
        return tr("logged out");
    case LinkState::Failed:
        return tr("failed");
    case LinkState::Stopped:
        return tr("stopped");
    }
    return {};
}

QString LinkStateText::id(LinkState state)
{
    switch (state) {
    case LinkState::Unknown:
        return QStringLiteral("unknown");
    case LinkState::Starting:
        return QStringLiteral("starting");
    case LinkState::AwaitingScan:
        return QStringLiteral("awaiting-scan");
    case LinkState::AwaitingCode:
        return QStringLiteral("awaiting-code");
    case LinkState::Authenticating:
        return QStringLiteral("authenticating");
    case LinkState::Connected:
        return QStringLiteral("connected");
    case LinkState::Reconnecting:
        return QStringLiteral("reconnecting");
    case LinkState::LoggedOut:
        return QStringLiteral("logged-out");
    case LinkState::Failed:
        return QStringLiteral("failed");
    case LinkState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace ChannelDesk
