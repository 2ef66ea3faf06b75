// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns display names into channel ids (slugs) and validates both.

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class ChannelNaming
{
    Q_DECLARE_TR_FUNCTIONS(ChannelNaming)

public:
    //! "Support Desk (EU)" -> "support-desk-eu"; lower-case ASCII letters, digits and single dashes.
    static QString slugify(const QString& name);
    //! The channel id for a display name: its slug, or "channel-" and a short stable hash for
    //! names without Latin letters or digits (e.g. “客服”), so any script can name a channel.
    static QString idFor(const QString& name);
    static FieldCheck checkName(const QString& name);
    static bool isValidId(const QString& id);
};

} // namespace ChannelDesk
