// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Builds authenticated Graph API requests for one Cloud API channel.

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QHttpMultiPart;
class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ChannelDesk {

class GraphReply;
struct Channel;

struct GraphEndpoint
{
    QUrl baseUrl; //!< https://graph.facebook.com, or a local test server
    QString apiVersion; //!< v25.0
    QString accessToken;

    //! A Cloud API channel's endpoint: its Graph base URL and API version, or the defaults when
    //! they are not set.
    static GraphEndpoint forChannel(const Channel& channel, const QString& accessToken);
};

class GraphApiClient : public QObject
{
    Q_OBJECT

public:
    GraphApiClient(QNetworkAccessManager* network, GraphEndpoint endpoint, QObject* parent = nullptr);

    //! GET {base}/{version}/{path}?{query} with the bearer token. The reply is a child of this client.
    GraphReply* get(const QString& path, const QUrlQuery& query = {});
    //! POST {base}/{version}/{path} with a JSON body (Content-Type: application/json).
    GraphReply* post(const QString& path, const QJsonObject& body);
    //! POST {base}/{version}/{path} as multipart/form-data. Takes ownership of multiPart.
    GraphReply* postMultipart(const QString& path, QHttpMultiPart* multiPart);
    //! GET an absolute URL (a media download URL Meta handed out) with the bearer token; the caller
    //! reads the raw bytes. The reply is a child of this client.
    QNetworkReply* getAbsolute(const QUrl& url);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    const GraphEndpoint& endpoint() const { return m_endpoint; }
    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;

private:
    QNetworkRequest request(const QUrl& url, const QByteArray& accept) const;

    QNetworkAccessManager* m_network;
    GraphEndpoint m_endpoint;
    int m_timeoutMs = 20000;
};

} // namespace ChannelDesk
