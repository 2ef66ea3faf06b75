// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Builds authenticated Graph API requests for one Cloud API channel.

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace ChannelDesk {

class GraphReply;

struct GraphEndpoint
{
    QUrl baseUrl; //!< https://graph.facebook.com, or a local test server
    QString apiVersion; //!< v25.0
    QString accessToken;
};

class GraphApiClient : public QObject
{
    Q_OBJECT

public:
    GraphApiClient(QNetworkAccessManager* network, GraphEndpoint endpoint, QObject* parent = nullptr);

    //! GET {base}/{version}/{path}?{query} with the bearer token. The reply is a child of this client.
    GraphReply* get(const QString& path, const QUrlQuery& query = {});
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

private:
    QNetworkAccessManager* m_network;
    GraphEndpoint m_endpoint;
    int m_timeoutMs = 20000;
};

} // namespace ChannelDesk
