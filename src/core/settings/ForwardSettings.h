// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How long ChannelDesk keeps trying to pass a delivery on to a bot that does not take it before
//! parking it as failed (shown, and sent again only when asked: `channeldesk forward --retry`).

#include <QtGlobal>

class QSettings;

namespace ChannelDesk {

struct ForwardSettings
{
    int maxAgeDays = 7; //!< from the delivery's acknowledgement to Meta

    qint64 maxAgeMs() const { return qint64(maxAgeDays) * 24 * 60 * 60 * 1000; }

    //! Key forward/maxAgeDays; a missing, non-positive or absurd (over 365) value falls back to
    //! the default.
    static ForwardSettings fromSettings(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const ForwardSettings& other) const { return maxAgeDays == other.maxAgeDays; }
    bool operator!=(const ForwardSettings& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
