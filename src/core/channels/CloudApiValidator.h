// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Validates the fields of a WhatsApp Cloud API channel and derives the webhook URL from them.

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ChannelDesk {

struct Channel;

class CloudApiValidator
{
    Q_DECLARE_TR_FUNCTIONS(CloudApiValidator)

public:
    static FieldCheck checkPhoneNumberId(const QString& value);
    static FieldCheck checkAccessToken(const QString& value);
    static FieldCheck checkAppSecret(const QString& value);
    static FieldCheck checkVerifyToken(const QString& value);
    static FieldCheck checkBusinessAccountId(const QString& value);
    static FieldCheck checkApiVersion(const QString& value);
    static FieldCheck checkPublicBaseUrl(const QString& value);
    static FieldCheck checkGraphBaseUrl(const QString& value);
    //! Empty (no forwarding) or an http(s) URL; plain http to another machine gets a warning.
    static FieldCheck checkForwardUrl(const QString& value);
    //! Empty (the default, 10 s) or 100…300000 milliseconds.
    static FieldCheck checkForwardTimeoutMs(const QString& value);
    //! Empty (the default, false), "true" or "false".
    static FieldCheck checkHandoffOnReply(const QString& value);
    //! Empty (the default, 0 = never) or 0…720 hours.
    static FieldCheck checkHandoffReturnHours(const QString& value);

    //! Dispatches on the field key from CloudApiFields; unknown keys are errors.
    static FieldCheck checkField(const QString& key, const QString& value);

    //! A random URL-safe token (43 characters, 256 bits) for Meta's verify-token field.
    static QString generateVerifyToken();
    //! <public base URL>/webhooks/whatsapp/<phone number id>, or empty if either is invalid.
    static QString webhookUrl(const QString& publicBaseUrl, const QString& phoneNumberId);
    //! The webhook URL of a saved Cloud API channel.
    static QString webhookUrl(const Channel& channel);
};

} // namespace ChannelDesk
