// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether a desk's server API runs, where, or why it does not.

#include <QString>

namespace ChannelDesk {

struct ApiServerStatus
{
    enum class State
    {
        Off,
        Running,
        Failed,
    };
    State state = State::Off;
    QString url; //!< e.g. http://127.0.0.1:8646, while running
    QString error; //!< why it failed to start
};

} // namespace ChannelDesk
