// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/BotHealth.h"

namespace ChannelDesk {

QString BotHealth::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Ok:
        return QStringLiteral("ok");
    case State::Slow:
        return QStringLiteral("slow");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

} // namespace ChannelDesk
