// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Meta's codes about a phone number (quality rating, platform, throughput, messaging limit) in
//! words an operator reads, with the code itself in parentheses for looking it up in Meta's
//! documentation. Shared by the connection test, the dashboard card and the API-less front ends.

#include <QString>

namespace ChannelDesk {

class PhoneNumberWords
{
public:
    static QString quality(const QString& rating);
    static QString platform(const QString& type);
    static QString throughput(const QString& level);
    static QString messagingLimit(const QString& tier);
};

} // namespace ChannelDesk
