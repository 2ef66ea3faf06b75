// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/LinkedChannelValidator.h"

#include "channels/ForwardTargetValidator.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedFields.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace ChannelDesk {

FieldCheck LinkedChannelValidator::checkGateway(const QString& value)
{
    if (!LinkedFields::gateways().contains(value))
        return FieldCheck::error(tr("Choose the gateway type: “waha” (WAHA, WhatsApp HTTP API) or "
                                    "“connection-gateway”."));
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkBaseUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(
            tr("Enter the gateway's address, for example http://127.0.0.1:3000 for WAHA."));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return FieldCheck::error(tr("This is not a web address. Write it like http://127.0.0.1:3000."));
    if (url.hasQuery() || url.hasFragment())
        return FieldCheck::error(tr("Remove the “?…” or “#…” part of the gateway address."));
    const QHostAddress host(url.host());
    const bool local = url.host() == QLatin1String("localhost") || host.isLoopback();
    if (url.scheme() == QLatin1String("http") && !local)
        return FieldCheck::warning(tr("The API key travels unencrypted over http:// to %1. Use https:// or a "
                                      "private network.")
                                       .arg(url.host()));
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkApiKey(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the gateway's API key (WAHA: WAHA_API_KEY) or service token."));
    for (QChar c : value) {
        if (c.isSpace())
            return FieldCheck::error(tr("The key contains a space or line break; copy it again."));
    }
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkSession(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the session name, for example “default”."));
    if (!pattern.match(value).hasMatch())
        return FieldCheck::error(
            tr("Use only letters, digits, “-” and “_” in the session name (at most 64)."));
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkDeviceLabel(const QString& value)
{
    if (value.size() > 50)
        return FieldCheck::error(tr("Keep the device label to 50 characters; the phone shows it under Linked "
                                    "devices."));
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkReconnectAttempts(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok();
    bool ok = false;
    const int attempts = value.toInt(&ok);
    if (!ok || attempts < 1 || attempts > 100)
        return FieldCheck::error(tr("Give the number of reconnect attempts as a whole number from 1 to 100 "
                                    "(default %1).")
                                     .arg(LinkedFields::defaultReconnectAttempts()));
    return FieldCheck::ok();
}

FieldCheck LinkedChannelValidator::checkField(const QString& key, const QString& value)
{
    using namespace LinkedFields;
    // The same options as a Cloud API channel's, with the same words.
    if (key == HandoffFields::onReply())
        return CloudApiValidator::checkHandoffOnReply(value);
    if (key == HandoffFields::returnHours())
        return CloudApiValidator::checkHandoffReturnHours(value);
    if (key == reconnectAttempts())
        return checkReconnectAttempts(value);
    if (key == gateway())
        return checkGateway(value);
    if (key == baseUrl())
        return checkBaseUrl(value);
    if (key == apiKey())
        return checkApiKey(value);
    if (key == session())
        return checkSession(value);
    if (key == deviceLabel())
        return checkDeviceLabel(value);
    if (key == forwardUrl())
        return ForwardTargetValidator::checkUrl(value);
    if (key == forwardTimeoutMs())
        return ForwardTargetValidator::checkTimeoutMs(value);
    return FieldCheck::error(tr("Unknown field “%1”.").arg(key));
}

} // namespace ChannelDesk
