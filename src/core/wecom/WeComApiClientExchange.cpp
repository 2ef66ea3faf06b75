// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WeComApiClient's HTTP exchange: one request with an overall deadline and a cap on the answer, and
// the words for every way it can fail.
#include "wecom/WeComApiClient.h"

#include "util/Logging.h"
#include "util/ReplyBuffer.h"
#include "wecom/WeComErrorDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ChannelDesk {
namespace {

//! Why we stopped a reply ourselves; Qt reports all of them as "operation canceled".
enum class Stop
{
    None,
    Deadline,
    TooLarge,
};

struct Exchange
{
    QByteArray body;
    Stop stop = Stop::None;
};

QString safeUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

//! Qt's error strings may quote the whole URL, query included; put the safe form in its place, and
//! blank out the secret and the token wherever else they might show.
QString scrubbed(QString words, const QUrl& url, const QStringList& secrets)
{
    const QString safe = safeUrl(url);
    for (const QString& full : {url.toString(QUrl::FullyEncoded), url.toString(), url.toDisplayString()})
        words.replace(full, safe);
    for (const QString& secret : secrets) {
        if (!secret.isEmpty()) {
            words.replace(secret, QStringLiteral("…"));
            words.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), QStringLiteral("…"));
        }
    }
    return words;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::InsecureRedirectError;
}

} // namespace

void WeComApiClient::exchange(bool post, const QUrl& url, const QByteArray& body, const QStringList& secrets,
                              Answered answered)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ChannelDesk/" CHANNELDESK_VERSION));
    request.setRawHeader("Accept", "application/json");
    // An idle timeout as well as the overall deadline below: Qt reports the idle one sooner.
    request.setTransferTimeout(m_timeoutMs);
    // The query holds the secret or the token: never carry it to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply* reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(request, body);
    } else {
        reply = m_network->get(request);
    }
    // Our child, so destroying the client ends the request (see the destructor).
    reply->setParent(this);
    // Bounded, so Qt's network thread stops reading at the cap instead of racing past it.
    boundReadBuffer(reply);
    auto state = std::make_shared<Exchange>();
    const auto stop = [reply, state](Stop why) {
        if (state->stop != Stop::None)
            return;
        state->stop = why;
        reply->abort();
    };

    // The transfer timeout only notices silence; a server trickling a byte at a time needs this.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [stop] { stop(Stop::Deadline); });
    deadline->start(m_timeoutMs);

    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stop] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > kMaxAnswerBytes)
            stop(Stop::TooLarge);
    });
    // Read as it arrives so Qt's own buffer stays small, and stop once past the cap.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, stop] {
        if (state->stop != Stop::None)
            return;
        state->body += reply->read(kMaxAnswerBytes + 1 - state->body.size());
        if (state->body.size() > kMaxAnswerBytes)
            stop(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [stop](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            stop(Stop::TooLarge);
    });

    connect(reply, &QNetworkReply::finished, reply, [this, reply, url, secrets, state, answered, deadline] {
        deadline->stop();
        reply->deleteLater();
        if (state->stop == Stop::None && reply->isOpen()) {
            state->body += reply->read(kMaxAnswerBytes + 1 - state->body.size());
            if (state->body.size() > kMaxAnswerBytes)
                state->stop = Stop::TooLarge;
        }
        const QString where = safeUrl(url);
        const QNetworkReply::NetworkError netError = reply->error();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        WeComResult result;
        result.httpStatus = status;
        QJsonObject json;

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(state->body, &parseError);
        const bool weComAnswer = state->stop == Stop::None && parseError.error == QJsonParseError::NoError
            && doc.isObject() && doc.object().contains(QLatin1String("errcode"));

        if (state->stop == Stop::Deadline) {
            result.message = tr("%1 gave no complete answer within %2 s — WeCom or the network is slow or "
                                "stuck; try again, and check api_base_url and any proxy.")
                                 .arg(where)
                                 .arg(m_timeoutMs / 1000.0);
        } else if (state->stop == Stop::TooLarge) {
            result.message = tr("%1 sent more than %2 KiB, so ChannelDesk stopped reading — that is not an "
                                "answer from WeCom's API; check api_base_url.")
                                 .arg(where)
                                 .arg(kMaxAnswerBytes / 1024);
        } else if (netError == QNetworkReply::OperationCanceledError
                   || netError == QNetworkReply::TimeoutError) {
            result.message
                = tr("%1 sent nothing for %2 s — WeCom or the network is slow or stuck; try again, "
                     "and check api_base_url and any proxy.")
                      .arg(where)
                      .arg(m_timeoutMs / 1000.0);
        } else if (weComAnswer) {
            json = doc.object();
            result.errcode = json.value(QLatin1String("errcode")).toInt();
            result.errmsg = scrubbed(json.value(QLatin1String("errmsg")).toString(), url, secrets);
            result.ok = result.errcode == 0;
            if (!result.ok)
                result.message
                    = scrubbed(WeComErrorDecoder::describe(result.errcode, result.errmsg), url, secrets);
        } else if (status == 0 && netError != QNetworkReply::NoError) {
            const QString words = scrubbed(reply->errorString(), url, secrets);
            result.message = isTlsError(netError)
                ? tr("The secure connection to %1 failed: %2 — check the system clock, any proxy that "
                     "intercepts TLS, and api_base_url.")
                      .arg(where, words)
                : tr("Cannot reach %1: %2 — check api_base_url and the server's network.").arg(where, words);
        } else if (status < 200 || status >= 300) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            result.message = tr("%1 answered HTTP %2 %3 — that is not an answer from WeCom's API; check "
                                "api_base_url.")
                                 .arg(where, QString::number(status), reason)
                                 .trimmed();
        } else {
            result.message = tr("%1 answered with something that is not WeCom's JSON — check api_base_url; a "
                                "proxy or captive portal may be answering instead of WeCom.")
                                 .arg(where);
        }
        if (!result.ok)
            qCInfo(lcOutbound) << "WeCom call failed:" << result.errcode << result.message;
        answered(result, json);
    });
}

} // namespace ChannelDesk
