// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Validates the fields of a linked-device WhatsApp channel (gateway, address, key, session).

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class LinkedChannelValidator
{
    Q_DECLARE_TR_FUNCTIONS(LinkedChannelValidator)

public:
    static FieldCheck checkGateway(const QString& value);
    static FieldCheck checkBaseUrl(const QString& value);
    static FieldCheck checkApiKey(const QString& value);
    static FieldCheck checkSession(const QString& value);
    static FieldCheck checkDeviceLabel(const QString& value);
    static FieldCheck checkReconnectAttempts(const QString& value);
    //! Dispatches on the key from LinkedFields; unknown keys are errors.
    static FieldCheck checkField(const QString& key, const QString& value);
};

} // namespace ChannelDesk
