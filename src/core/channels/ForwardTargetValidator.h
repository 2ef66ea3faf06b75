// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The checks of a forward target (forward_url, forward_timeout_ms), shared by every channel kind
//! that forwards to a bot: Cloud API and linked devices.

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class ForwardTargetValidator
{
    Q_DECLARE_TR_FUNCTIONS(ForwardTargetValidator)

public:
    //! Empty (no forwarding) or an http(s) URL; plain http to another machine gets a warning.
    static FieldCheck checkUrl(const QString& value);
    //! Empty (CloudApiFields::defaultForwardTimeoutMs, for every kind) or 100 to 300000 milliseconds.
    static FieldCheck checkTimeoutMs(const QString& value);
    //! A linked channel's new forward secret: 32 random bytes (QRandomGenerator::system()) as hex.
    static QString generateSecret();
};

} // namespace ChannelDesk
