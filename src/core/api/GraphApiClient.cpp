// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GraphApiClient.h"

#include "api/GraphReply.h"
#include "channels/Channel.h"
#include "channels/CloudApiFields.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ChannelDesk {

GraphEndpoint GraphEndpoint::forChannel(const Channel& channel, const QString& accessToken)
{
    const QString base = channel.field(CloudApiFields::graphBaseUrl());
    const QString version = channel.field(CloudApiFields::apiVersion());
    return GraphEndpoint{QUrl(base.isEmpty() ? CloudApiFields::defaultGraphBaseUrl() : base),
                         version.isEmpty() ? CloudApiFields::defaultApiVersion() : version, accessToken};
}

GraphApiClient::GraphApiClient(QNetworkAccessManager* network, GraphEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
{ }

QUrl GraphApiClient::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + m_endpoint.apiVersion + QLatin1Char('/') + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest GraphApiClient::request(const QUrl& url, const QByteArray& accept) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.accessToken.toUtf8());
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ChannelDesk/" CHANNELDESK_VERSION));
    // An inactivity timeout: a long upload or download that keeps moving is not cut off. GraphReply
    // adds an overall deadline for the answer itself.
    request.setTransferTimeout(m_timeoutMs);
    // Never follow redirects with the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

GraphReply* GraphApiClient::get(const QString& path, const QUrlQuery& query)
{
    auto* reply = new GraphReply(m_network->get(request(urlFor(path, query), "application/json")), this);
    reply->setDeadline(m_timeoutMs);
    return reply;
}

GraphReply* GraphApiClient::post(const QString& path, const QJsonObject& body)
{
    QNetworkRequest req = request(urlFor(path), "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto* reply
        = new GraphReply(m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), this);
    reply->setDeadline(m_timeoutMs);
    return reply;
}

GraphReply* GraphApiClient::postMultipart(const QString& path, QHttpMultiPart* multiPart)
{
    // QNetworkAccessManager sets Content-Type with the boundary itself.
    QNetworkReply* reply = m_network->post(request(urlFor(path), "application/json"), multiPart);
    multiPart->setParent(reply);
    auto* graphReply = new GraphReply(reply, this);
    // The upload may take long; the answer to it must not.
    graphReply->setDeadline(m_timeoutMs, true);
    return graphReply;
}

QNetworkReply* GraphApiClient::getAbsolute(const QUrl& url)
{
    QNetworkReply* reply = m_network->get(request(url, "*/*"));
    reply->setParent(this);
    return reply;
}

} // namespace ChannelDesk
