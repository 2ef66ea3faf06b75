// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteClient.h"

#include "remote/CertificatePins.h"
#include "model/ServerAddress.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace ChannelDesk {

namespace {

// Where prepare() leaves the reason a socket's handshake was refused, for RemoteStream to show.
constexpr char TlsProblemProperty[] = "channeldeskTlsProblem";

QString apiPath(const QString& path)
{
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    return QStringLiteral("/api/v1/") + relative;
}

} // namespace

RemoteClient::RemoteClient(const QUrl& server, const QString& key, CertificatePins* pins, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_key(key)
    , m_pins(pins)
    , m_network(new QNetworkAccessManager(this))
{ }

RemoteClient::~RemoteClient() = default;

QFuture<RemoteClient::Answer> RemoteClient::call(const QString& verb, const QJsonObject& body)
{
    QUrl url = m_server;
    url.setPath(apiPath(QStringLiteral("console/") + verb));
    QNetworkRequest req = request(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return send(m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QFuture<RemoteClient::Answer> RemoteClient::get(const QString& path)
{
    QUrl url = m_server;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(apiPath(path.left(queryAt)));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));
    return send(m_network->get(request(url)));
}

QUrl RemoteClient::streamUrl(qint64 after) const
{
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(apiPath(QStringLiteral("stream")));
    if (after > 0)
        url.setQuery(QStringLiteral("after=%1").arg(after));
    return url;
}

void RemoteClient::prepare(QWebSocket* socket, QNetworkRequest* request)
{
    request->setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    socket->setProperty(TlsProblemProperty, QString());
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        const QString problem = refuseUnpinned(errors, socket->sslConfiguration().peerCertificate());
        if (problem.isEmpty()) {
            // QWebSocket 6.4 only hands the list form to the next connection; the plain form
            // reaches the running handshake. The peer is the pinned certificate, so that is safe.
            socket->ignoreSslErrors();
            return;
        }
        socket->setProperty(TlsProblemProperty, problem);
    });
}

QString RemoteClient::certificateProblem(const QWebSocket* socket)
{
    return socket->property(TlsProblemProperty).toString();
}

QString RemoteClient::certificateMessage(const QString& fingerprint, const QString& pinned)
{
    if (pinned.isEmpty())
        return tr("The server's certificate is not trusted by this system. Its SHA-256 fingerprint is "
                  "%1; compare it with `openssl x509 -noout -fingerprint -sha256 -in CERT` on the "
                  "server before trusting it.")
            .arg(fingerprint);
    return tr("The server's certificate CHANGED since you trusted it: was %1, now %2. This can mean "
              "someone is intercepting the connection. If the server's admin replaced the "
              "certificate, remove the old trust and connect again.")
        .arg(pinned, fingerprint);
}

QNetworkRequest RemoteClient::request(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ChannelDesk/" CHANNELDESK_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    // The bearer key must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

QString RemoteClient::refuseUnpinned(const QList<QSslError>& errors, const QSslCertificate& peer)
{
    QSslCertificate certificate = peer;
    for (qsizetype i = 0; certificate.isNull() && i < errors.size(); ++i)
        certificate = errors.at(i).certificate();
    if (certificate.isNull()) {
        QStringList reasons;
        for (const QSslError& error : errors)
            reasons.append(error.errorString());
        return tr("The TLS handshake with %1 failed: %2")
            .arg(ServerAddress::name(m_server), reasons.join(QStringLiteral("; ")));
    }
    const QString fingerprint = CertificatePins::fingerprint(certificate);
    const QString pinned = m_pins ? m_pins->pinned(ServerAddress::name(m_server)) : QString();
    if (!pinned.isEmpty() && pinned == fingerprint)
        return {};
    emit certificateRefused(fingerprint, pinned);
    return certificateMessage(fingerprint, pinned);
}

QFuture<RemoteClient::Answer> RemoteClient::send(QNetworkReply* reply)
{
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    // Cancelling the caller's future aborts the request; finished() still follows.
    auto* watcher = new QFutureWatcher<Answer>(reply);
    connect(watcher, &QFutureWatcher<Answer>::canceled, reply, &QNetworkReply::abort);
    watcher->setFuture(promise->future());
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        const QString problem = refuseUnpinned(errors, reply->sslConfiguration().peerCertificate());
        if (problem.isEmpty())
            reply->ignoreSslErrors(errors);
        else
            reply->setProperty(TlsProblemProperty, problem);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise] {
        reply->deleteLater();
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        promise->addResult(answerFor(reply));
        promise->finish();
    });
    return promise->future();
}

RemoteClient::Answer RemoteClient::answerFor(QNetworkReply* reply) const
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = ServerAddress::name(m_server);
    if (answer.status == 0) {
        const QString tlsProblem = reply->property(TlsProblemProperty).toString();
        if (!tlsProblem.isEmpty()) {
            answer.code = QStringLiteral("TLS");
            answer.error = Error(0, tlsProblem);
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            // A transfer timeout aborts the reply, which Qt reports as "operation canceled".
            answer.code = QStringLiteral("NETWORK");
            answer.error = Error(0,
                                 tr("%1 did not answer within %2 s. Is `channeldesk serve` still "
                                    "running there, and is the network between you working?")
                                     .arg(server)
                                     .arg(m_timeoutMs / 1000.0));
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            answer.code = QStringLiteral("TLS");
            answer.error = Error(0,
                                 tr("The TLS handshake with %1 failed: %2. Does the server use "
                                    "https (--api-tls-cert), and is the address right?")
                                     .arg(server, reply->errorString()));
        } else {
            answer.code = QStringLiteral("NETWORK");
            answer.error = Error(0,
                                 tr("%1. Is `channeldesk serve` running on %2 with --api-listen "
                                    "reachable from here?")
                                     .arg(reply->errorString(), server));
        }
        return answer;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer.code = QStringLiteral("MALFORMED");
        answer.error = Error(answer.status,
                             tr("%1 answered HTTP %2 without the API's JSON. Is it a "
                                "ChannelDesk server, and is the address right?")
                                 .arg(server)
                                 .arg(answer.status));
        return answer;
    }
    answer.body = document.object();
    if (answer.status >= 200 && answer.status < 300)
        return answer;

    answer.code = answer.body.value(QStringLiteral("code")).toString();
    const QJsonValue errorCode = answer.body.value(QStringLiteral("error_code"));
    const int code = errorCode.isDouble() ? errorCode.toInt() : answer.status;
    QString message = answer.body.value(QStringLiteral("error")).toString();
    if (message.isEmpty())
        message = tr("The server answered HTTP %1.").arg(answer.status);
    QString explanation;
    if (answer.status == 401)
        explanation = tr("The server refused the key: it was revoked or mistyped. Ask the server's "
                         "admin for a key (`channeldesk keys create`) and enter it again.");
    else if (answer.status == 429)
        explanation = reply->hasRawHeader("Retry-After")
            ? tr("Too many requests for this key; wait %1 s and try again.")
                  .arg(QString::fromLatin1(reply->rawHeader("Retry-After")))
            : tr("Too many requests for this key; wait a moment and try again.");
    else if (answer.status >= 500)
        explanation = tr("The server failed to do this; its log may say more.");
    answer.error = Error(code, explanation.isEmpty() ? message : message + QLatin1Char(' ') + explanation);
    return answer;
}

} // namespace ChannelDesk
