// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GraphApiClient.h"

#include "api/GraphReply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ChannelDesk {

GraphApiClient::GraphApiClient(QNetworkAccessManager* network, GraphEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
{ }

GraphReply* GraphApiClient::get(const QString& path, const QUrlQuery& query)
{
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + m_endpoint.apiVersion + QLatin1Char('/') + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ChannelDesk/" CHANNELDESK_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    // Never follow redirects with the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return new GraphReply(m_network->get(request), this);
}

} // namespace ChannelDesk
