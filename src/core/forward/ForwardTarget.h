// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where one channel's accepted deliveries go: its forward_url and how long the bot may take.

#include <QUrl>

namespace ChannelDesk {

struct ForwardTarget
{
    QUrl url; //!< exactly as configured
    int timeoutMs = 10000;
};

} // namespace ChannelDesk
