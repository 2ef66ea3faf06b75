// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One minute of a bot's forwarding history, as the channel page's chart plots it.

#include <QDateTime>

namespace ChannelDesk {

struct BotMinute
{
    QDateTime minute; //!< UTC, the start of the minute
    int forwarded = 0; //!< deliveries the bot took (2xx)
    int failed = 0; //!< attempts that failed

    friend bool operator==(const BotMinute& a, const BotMinute& b)
    {
        return a.minute == b.minute && a.forwarded == b.forwarded && a.failed == b.failed;
    }
};

} // namespace ChannelDesk
