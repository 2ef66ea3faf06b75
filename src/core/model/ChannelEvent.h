// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

//! Something the receiver saw happen to a channel: a verification attempt, a rejected POST, a
//! value-level error from Meta. Shown on the channel's page.
struct ChannelEvent
{
    QString channelId; //!< may be empty when no channel matched
    QDateTime at;
    QString kind; //!< "verification", "rejected", "meta-error"
    QString reason; //!< machine-readable: verified, wrong-verify-token, bad-signature, …
    QString detail; //!< human-readable, secrets masked
    QString remote; //!< client address
};

} // namespace ChannelDesk
