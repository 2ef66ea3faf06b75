// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The state of a WeCom app's access token as the console last saw it (for the dashboard card and
//! the channel page).

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct WeComTokenState
{
    enum class State
    {
        Unknown, //!< not asked for yet
        Valid, //!< cached, usable until expiresAt
        Failed, //!< the last gettoken failed: error says why
    };
    State state = State::Unknown;
    QDateTime fetchedAt;
    QDateTime expiresAt;
    QString error; //!< WeCom's words with the explanation
};

} // namespace ChannelDesk
