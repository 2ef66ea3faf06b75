// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Refused requests (401, 403, 429) of one key and address in one minute. They are counted rather
//! than stored one row each, so a client hammering the server cannot flood the audit log.

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct RefusalCount
{
    //! The start of the minute (UTC, seconds zero).
    QDateTime minute;
    //! Empty when no known key was presented (401 for a missing or wrong key).
    QString keyName;
    QString remote;
    int status = 0;
    int count = 0;
};

} // namespace ChannelDesk
