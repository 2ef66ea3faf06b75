// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookClient.h"

#include "webhook/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

int WebhookClient::wait(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int WebhookClient::post(const QString& phoneNumberId, const QByteArray& body, const QByteArray& appSecret)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp/%2").arg(m_port).arg(phoneNumberId)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", ChannelDesk::SignatureVerifier::sign(body, appSecret));
    return wait(m_network.post(request, body));
}

int WebhookClient::verify(const QString& phoneNumberId, const QString& verifyToken, const QString& challenge)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp/%2").arg(m_port).arg(phoneNumberId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("subscribe"));
    query.addQueryItem(QStringLiteral("hub.verify_token"), verifyToken);
    query.addQueryItem(QStringLiteral("hub.challenge"), challenge);
    url.setQuery(query);
    return wait(m_network.get(QNetworkRequest(url)));
}

QByteArray WebhookClient::textMessage(const QString& phoneNumberId, const QString& wamid, const QString& from,
                                      const QString& name, const QString& text, const QDateTime& at)
{
    const QJsonObject message{{QStringLiteral("from"), from},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QString::number(at.toSecsSinceEpoch())},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject contact{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}},
                              {QStringLiteral("wa_id"), from}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001234")},
                     {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("contacts"), QJsonArray{contact}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    return messagesChange(value);
}

QByteArray WebhookClient::messagesChange(const QJsonObject& value)
{
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                             {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("100000000000001")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    const QJsonObject root{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
