// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where Meta's 24 h customer-service window applies and how it is put in a few words, so the
//! conversation list, the conversation header and the composer agree: only Cloud API channels have
//! a window (linked devices and WeCom answer at any time), and a send refused with 131047 closes it
//! until the customer writes again, whatever the clock says.

#include "model/ServiceWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ChannelDesk {

class ServiceWindowRules
{
    Q_DECLARE_TR_FUNCTIONS(ServiceWindowRules)

public:
    //! Whether the 24 h window governs a channel of this kind (empty: an unknown channel, no).
    static bool appliesTo(const QString& channelKind);
    //! Free-form messages are allowed: always where no window applies.
    static bool isOpen(const QString& channelKind, const ServiceWindow& window, const QDateTime& now);
    //! "23 h left", "40 min left" or "window closed"; empty where no window applies.
    static QString shortText(const QString& channelKind, const ServiceWindow& window, const QDateTime& now);
};

} // namespace ChannelDesk
