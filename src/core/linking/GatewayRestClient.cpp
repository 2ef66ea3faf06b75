// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewayRestClient.h"
#include "util/Logging.h"
#include "util/ReplyBuffer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace ChannelDesk {

namespace {

constexpr qsizetype MaxQuotedBody = 200;

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

QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    // NestJS validation errors carry a list of messages.
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << item.toString();
        parts.removeAll(QString());
        return parts.join(QLatin1String("; "));
    }
    if (value.isObject())
        return textOf(value.toObject().value(QLatin1String("message")));
    return {};
}

} // namespace

QString GatewayRestClient::Response::gatewayMessage() const
{
    if (json.isObject()) {
        const QJsonObject object = json.object();
        for (const char* key : {"message", "error", "detail"}) {
            if (const QString text = textOf(object.value(QLatin1String(key))); !text.isEmpty())
                return text;
        }
    }
    const QString text = QString::fromUtf8(body).simplified();
    return text.size() > MaxQuotedBody ? text.left(MaxQuotedBody) + QChar(0x2026) : text;
}

GatewayRestClient::GatewayRestClient(QUrl baseUrl, QString secret, Auth auth, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_secret(std::move(secret))
    , m_auth(auth)
{ }

QUrl GatewayRestClient::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl result = m_baseUrl;
    // Keep a path prefix the gateway may sit under behind a reverse proxy.
    QString prefix = result.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    result.setPath(prefix + path);
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const auto& [key, value] : query)
            items.addQueryItem(key, value);
        result.setQuery(items);
    }
    return result;
}

void GatewayRestClient::get(const QString& path, Handler handler)
{
    send("GET", path, {}, std::move(handler));
}

void GatewayRestClient::post(const QString& path, const QJsonObject& body, Handler handler)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(handler));
}

void GatewayRestClient::deleteResource(const QString& path, Handler handler)
{
    send("DELETE", path, {}, std::move(handler));
}

void GatewayRestClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                             Handler handler)
{
    QUrl target = url(path.section(QLatin1Char('?'), 0, 0));
    if (path.contains(QLatin1Char('?')))
        target.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(target);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (m_auth == Auth::ApiKeyHeader)
        request.setRawHeader("X-Api-Key", m_secret.toUtf8());
    else
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    m_inFlight.append(reply);
    // Bounded, so Qt's network thread stops reading at the cap instead of racing past it.
    boundReadBuffer(reply);
    qCDebug(lcLinking) << verb << target.toDisplayString(QUrl::RemoveQuery);
    auto state = std::make_shared<Exchange>();
    const auto stop = [reply, state](Stop why) {
        if (state->stop != Stop::None)
            return;
        state->stop = why;
        reply->abort();
    };
    const auto take = [reply, state, stop] {
        if (state->stop != Stop::None || !reply->isOpen())
            return;
        state->body += reply->read(MaxAnswerBytes + 1 - state->body.size());
        if (state->body.size() > MaxAnswerBytes)
            stop(Stop::TooLarge);
    };
    // The transfer timeout only notices silence; a server trickling a byte at a time needs this.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [stop] { stop(Stop::Deadline); });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stop] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > MaxAnswerBytes)
            stop(Stop::TooLarge);
    });
    // Read as it arrives so Qt's own buffer stays small.
    connect(reply, &QNetworkReply::readyRead, reply, take);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, state, take, deadline, handler = std::move(handler)] {
                deadline->stop();
                take();
                m_inFlight.removeAll(reply);
                reply->deleteLater();
                const QString where
                    = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
                Response response;
                if (state->stop == Stop::Deadline) {
                    response.networkError = QNetworkReply::TimeoutError;
                    response.networkErrorString
                        = tr("%1 gave no complete answer within %2 s").arg(where).arg(m_timeoutMs / 1000.0);
                    return handler(response);
                }
                if (state->stop == Stop::TooLarge) {
                    response.networkError = QNetworkReply::UnknownContentError;
                    response.networkErrorString
                        = tr("%1 sent more than %2 MiB, so ChannelDesk stopped reading")
                              .arg(where)
                              .arg(MaxAnswerBytes / (1024 * 1024));
                    return handler(response);
                }
                response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.httpReason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                response.networkError = reply->error();
                response.networkErrorString = reply->errorString();
                response.body = std::move(state->body);
                response.json = QJsonDocument::fromJson(response.body);
                handler(response);
            });
}

void GatewayRestClient::abortAll()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString GatewayRestClient::gatewayWords(const Response& response) const
{
    if (!response.answered())
        return response.networkErrorString;
    QString words = QStringLiteral("HTTP %1").arg(response.httpStatus);
    if (!response.httpReason.isEmpty())
        words += QLatin1Char(' ') + response.httpReason;
    if (const QString message = response.gatewayMessage(); !message.isEmpty())
        words += QLatin1String(": ") + message;
    return words;
}

QString GatewayRestClient::describe(const Response& response) const
{
    const QString where = m_baseUrl.toDisplayString();
    const QString words = gatewayWords(response);
    if (!response.answered()) {
        switch (response.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("%1. Is the gateway running at %2?").arg(words, where);
        case QNetworkReply::HostNotFoundError:
            return tr("%1. Check the host name in %2.").arg(words, where);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("%1. The gateway at %2 did not answer in time; is it overloaded or blocked by a "
                      "firewall?")
                .arg(words, where);
        case QNetworkReply::UnknownContentError:
            return tr("%1. That is not an answer from a gateway; check the gateway URL %2.")
                .arg(words, where);
        case QNetworkReply::RemoteHostClosedError:
            return tr("%1. The gateway at %2 closed the connection; is it restarting?").arg(words, where);
        case QNetworkReply::SslHandshakeFailedError:
            return tr("%1. Check the TLS certificate of %2.").arg(words, where);
        default:
            return tr("%1. Is the gateway running at %2?").arg(words, where);
        }
    }
    if (response.authRejected())
        return describeAuthRejected(words);
    if (response.httpStatus == 404)
        return tr("%1. The gateway at %2 does not know this session or route; check the URL and the session "
                  "name.")
            .arg(words, where);
    if (response.httpStatus == 429)
        return tr("%1. The gateway is rate limiting requests.").arg(words);
    if (response.httpStatus >= 500)
        return tr("%1. The gateway had an internal error; it may be restarting or its WhatsApp engine "
                  "failed.")
            .arg(words);
    return tr("%1. The gateway refused the request.").arg(words);
}

QString GatewayRestClient::describeAuthRejected(const QString& gatewayWords) const
{
    return tr("API key rejected (%1). Check the key in the channel settings; ChannelDesk will not retry with "
              "it.")
        .arg(gatewayWords);
}

} // namespace ChannelDesk
