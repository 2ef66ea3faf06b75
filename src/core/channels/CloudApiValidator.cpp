// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/CloudApiValidator.h"

#include "channels/Channel.h"

#include "channels/CloudApiFields.h"
#include "channels/ForwardTargetValidator.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace ChannelDesk {
namespace {

bool isDigits(const QString& value)
{
    for (QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !value.isEmpty();
}

bool hasWhitespace(const QString& value)
{
    for (QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}

QString describeChar(QChar c)
{
    if (c.isSpace())
        return CloudApiValidator::tr("a space or line break");
    return QStringLiteral("“%1”").arg(c);
}

} // namespace

FieldCheck CloudApiValidator::checkPhoneNumberId(const QString& value)
{
    const QString where = tr("Copy it from Meta's App Dashboard: WhatsApp > API Setup, the “Phone number ID” "
                             "shown below your business number.");
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the Phone Number ID. %1").arg(where));
    if (value.startsWith(QLatin1Char('+')))
        return FieldCheck::error(tr("This looks like a phone number, not a Phone Number ID. The ID is a "
                                    "separate number of about 15 digits. %1")
                                     .arg(where));
    for (QChar c : value) {
        if (!c.isDigit())
            return FieldCheck::error(
                tr("The Phone Number ID has only digits; remove %1. %2").arg(describeChar(c), where));
    }
    if (value.size() >= 10 && value.size() <= 12)
        return FieldCheck::warning(tr("%1 digits look like a phone number. Phone Number IDs are usually 15 "
                                      "or 16 digits. %2")
                                       .arg(value.size())
                                       .arg(where));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkAccessToken(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the access token. Use a System User token from Meta Business "
                                    "Settings > Users > System users for production."));
    if (hasWhitespace(value))
        return FieldCheck::error(
            tr("The token contains a space or line break, which tokens never do. Copy it "
               "again without surrounding text."));
    if (value.size() < 32)
        return FieldCheck::error(tr("The token is only %1 characters long; Meta access tokens are well over "
                                    "100. It was probably cut off while copying.")
                                     .arg(value.size()));
    if (!value.startsWith(QLatin1String("EAA")))
        return FieldCheck::warning(tr("Meta access tokens start with “EAA”. Check that this is the access "
                                      "token and not the App Secret or a Client token."));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkAppSecret(const QString& value)
{
    const QString where = tr("Find it in App Dashboard > App settings > Basic > App secret > Show.");
    if (value.isEmpty())
        return FieldCheck::error(
            tr("Enter the App Secret; it signs every webhook Meta sends. %1").arg(where));
    for (QChar c : value) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return FieldCheck::error(
                tr("The App Secret has only the characters 0–9 and a–f; %1 is not one of "
                   "them. %2")
                    .arg(describeChar(c), where));
    }
    if (value.size() != 32)
        return FieldCheck::error(tr("The App Secret is exactly 32 characters long; this one has %1. %2")
                                     .arg(value.size())
                                     .arg(where));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkVerifyToken(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter a verify token, or click Generate. You will paste the same value "
                                    "into Meta's webhook settings."));
    if (hasWhitespace(value))
        return FieldCheck::error(
            tr("The verify token contains a space or line break; Meta would send it back "
               "changed. Use Generate for a safe token."));
    if (value.size() < 16)
        return FieldCheck::warning(
            tr("A verify token of %1 characters is easy to guess. Click Generate for a "
               "random one.")
                .arg(value.size()));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkBusinessAccountId(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok();
    if (!isDigits(value))
        return FieldCheck::error(tr("The WhatsApp Business Account ID has only digits. Find it in WhatsApp > "
                                    "API Setup, or leave the field empty."));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkApiVersion(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^v(\\d+)\\.0$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return FieldCheck::error(tr("Write the Graph API version like %1 (a “v”, the number, “.0”).")
                                     .arg(CloudApiFields::defaultApiVersion()));
    // v20.0 expired on 2026-09-24; older versions answer every call with an error.
    if (match.captured(1).toInt() < 21)
        return FieldCheck::warning(
            tr("Graph API %1 has expired or is about to; Meta rejects calls to expired "
               "versions. Use %2.")
                .arg(value, CloudApiFields::defaultApiVersion()));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkPublicBaseUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the public address at which Meta reaches ChannelDesk, for example "
                                    "https://bot.example.com (a reverse proxy or TLS tunnel in front of the "
                                    "receiver)."));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return FieldCheck::error(tr("This is not a web address. Write it like https://bot.example.com."));
    if (url.hasQuery() || url.hasFragment())
        return FieldCheck::error(tr("Remove the “?…” or “#…” part; the base URL is only scheme, host and an "
                                    "optional path."));
    if (url.scheme() == QLatin1String("http"))
        return FieldCheck::warning(tr("Meta only delivers webhooks to https:// addresses with a certificate "
                                      "from a public CA. Use https:// unless this is for local testing."));
    const QString host = url.host();
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1"))
        return FieldCheck::warning(
            tr("Meta cannot reach %1. Use the public name of your tunnel or proxy.").arg(host));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkGraphBaseUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(
            tr("Enter the Graph API address; normally %1.").arg(CloudApiFields::defaultGraphBaseUrl()));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return FieldCheck::error(tr("This is not a web address. The usual value is %1.")
                                     .arg(CloudApiFields::defaultGraphBaseUrl()));
    if (url.hasQuery() || url.hasFragment())
        return FieldCheck::error(tr("Remove the “?…” or “#…” part of the Graph API address."));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkForwardUrl(const QString& value)
{
    return ForwardTargetValidator::checkUrl(value);
}

FieldCheck CloudApiValidator::checkForwardTimeoutMs(const QString& value)
{
    return ForwardTargetValidator::checkTimeoutMs(value);
}

FieldCheck CloudApiValidator::checkHandoffOnReply(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("false"))
        return FieldCheck::ok();
    return FieldCheck::error(tr("Write true to take a conversation over from the bot when an operator "
                                "replies, or false (the default) to leave it with the bot."));
}

FieldCheck CloudApiValidator::checkHandoffReturnHours(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok();
    bool ok = false;
    const int hours = value.toInt(&ok);
    if (!ok || hours < 0 || hours > HandoffFields::maxReturnHours)
        return FieldCheck::error(
            tr("Give the hours without an operator's reply after which a conversation goes "
               "back to the bot as a whole number from 0 to %1 (0, the default, never).")
                .arg(HandoffFields::maxReturnHours));
    return FieldCheck::ok();
}

FieldCheck CloudApiValidator::checkField(const QString& key, const QString& value)
{
    using namespace CloudApiFields;
    if (key == phoneNumberId())
        return checkPhoneNumberId(value);
    if (key == accessToken())
        return checkAccessToken(value);
    if (key == appSecret())
        return checkAppSecret(value);
    if (key == verifyToken())
        return checkVerifyToken(value);
    if (key == businessAccountId())
        return checkBusinessAccountId(value);
    if (key == apiVersion())
        return checkApiVersion(value);
    if (key == publicBaseUrl())
        return checkPublicBaseUrl(value);
    if (key == graphBaseUrl())
        return checkGraphBaseUrl(value);
    if (key == forwardUrl())
        return checkForwardUrl(value);
    if (key == forwardTimeoutMs())
        return checkForwardTimeoutMs(value);
    if (key == HandoffFields::onReply())
        return checkHandoffOnReply(value);
    if (key == HandoffFields::returnHours())
        return checkHandoffReturnHours(value);
    return FieldCheck::error(tr("Unknown field “%1”.").arg(key));
}

QString CloudApiValidator::generateVerifyToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CloudApiValidator::webhookUrl(const Channel& channel)
{
    return webhookUrl(channel.field(CloudApiFields::publicBaseUrl()),
                      channel.field(CloudApiFields::phoneNumberId()));
}

QString CloudApiValidator::webhookUrl(const QString& publicBaseUrl, const QString& phoneNumberId)
{
    if (checkPublicBaseUrl(publicBaseUrl).isError() || checkPhoneNumberId(phoneNumberId).isError())
        return {};
    QString base = publicBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/webhooks/whatsapp/") + phoneNumberId;
}

} // namespace ChannelDesk
