// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The handoff options of a channel that forwards to a bot (Cloud API and linked channels alike),
//! with the same names as in the answers file: take a conversation over when an operator replies
//! from the window, and give it back to the bot after so many hours without an operator's reply.

#include "channels/Channel.h"

#include <QString>

namespace ChannelDesk::HandoffFields {

inline QString onReply()
{
    return QStringLiteral("handoff_on_reply");
}
inline QString returnHours()
{
    return QStringLiteral("handoff_return_hours");
}

inline constexpr int maxReturnHours = 720;

//! Whether an operator's reply takes the conversation over (default false).
inline bool takesOverOnReply(const Channel& channel)
{
    return channel.field(onReply()) == QLatin1String("true");
}
//! Hours without an operator's reply after which a conversation goes back to the bot; 0 = never.
inline int returnAfterHours(const Channel& channel)
{
    bool ok = false;
    const int hours = channel.field(returnHours()).toInt(&ok);
    return ok && hours > 0 && hours <= maxReturnHours ? hours : 0;
}

} // namespace ChannelDesk::HandoffFields
