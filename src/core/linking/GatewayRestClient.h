// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! JSON requests to one gateway with its authentication, and plain-language descriptions of what
//! went wrong that always quote the gateway's own words. Reads at most MaxAnswerBytes of an answer
//! and gives up on a request once its timeout passes, even while bytes still trickle in.

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ChannelDesk {

class GatewayRestClient : public QObject
{
    Q_OBJECT

public:
    //! The gateways' answers are small JSON documents; past this a server is not a gateway.
    static constexpr qint64 MaxAnswerBytes = 2 * 1024 * 1024;

    enum class Auth
    {
        ApiKeyHeader, //!< WAHA: X-Api-Key
        Bearer, //!< connection gateway: Authorization: Bearer
    };

    struct Response
    {
        int httpStatus = 0; //!< 0 when the gateway never answered (or we stopped reading)
        QString httpReason;
        //! TimeoutError also past the overall deadline; UnknownContentError for an answer over the cap
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        QByteArray body;
        QJsonDocument json;

        bool answered() const { return httpStatus != 0; }
        bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
        bool authRejected() const { return httpStatus == 401 || httpStatus == 403; }
        //! Worth retrying later: no answer at all, a gateway-side error or rate limiting.
        bool transient() const { return httpStatus == 0 || httpStatus >= 500 || httpStatus == 429; }
        QJsonObject object() const { return json.object(); }
        //! The gateway's own words: its JSON message/error, else the start of its body.
        QString gatewayMessage() const;
    };
    using Handler = std::function<void(const Response&)>;

    GatewayRestClient(QUrl baseUrl, QString secret, Auth auth, QObject* parent = nullptr);

    //! path is below the base URL, e.g. "/api/sessions/default"; handler runs on this thread.
    void get(const QString& path, Handler handler);
    void post(const QString& path, const QJsonObject& body, Handler handler);
    void deleteResource(const QString& path, Handler handler);
    //! Drops every request in flight without calling their handlers.
    void abortAll();

    //! "HTTP 500 Internal Server Error: boom" or the network error: the gateway's side of the story.
    QString gatewayWords(const Response& response) const;
    //! A plain explanation plus the gateway's words, e.g. "… Is the gateway running at <url>?".
    QString describe(const Response& response) const;
    //! "API key rejected (HTTP 401 Unauthorized: Unauthorized). …" — for 401/403.
    QString describeAuthRejected(const QString& gatewayWords) const;
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    const QUrl& baseUrl() const { return m_baseUrl; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, Handler handler);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_secret;
    Auth m_auth;
    int m_timeoutMs = 20000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace ChannelDesk
