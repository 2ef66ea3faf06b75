// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The 24 h customer-service window of one conversation, as Meta applies it.

#include <QDateTime>

namespace ChannelDesk {

struct ServiceWindow
{
    QDateTime lastInbound; //!< invalid when the customer never wrote
    bool closedByMeta = false; //!< a send failed with 131047 after the last inbound message
    QDateTime closesAt() const
    {
        return lastInbound.isValid() ? lastInbound.addSecs(24 * 3600) : QDateTime();
    }
    bool isOpen(const QDateTime& now) const
    {
        return !closedByMeta && lastInbound.isValid() && now < closesAt();
    }
};

} // namespace ChannelDesk
