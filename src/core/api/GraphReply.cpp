// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GraphReply.h"

#include "util/Logging.h"
#include "util/ReplyBuffer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace ChannelDesk {
namespace {

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::InsecureRedirectError;
}

QString safeUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

} // namespace

GraphReply::GraphReply(QNetworkReply* reply, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    // Bounded, so Qt's network thread stops reading at the cap instead of racing past it.
    boundReadBuffer(reply);
    connect(reply, &QNetworkReply::finished, this, &GraphReply::onReplyFinished);
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Remember the first certificate problem: QNetworkReply only says "handshake failed".
        if (!errors.isEmpty() && m_error.message.isEmpty())
            m_error.details = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        bool known = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > MaxAnswerBytes)
            stop(Stop::TooLarge);
    });
    // Read as it arrives so Qt's own buffer stays small, and stop once past the cap.
    connect(reply, &QNetworkReply::readyRead, this, &GraphReply::takeBytes);
}

GraphReply::~GraphReply() = default;

void GraphReply::setDeadline(int milliseconds, bool afterUpload)
{
    if (milliseconds <= 0 || m_finished || !m_reply)
        return;
    m_deadlineMs = milliseconds;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(milliseconds);
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(Stop::Deadline); });
    if (!afterUpload) {
        m_deadline->start();
        return;
    }
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total && !m_deadline->isActive())
            m_deadline->start();
    });
}

void GraphReply::takeBytes()
{
    if (m_stop != Stop::None || !m_reply || !m_reply->isOpen())
        return;
    m_body += m_reply->read(MaxAnswerBytes + 1 - m_body.size());
    if (m_body.size() > MaxAnswerBytes)
        stop(Stop::TooLarge);
}

void GraphReply::stop(Stop why)
{
    if (m_stop != Stop::None || m_finished || !m_reply)
        return;
    m_stop = why;
    m_reply->abort();
}

void GraphReply::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

GraphError GraphReply::errorFromResponse(int httpStatus, const QByteArray& body)
{
    GraphError error;
    error.httpStatus = httpStatus;
    error.body = QString::fromUtf8(body.left(4096));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object().value(QLatin1String("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
        error.kind = GraphError::Kind::Http;
        return error;
    }
    error.kind = GraphError::Kind::Api;
    error.code = object.value(QLatin1String("code")).toInt();
    error.subcode = object.value(QLatin1String("error_subcode")).toInt();
    error.type = object.value(QLatin1String("type")).toString();
    error.message = object.value(QLatin1String("message")).toString();
    error.details
        = object.value(QLatin1String("error_data")).toObject().value(QLatin1String("details")).toString();
    error.userTitle = object.value(QLatin1String("error_user_title")).toString();
    error.userMessage = object.value(QLatin1String("error_user_msg")).toString();
    error.fbtraceId = object.value(QLatin1String("fbtrace_id")).toString();
    error.transient = object.value(QLatin1String("is_transient")).toBool();
    return error;
}

void GraphReply::onReplyFinished()
{
    if (m_finished)
        return;
    takeBytes();
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    const QNetworkReply::NetworkError netError = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = std::exchange(m_body, {});
    const QString tlsDetail = m_error.details;
    const QString where = safeUrl(m_reply->url());

    if (m_cancelled) {
        m_error.kind = GraphError::Kind::Cancelled;
        m_error.message = tr("Cancelled.");
    } else if (m_stop == Stop::Deadline) {
        m_error.kind = GraphError::Kind::Timeout;
        m_error.httpStatus = status;
        m_error.message = tr("%1 gave no complete answer within %2 s — Meta or the network is slow or stuck; "
                             "try again, and check graph_base_url and any proxy.")
                              .arg(where)
                              .arg(m_deadlineMs / 1000.0);
    } else if (m_stop == Stop::TooLarge) {
        // Malformed: the explanation points at the base URL, which is where such servers come from.
        m_error.kind = GraphError::Kind::Malformed;
        m_error.httpStatus = status;
        m_error.message = tr("%1 sent more than %2 MiB, so ChannelDesk stopped reading; that is not an "
                             "answer from the Graph API — check graph_base_url.")
                              .arg(where)
                              .arg(MaxAnswerBytes / (1024 * 1024));
        m_error.body = QString::fromUtf8(body.left(4096));
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        // A transfer timeout aborts the reply, which Qt reports as "operation canceled".
        m_error.kind = GraphError::Kind::Timeout;
        m_error.message = m_reply->errorString();
    } else if (status == 0 && netError != QNetworkReply::NoError) {
        // A TCP connection that dies before the TLS handshake completes (a proxy or server that
        // does not speak TLS) shows up as "remote host closed" rather than a handshake error.
        const bool diedDuringHandshake = m_reply->url().scheme() == QLatin1String("https") && !m_encrypted
            && (netError == QNetworkReply::RemoteHostClosedError
                || netError == QNetworkReply::ProtocolFailure);
        m_error.kind = isTlsError(netError) || diedDuringHandshake || !tlsDetail.isEmpty()
            ? GraphError::Kind::Tls
            : GraphError::Kind::Network;
        m_error.message = m_reply->errorString();
    } else if (status < 200 || status >= 300) {
        m_error = errorFromResponse(status, body);
        if (m_error.kind == GraphError::Kind::Http)
            m_error.message
                = tr("HTTP %1 %2")
                      .arg(status)
                      .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            m_error.kind = GraphError::Kind::Malformed;
            m_error.httpStatus = status;
            m_error.message = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("not a JSON object");
            m_error.body = QString::fromUtf8(body.left(4096));
        } else {
            m_json = doc.object();
        }
    }
    if (m_error.isError() && m_error.kind != GraphError::Kind::Cancelled)
        qCInfo(lcGraph) << "Graph API call failed:" << int(m_error.kind) << m_error.httpStatus << m_error.code
                        << m_error.message;
    emit finished();
}

} // namespace ChannelDesk
