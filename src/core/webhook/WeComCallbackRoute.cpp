// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WeComCallbackRoute.h"

#include "wecom/WeComCallbackParser.h"
#include "wecom/WeComCrypto.h"

namespace ChannelDesk {
namespace {

const QString prefix = QStringLiteral("/wecom/");
const QString sharedPath = QStringLiteral("/wecom/callback");
const QString suffix = QStringLiteral("/callback");

using Outcome = WeComCallbackRoute::Outcome;

Outcome refuse(unsigned status, const QByteArray& body, const QString& channelId, const QString& reason,
               const QString& detail, const QString& kind = QStringLiteral("rejected"))
{
    Outcome out;
    out.status = status;
    out.body = body;
    out.channelId = channelId;
    out.eventKind = kind;
    out.reason = reason;
    out.detail = detail;
    return out;
}

//! The channel id of /wecom/<id>/callback; empty for the shared path.
QString channelIdOf(const QString& path)
{
    if (path == sharedPath)
        return {};
    return path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
}

} // namespace

bool WeComCallbackRoute::matches(const QString& path)
{
    if (path == sharedPath)
        return true;
    if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.size() <= prefix.size() + suffix.size())
        return false;
    return !channelIdOf(path).contains(QLatin1Char('/'));
}

WeComCallbackRoute::Outcome WeComCallbackRoute::handle(const QByteArray& method, const QString& path,
                                                       const Query& query, const QByteArray& body,
                                                       const QList<ReceiverChannel>& apps, qint64 nowSecs)
{
    const QString wantedId = channelIdOf(path);
    QList<const ReceiverChannel*> candidates;
    for (const ReceiverChannel& app : apps) {
        if (app.weCom && (wantedId.isEmpty() || app.channelId == wantedId))
            candidates << &app;
    }
    if (!wantedId.isEmpty()) {
        if (candidates.isEmpty())
            return refuse(404, "Unknown channel", {}, QStringLiteral("unknown-channel"),
                          tr("No WeCom channel has the id %1.").arg(wantedId.left(64)));
        if (!candidates.first()->enabled)
            return refuse(404, "Unknown channel", wantedId, QStringLiteral("channel-disabled"),
                          tr("The channel is disabled."));
    }
    // Disabled apps on the shared path are simply not candidates.
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [](const ReceiverChannel* app) { return !app->enabled; }),
                     candidates.end());
    const bool get = method == "GET";
    if (!get && method != "POST")
        return refuse(
            405, "Method not allowed", wantedId, QStringLiteral("wrong-method"),
            tr("WeCom calls back with GET and POST only, not %1.").arg(QString::fromLatin1(method.left(16))));
    const QString kind = get ? QStringLiteral("verification") : QStringLiteral("rejected");
    if (candidates.isEmpty())
        return refuse(404, "Unknown channel", {}, QStringLiteral("unknown-channel"),
                      tr("No enabled WeCom channel is served on /wecom/callback."), kind);
    if (query.msgSignature.isEmpty())
        return refuse(401, "Missing signature", wantedId, QStringLiteral("missing-signature"),
                      tr("The request has no msg_signature; it did not come from WeCom."), kind);
    bool numeric = false;
    const qint64 timestamp = query.timestamp.toLongLong(&numeric);
    if (!numeric || query.nonce.isEmpty())
        return refuse(400, "Bad request", wantedId, QStringLiteral("bad-request"),
                      tr("The timestamp or nonce is missing or not a number."), kind);
    if (qAbs(nowSecs - timestamp) > kMaxSkewSecs)
        return refuse(401, "Stale timestamp", wantedId, QStringLiteral("stale-timestamp"),
                      tr("The request's timestamp is %1 s away from this computer's clock (at most %2 s "
                         "are accepted, against replayed requests). If every callback fails like this, "
                         "set this computer's clock right.")
                          .arg(nowSecs - timestamp)
                          .arg(kMaxSkewSecs),
                      kind);

    QByteArray encrypted;
    if (get) {
        // libmicrohttpd turns '+' into a space; Base64 has no spaces, so they can only be that.
        encrypted = query.echostr;
        encrypted.replace(' ', '+');
        if (encrypted.isEmpty())
            return refuse(400, "Missing echostr", wantedId, QStringLiteral("bad-request"),
                          tr("The verification request has no echostr."), kind);
    } else {
        if (body.size() > kMaxBodyBytes)
            return refuse(
                413, "Payload too large", wantedId, QStringLiteral("too-large"),
                tr("The body is over %1 bytes; WeCom's callbacks are far smaller.").arg(kMaxBodyBytes));
        const Result<WeComEnvelope> envelope = WeComCallbackParser::parseEnvelope(body);
        if (!envelope.ok())
            return refuse(400, "Invalid XML", wantedId, QStringLiteral("bad-xml"),
                          envelope.error().message.left(200));
        encrypted = envelope.value().encrypt;
    }

    QList<const ReceiverChannel*> signers;
    for (const ReceiverChannel* app : std::as_const(candidates)) {
        if (WeComCrypto::verify(query.msgSignature, app->token, query.timestamp, query.nonce, encrypted))
            signers << app;
    }
    if (signers.isEmpty())
        return refuse(401, "Invalid signature", wantedId, QStringLiteral("bad-signature"),
                      wantedId.isEmpty()
                          ? tr("No WeCom channel's Token makes the msg_signature match. If every callback "
                               "fails like this, the Token in WeCom's console differs from the channel's.")
                          : tr("The msg_signature does not match this channel's Token. If every callback "
                               "fails like this, the Token in WeCom's console differs from the channel's."),
                      kind);

    // Usually one; two apps with the same Token are told apart by their corp id and key.
    Outcome failure;
    for (const ReceiverChannel* app : std::as_const(signers)) {
        const WeComCrypto::Opened opened = WeComCrypto::decrypt(app->aesKey, encrypted);
        if (!opened.ok()) {
            failure = refuse(400, "Invalid ciphertext", app->channelId, QStringLiteral("bad-ciphertext"),
                             tr("%1 If every callback fails like this, the EncodingAESKey in WeCom's console "
                                "differs from the channel's.")
                                 .arg(WeComCrypto::describe(opened.failure)),
                             kind);
            continue;
        }
        if (opened.receiveId != app->corpId) {
            failure = refuse(
                403, "Wrong corp", app->channelId, QStringLiteral("wrong-corp"),
                tr("The callback was encrypted for corp %1, not this channel's %2.")
                    .arg(QString::fromUtf8(opened.receiveId.left(64)), QString::fromUtf8(app->corpId)),
                kind);
            continue;
        }
        if (get) {
            Outcome out;
            out.status = 200;
            out.body = opened.message;
            out.channelId = app->channelId;
            out.verified = true;
            return out;
        }
        const Result<WeComMessage> parsed = WeComCallbackParser::parseMessage(opened.message);
        if (!parsed.ok())
            return refuse(400, "Invalid XML", app->channelId, QStringLiteral("bad-xml"),
                          parsed.error().message.left(200));
        Outcome out;
        out.status = 200;
        out.body = "success";
        out.channelId = app->channelId;
        out.message = opened.message;
        return out;
    }
    return failure;
}

} // namespace ChannelDesk
