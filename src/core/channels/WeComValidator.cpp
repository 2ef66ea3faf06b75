// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/WeComValidator.h"

#include "channels/Channel.h"
#include "channels/WeComFields.h"

#include <QByteArray>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

namespace ChannelDesk {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isUserIdChar(QChar c)
{
    return isAsciiLetterOrDigit(c) || c == QLatin1Char('_') || c == QLatin1Char('@') || c == QLatin1Char('.')
        || c == QLatin1Char('-');
}

QString describeChar(QChar c)
{
    if (c.isSpace())
        return WeComValidator::tr("a space or line break");
    return QStringLiteral("“%1”").arg(c);
}

//! The first character for which accept() is false, or a null QChar.
template <typename Accept> QChar firstRejected(const QString& value, Accept accept)
{
    for (QChar c : value) {
        if (!accept(c))
            return c;
    }
    return {};
}

QString randomLettersAndDigits(int length)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString result;
    result.reserve(length);
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        result += alphabet.at(random->bounded(int(alphabet.size())));
    return result;
}

QString withoutTrailingSlashes(QString base)
{
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString whereCorpId()
{
    return WeComValidator::tr(
        "Find it in WeCom's admin console (work.weixin.qq.com) under 我的企业 → 企业信息 → "
        "企业ID (My Company → Company Info → CorpID).");
}

QString whereApp()
{
    return WeComValidator::tr("Find it in WeCom's admin console under 应用管理 → 自建 → your app (App "
                              "Management → Self-built → the app).");
}

QString whereReceive()
{
    return WeComValidator::tr(
        "In WeCom's admin console open your app's 接收消息 → 设置API接收 (Receive "
        "Messages → Set API Receiving); “随机获取” there, or Generate here, makes one.");
}

} // namespace

FieldCheck WeComValidator::checkCorpId(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::error(tr("Enter the corp ID (企业ID). %1").arg(whereCorpId()));
    if (trimmed != value)
        return FieldCheck::error(tr("Remove the spaces around the corp ID. %1").arg(whereCorpId()));
    if (!value.startsWith(QLatin1String("ww")) && !value.startsWith(QLatin1String("wx")))
        return FieldCheck::error(tr("A corp ID starts with “ww” or “wx”, followed by 16 letters and digits. "
                                    "%1")
                                     .arg(whereCorpId()));
    const QChar bad = firstRejected(value, isAsciiLetterOrDigit);
    if (!bad.isNull())
        return FieldCheck::error(
            tr("A corp ID has only letters and digits; remove %1. %2").arg(describeChar(bad), whereCorpId()));
    if (value.size() != 18)
        return FieldCheck::error(
            tr("A corp ID is 18 characters long (“ww” or “wx” and 16 letters and digits); "
               "this one has %1. %2")
                .arg(value.size())
                .arg(whereCorpId()));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkAgentId(const QString& value)
{
    const QString where = tr("It is the AgentId shown on the app's page. %1").arg(whereApp());
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the app's AgentId, for example 1000002. %1").arg(where));
    const QChar bad = firstRejected(value, isAsciiDigit);
    if (!bad.isNull())
        return FieldCheck::error(
            tr("The AgentId has only digits; remove %1. %2").arg(describeChar(bad), where));
    if (value.size() > 10)
        return FieldCheck::error(
            tr("The AgentId has at most 10 digits; this one has %1. %2").arg(value.size()).arg(where));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkCorpSecret(const QString& value)
{
    const QString where = tr("On the app's page click “查看” (View) next to Secret; WeCom sends it to the "
                             "admin's WeCom app. %1")
                              .arg(whereApp());
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the app's Secret. %1").arg(where));
    const QChar bad = firstRejected(value, [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
    if (!bad.isNull())
        return FieldCheck::error(tr("The Secret has only letters, digits, “-” and “_”; remove %1. Copy it "
                                    "again without surrounding text. %2")
                                     .arg(describeChar(bad), where));
    if (value.size() != 43)
        return FieldCheck::warning(tr("An app's Secret is usually 43 characters long; this one has %1. Check "
                                      "that it was copied whole. %2")
                                       .arg(value.size())
                                       .arg(where));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkToken(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the Token, or click Generate. %1").arg(whereReceive()));
    const QChar bad = firstRejected(value, isAsciiLetterOrDigit);
    if (!bad.isNull())
        return FieldCheck::error(
            tr("WeCom accepts only letters and digits in the Token; remove %1, or click Generate.")
                .arg(describeChar(bad)));
    if (value.size() < 3 || value.size() > 32)
        return FieldCheck::error(
            tr("The Token has 3 to 32 letters and digits; this one has %1. Click Generate "
               "for a random one.")
                .arg(value.size()));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkEncodingAesKey(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(tr("Enter the EncodingAESKey, or click Generate. %1").arg(whereReceive()));
    const QChar bad = firstRejected(value, isAsciiLetterOrDigit);
    if (!bad.isNull())
        return FieldCheck::error(tr("The EncodingAESKey has only letters and digits; remove %1, or click "
                                    "Generate for a new key (and paste it into WeCom too).")
                                     .arg(describeChar(bad)));
    if (value.size() != 43)
        return FieldCheck::error(tr("The EncodingAESKey is exactly 43 letters and digits; this one has %1. "
                                    "Copy it again from 设置API接收, or click Generate.")
                                     .arg(value.size()));
    // WeCom's own decoder appends one '=' and ignores the spare bits of the 43rd character
    // (Tencent's sample key has them set); Qt's strict decoder does the same.
    const auto decoded
        = QByteArray::fromBase64Encoding(value.toLatin1() + '=', QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return FieldCheck::error(
            tr("This EncodingAESKey does not decode to a 32-byte key. Click Generate for a new one."));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkPublicBaseUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::error(
            tr("Enter the public address at which WeCom reaches ChannelDesk, for example "
               "https://bot.example.com (a reverse proxy or tunnel in front of the "
               "receiver)."));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return FieldCheck::error(tr("This is not a web address. Write it like https://bot.example.com."));
    if (url.hasQuery() || url.hasFragment())
        return FieldCheck::error(tr("Remove the “?…” or “#…” part; the base URL is only scheme, host and an "
                                    "optional path."));
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (loopback)
        return FieldCheck::warning(
            tr("WeCom's servers cannot reach %1. Use the public name of your proxy or tunnel.").arg(host));
    if (url.scheme() == QLatin1String("http"))
        return FieldCheck::warning(
            tr("WeCom accepts http:// but recommends https://. Use https:// unless this "
               "is for testing."));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkApiBaseUrl(const QString& value)
{
    if (value.isEmpty())
        return FieldCheck::ok();
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return FieldCheck::error(tr("This is not a web address. Leave the field empty for WeCom's own, %1.")
                                     .arg(WeComFields::defaultApiBaseUrl()));
    if (url.hasQuery() || url.hasFragment())
        return FieldCheck::error(tr("Remove the “?…” or “#…” part of the API address."));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkAllowedUsers(const QString& value)
{
    const QString where = tr("Find a member's user ID (账号) under 通讯录 (Contacts) in WeCom's admin "
                             "console.");
    const QStringList parts = value.split(QLatin1Char(','));
    int count = 0;
    for (const QString& part : parts) {
        const QString user = part.trimmed();
        if (user.isEmpty())
            continue;
        ++count;
        const QChar bad = firstRejected(user, isUserIdChar);
        if (!bad.isNull())
            return FieldCheck::error(
                tr("“%1” is not a WeCom user ID: IDs have only letters, digits and _ @ . "
                   "-; remove %2. Separate IDs with commas. %3")
                    .arg(user, describeChar(bad), where));
    }
    if (count == 0)
        return FieldCheck::ok(
            tr("Nobody is answered until you add user IDs or allow everyone. %1").arg(where));
    return FieldCheck::ok();
}

FieldCheck WeComValidator::checkAllowAllUsers(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("false"))
        return FieldCheck::ok();
    return FieldCheck::error(tr("Write true to answer every member of the company, or false (the default) "
                                "to answer only the allowed users."));
}

FieldCheck WeComValidator::checkField(const QString& key, const QString& value)
{
    using namespace WeComFields;
    if (key == corpId())
        return checkCorpId(value);
    if (key == agentId())
        return checkAgentId(value);
    if (key == corpSecret())
        return checkCorpSecret(value);
    if (key == token())
        return checkToken(value);
    if (key == encodingAesKey())
        return checkEncodingAesKey(value);
    if (key == publicBaseUrl())
        return checkPublicBaseUrl(value);
    if (key == apiBaseUrl())
        return checkApiBaseUrl(value);
    if (key == allowedUsers())
        return checkAllowedUsers(value);
    if (key == allowAllUsers())
        return checkAllowAllUsers(value);
    return FieldCheck::error(tr("Unknown field “%1”.").arg(key));
}

QString WeComValidator::generateToken()
{
    return randomLettersAndDigits(32);
}

QString WeComValidator::generateEncodingAesKey()
{
    return randomLettersAndDigits(43);
}

QString WeComValidator::callbackUrl(const QString& publicBaseUrl, const QString& channelId)
{
    if (checkPublicBaseUrl(publicBaseUrl).isError() || channelId.isEmpty())
        return {};
    return withoutTrailingSlashes(publicBaseUrl) + QStringLiteral("/wecom/") + channelId
        + QStringLiteral("/callback");
}

QString WeComValidator::callbackUrl(const Channel& channel)
{
    return callbackUrl(channel.field(WeComFields::publicBaseUrl()), channel.id);
}

QString WeComValidator::sharedCallbackUrl(const QString& publicBaseUrl)
{
    if (checkPublicBaseUrl(publicBaseUrl).isError())
        return {};
    return withoutTrailingSlashes(publicBaseUrl) + QStringLiteral("/wecom/callback");
}

} // namespace ChannelDesk
