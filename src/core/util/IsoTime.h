// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A time as the stream and the API write it: what QDateTime::toString(Qt::ISODate) gives in UTC
//! ("2026-12-07T00:00:00Z"), without QDateTime, whose time-zone machinery made it 2 % of the
//! receiver's CPU (one per stored message).

#include <QByteArray>

namespace ChannelDesk {

class IsoTime
{
public:
    //! ms since 1970-01-01T00:00:00Z; the seconds are truncated as QDateTime does.
    static QByteArray utc(qint64 ms);
};

} // namespace ChannelDesk
