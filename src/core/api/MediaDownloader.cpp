// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MediaDownloader.h"

#include "api/GraphReply.h"
#include "api/MetaErrorDecoder.h"
#include "util/ReplyBuffer.h"

#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

namespace ChannelDesk {
namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

MediaDownloader::MediaDownloader(QNetworkAccessManager* network, GraphEndpoint endpoint,
                                 QString phoneNumberId, QObject* parent)
    : QObject(parent)
    , m_client(network, std::move(endpoint))
    , m_phoneNumberId(std::move(phoneNumberId))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { stopFetch(Stop::Deadline); });
}

MediaDownloader::~MediaDownloader() = default;

void MediaDownloader::download(const QString& mediaId, const QString& filePath)
{
    if (m_running)
        return;
    m_mediaId = mediaId;
    m_filePath = filePath;
    m_describeOnly = filePath.isEmpty();
    m_lookups = 0;
    m_running = true;
    m_started = true;
    m_cancelled = false;
    m_problem = Problem::None;
    m_error = {};
    m_errorString.clear();
    lookUp();
}

void MediaDownloader::describe(const QString& mediaId)
{
    download(mediaId, {});
}

void MediaDownloader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_lookUp)
        m_lookUp->cancel();
    else if (m_fetch)
        m_fetch->abort();
}

void MediaDownloader::lookUp()
{
    ++m_lookups;
    QUrlQuery query;
    // Makes Meta check that the media belongs to this number.
    if (!m_phoneNumberId.isEmpty())
        query.addQueryItem(QStringLiteral("phone_number_id"), m_phoneNumberId);
    m_lookUp = m_client.get(m_mediaId, query);
    connect(m_lookUp, &GraphReply::finished, this, &MediaDownloader::onLookUpFinished);
}

void MediaDownloader::onLookUpFinished()
{
    GraphReply* reply = m_lookUp;
    m_lookUp = nullptr;
    reply->deleteLater();
    if (reply->error().isError()) {
        m_error = reply->error();
        return fail(Problem::Graph, {});
    }
    const QJsonObject& json = reply->json();
    m_url = QUrl(json.value(QLatin1String("url")).toString());
    m_mimeType = json.value(QLatin1String("mime_type")).toString();
    m_sha256 = json.value(QLatin1String("sha256")).toString();
    // file_size is a string in Meta's examples and a number in other clients' types.
    m_fileSize = json.value(QLatin1String("file_size")).toVariant().toLongLong();
    if (m_describeOnly)
        return finish();
    const QUrl base = m_client.endpoint().baseUrl;
    // The bearer token goes to this URL, so it must be https (or the plain-http test server itself).
    const bool trusted = m_url.scheme() == QLatin1String("https")
        || (m_url.scheme() == base.scheme() && m_url.host() == base.host() && m_url.port() == base.port());
    if (!m_url.isValid() || !trusted) {
        m_error.kind = GraphError::Kind::Malformed;
        m_error.httpStatus = 200;
        m_error.message = m_url.isValid() ? tr("Meta's media URL is not https; the token is not sent there.")
                                          : tr("Meta's answer has no media URL.");
        return fail(Problem::Graph, {});
    }
    fetch();
}

void MediaDownloader::fetch()
{
    m_file = std::make_unique<QSaveFile>(m_filePath);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(Problem::File, tr("Cannot write %1: %2").arg(m_filePath, m_file->errorString()));
    m_hash.reset();
    m_received = 0;
    m_errorBody.clear();
    m_stop = Stop::None;
    QNetworkReply* reply = m_client.getAbsolute(m_url);
    m_fetch = reply;
    // Bounded, so a file larger than memory streams to disk at the pace it is written.
    boundReadBuffer(reply);
    m_deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > sizeLimit()
            && isSuccess(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
            stopFetch(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { consume(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(received, total > 0 ? total : m_fileSize);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFetchFinished(reply); });
}

qint64 MediaDownloader::sizeLimit() const
{
    return m_fileSize > 0 ? m_fileSize : m_maxBytes;
}

void MediaDownloader::stopFetch(Stop why)
{
    if (m_stop != Stop::None || !m_fetch)
        return;
    m_stop = why;
    m_fetch->abort();
}

void MediaDownloader::consume(QNetworkReply* reply)
{
    if (m_stop != Stop::None)
        return;
    if (!isSuccess(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        // An error page, not the file: keep its start for the error details only.
        m_errorBody += reply->read(MaxErrorBody - m_errorBody.size());
        if (m_errorBody.size() >= MaxErrorBody)
            stopFetch(Stop::ErrorBodyFull);
        return;
    }
    const QByteArray data = reply->read(sizeLimit() + 1 - m_received);
    if (m_received + data.size() > sizeLimit())
        return stopFetch(Stop::TooLarge);
    m_hash.addData(data);
    m_received += data.size();
    if (m_file->write(data) != data.size()) {
        m_error = {};
        fail(Problem::File, tr("Cannot write %1: %2").arg(m_filePath, m_file->errorString()));
    }
}

void MediaDownloader::onFetchFinished(QNetworkReply* reply)
{
    m_fetch = nullptr;
    m_deadline->stop();
    reply->deleteLater();
    if (!m_running)
        return; // already failed while writing
    // Bytes can arrive together with finished(), without a readyRead() of their own.
    if (reply->bytesAvailable() > 0)
        consume(reply);
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_cancelled) {
        m_error.kind = GraphError::Kind::Cancelled;
        m_error.message = tr("Cancelled.");
        return fail(Problem::Graph, {});
    }
    if (status == 404 && m_lookups < 2) {
        // Media URLs live five minutes; Meta's advice is to look the media up again.
        m_file.reset();
        return lookUp();
    }
    const QString where = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    if (m_stop == Stop::Deadline) {
        m_error.kind = GraphError::Kind::Timeout;
        m_error.message = tr("%1 did not deliver the whole file within %2 s; the download was stopped.")
                              .arg(where)
                              .arg(m_deadlineMs / 1000.0);
        return fail(Problem::Graph, {});
    }
    if (m_stop == Stop::TooLarge) {
        m_error.kind = GraphError::Kind::Malformed;
        m_error.httpStatus = status;
        m_error.message = m_fileSize > 0
            ? tr("%1 sent more than the %2 bytes Meta announced for this file, so ChannelDesk stopped "
                 "reading and discarded it.")
                  .arg(where)
                  .arg(m_fileSize)
            : tr("%1 sent more than %2 MiB, more than any WhatsApp media file, so ChannelDesk stopped "
                 "reading and discarded it.")
                  .arg(where)
                  .arg(m_maxBytes / (1024 * 1024));
        return fail(Problem::Graph, {});
    }
    if (m_stop != Stop::ErrorBodyFull
        && (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)) {
        m_error.kind = GraphError::Kind::Timeout;
        m_error.message = reply->errorString();
        return fail(Problem::Graph, {});
    }
    if (status == 0 && netError != QNetworkReply::NoError && m_stop != Stop::ErrorBodyFull) {
        m_error.kind = netError == QNetworkReply::SslHandshakeFailedError ? GraphError::Kind::Tls
                                                                          : GraphError::Kind::Network;
        m_error.message = reply->errorString();
        return fail(Problem::Graph, {});
    }
    if (!isSuccess(status)) {
        m_error = GraphReply::errorFromResponse(status, m_errorBody);
        if (m_error.kind == GraphError::Kind::Http)
            m_error.message
                = tr("HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        return fail(Problem::Graph, {});
    }
    verifyAndCommit();
}

void MediaDownloader::verifyAndCommit()
{
    const QByteArray digest = m_hash.result();
    const QByteArray expected = m_sha256.toLatin1();
    // The spec documents base64; some answers carry hex. Accept either spelling of the same digest.
    const bool matches
        = expected.isEmpty() || expected == digest.toBase64() || expected.toLower() == digest.toHex();
    if (!matches)
        return fail(Problem::Checksum,
                    tr("The downloaded file does not match Meta's SHA-256 checksum; it was discarded."));
    if (m_fileSize > 0 && m_received != m_fileSize)
        return fail(Problem::Checksum,
                    tr("The downloaded file has %1 bytes, but Meta announced %2; it was "
                       "discarded.")
                        .arg(m_received)
                        .arg(m_fileSize));
    if (!m_file->commit())
        return fail(Problem::File, tr("Cannot write %1: %2").arg(m_filePath, m_file->errorString()));
    m_file.reset();
    finish();
}

void MediaDownloader::fail(Problem problem, const QString& text)
{
    m_problem = problem;
    m_errorString = text;
    if (problem == Problem::Graph) {
        const ErrorExplanation explanation = MetaErrorDecoder::explain(m_error);
        m_errorString = MetaErrorDecoder::remoteWords(m_error);
        if (!explanation.cause.isEmpty() && m_error.kind != GraphError::Kind::Cancelled)
            m_errorString += QLatin1Char('\n') + explanation.cause;
    }
    if (m_fetch) {
        QNetworkReply* reply = m_fetch;
        m_fetch = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_file.reset(); // discards the partial download
    finish();
}

void MediaDownloader::finish()
{
    m_running = false;
    emit finished();
}

} // namespace ChannelDesk
