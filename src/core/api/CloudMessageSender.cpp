// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CloudMessageSender.h"

#include "api/GraphReply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ChannelDesk {

CloudMessageSender::CloudMessageSender(QNetworkAccessManager* network, GraphEndpoint endpoint,
                                       QString phoneNumberId, QObject* parent)
    : QObject(parent)
    , m_client(network, std::move(endpoint))
    , m_phoneNumberId(std::move(phoneNumberId))
{ }

bool CloudMessageSender::isStatusUpdate(const QJsonObject& payload)
{
    return payload.value(QLatin1String("status")).toString() == QLatin1String("read");
}

SendResult CloudMessageSender::resultFromJson(const QJsonObject& payload, const QJsonObject& answer)
{
    SendResult result;
    if (isStatusUpdate(payload)) {
        if (answer.value(QLatin1String("success")).toBool())
            return result;
        result.error.kind = GraphError::Kind::Malformed;
        result.error.httpStatus = 200;
        result.error.message = tr("Meta's answer does not confirm the read receipt (no \"success\": true).");
    } else {
        const QJsonObject message = answer.value(QLatin1String("messages")).toArray().at(0).toObject();
        const QJsonObject contact = answer.value(QLatin1String("contacts")).toArray().at(0).toObject();
        result.messageId = message.value(QLatin1String("id")).toString();
        result.messageStatus = message.value(QLatin1String("message_status")).toString();
        result.waId = contact.value(QLatin1String("wa_id")).toString();
        if (!result.messageId.isEmpty())
            return result;
        // Without the wamid no status, reply or reaction can ever be matched to this send.
        result.error.kind = GraphError::Kind::Malformed;
        result.error.httpStatus = 200;
        result.error.message = tr("Meta's answer has no message ID (messages[0].id).");
    }
    result.error.body = QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact).left(4096));
    return result;
}

void CloudMessageSender::send(const QString& reference, const QJsonObject& payload)
{
    cancel(reference);
    GraphReply* reply = m_client.post(m_phoneNumberId + QStringLiteral("/messages"), payload);
    m_pending.insert(reference, reply);
    connect(reply, &GraphReply::finished, this,
            [this, reference, reply, payload] { onReplyFinished(reference, reply, payload); });
}

void CloudMessageSender::cancel(const QString& reference)
{
    const QPointer<GraphReply> reply = m_pending.value(reference);
    if (reply)
        reply->cancel();
}

void CloudMessageSender::onReplyFinished(const QString& reference, GraphReply* reply,
                                         const QJsonObject& payload)
{
    // A newer send under the same reference may already be registered; only drop our own entry.
    if (m_pending.value(reference) == reply)
        m_pending.remove(reference);
    reply->deleteLater();
    SendResult result;
    if (reply->error().isError())
        result.error = reply->error();
    else
        result = resultFromJson(payload, reply->json());
    emit finished(reference, result);
}

} // namespace ChannelDesk
