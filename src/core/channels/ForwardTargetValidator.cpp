// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ForwardTargetValidator.h"

#include "channels/CloudApiFields.h"

#include <QRandomGenerator>
#include <QUrl>

namespace ChannelDesk {

FieldCheck ForwardTargetValidator::checkUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok(tr("Empty: deliveries are not passed on to a bot."));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return FieldCheck::error(
            tr("Write the bot's webhook address like https://bot.example.com/webhooks/whatsapp "
               "(http:// or https://)."));
    if (url.hasFragment())
        return FieldCheck::error(tr("Remove the “#…” part; it is never sent to the bot."));
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
    if (url.scheme() == QLatin1String("http") && !loopback)
        return FieldCheck::warning(
            tr("Deliveries would cross the network to %1 unencrypted, customers' "
               "messages included. Use https:// unless the bot is on a private network.")
                .arg(host));
    return FieldCheck::ok();
}

FieldCheck ForwardTargetValidator::checkTimeoutMs(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok();
    bool ok = false;
    const int ms = value.toInt(&ok);
    if (!ok || ms < 100 || ms > 300000)
        return FieldCheck::error(
            tr("Give the bot's time to answer in milliseconds, 100 to 300000 (default %1).")
                .arg(CloudApiFields::defaultForwardTimeoutMs));
    return FieldCheck::ok();
}

QString ForwardTargetValidator::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

} // namespace ChannelDesk
