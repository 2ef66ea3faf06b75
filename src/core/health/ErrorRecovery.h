// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! When a channel's last error stopped mattering. An error is resolved once the channel works
//! again: it is connected (or simply idle) and either its link came up after the error or a
//! message went through after it. The dashboard then shows the error as past ("resolved 3 min
//! ago") and lets the operator dismiss it, instead of a red line that stays for days.

#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"

#include <QDateTime>

namespace ChannelDesk {

class ErrorRecovery
{
public:
    //! The moment the state's last error was resolved; invalid while it still stands (or there is
    //! no error). keepsConnection: the channel holds a session (a linked device) whose coming back
    //! is a recovery; a Cloud API or WeCom channel "connects" when a health check passes, which
    //! says nothing about the error.
    static QDateTime resolvedAt(const ChannelState& state, const ChannelActivity& activity,
                                bool keepsConnection);
};

} // namespace ChannelDesk
