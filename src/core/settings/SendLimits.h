// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! ChannelDesk's own send limits, below Meta's (1 message per 6 s per user), so that a runaway
//! script or a stuck queue cannot spam a customer or burn the number's quality rating.

class QSettings;

namespace ChannelDesk {

struct SendLimits
{
    int perRecipientPerMinute = 10; //!< per (channel, recipient)
    int perRecipientPerHour = 100; //!< per (channel, recipient)
    int perDay = 1000; //!< per channel, moving 24 hours

    //! Keys send/perMinute, send/perHour, send/perDay; missing or non-positive values fall back to
    //! the defaults.
    static SendLimits fromSettings(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const SendLimits& other) const
    {
        return perRecipientPerMinute == other.perRecipientPerMinute
            && perRecipientPerHour == other.perRecipientPerHour && perDay == other.perDay;
    }
    bool operator!=(const SendLimits& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
