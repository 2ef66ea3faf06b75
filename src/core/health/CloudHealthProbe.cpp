// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CloudHealthProbe.h"

#include "api/GraphReply.h"

namespace ChannelDesk {

CloudHealthProbe::CloudHealthProbe(QNetworkAccessManager* network, GraphEndpoint endpoint,
                                   QString phoneNumberId, QObject* parent)
    : QObject(parent)
    , m_client(network, std::move(endpoint))
    , m_phoneNumberId(std::move(phoneNumberId))
{ }

QString CloudHealthProbe::requestedFields()
{
    return QStringLiteral("id,display_phone_number,verified_name,quality_rating,throughput,"
                          "whatsapp_business_manager_messaging_limit");
}

void CloudHealthProbe::check()
{
    if (isRunning())
        return;
    m_health = {};
    m_health.phoneNumberId = m_phoneNumberId;
    QUrlQuery phoneQuery;
    phoneQuery.addQueryItem(QStringLiteral("fields"), requestedFields());
    m_phoneReply = m_client.get(m_phoneNumberId, phoneQuery);
    // debug_token inspects the token it is called with; Meta wants it as input_token as well.
    QUrlQuery tokenQuery;
    tokenQuery.addQueryItem(QStringLiteral("input_token"), m_client.endpoint().accessToken);
    m_tokenReply = m_client.get(QStringLiteral("debug_token"), tokenQuery);
    connect(m_phoneReply, &GraphReply::finished, this, &CloudHealthProbe::onPhoneFinished);
    connect(m_tokenReply, &GraphReply::finished, this, &CloudHealthProbe::onTokenFinished);
}

void CloudHealthProbe::cancel()
{
    // Cancelling one reply finishes it synchronously, so keep guarded copies of both first.
    const QPointer<GraphReply> phone = m_phoneReply;
    const QPointer<GraphReply> token = m_tokenReply;
    if (phone)
        phone->cancel();
    if (token)
        token->cancel();
}

void CloudHealthProbe::onPhoneFinished()
{
    GraphReply* reply = m_phoneReply;
    m_phoneReply = nullptr;
    reply->deleteLater();
    m_health.phoneError = reply->error();
    if (!m_health.phoneError.isError()) {
        const QJsonObject& json = reply->json();
        const QString id = json.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && id != m_phoneNumberId) {
            m_health.phoneError.kind = GraphError::Kind::Malformed;
            m_health.phoneError.httpStatus = 200;
            m_health.phoneError.message
                = tr("Meta answered for phone number ID %1, not %2.").arg(id, m_phoneNumberId);
        } else {
            m_health.displayNumber = json.value(QLatin1String("display_phone_number")).toString();
            m_health.verifiedName = json.value(QLatin1String("verified_name")).toString();
            m_health.qualityRating = json.value(QLatin1String("quality_rating")).toString();
            m_health.messagingLimit
                = json.value(QLatin1String("whatsapp_business_manager_messaging_limit")).toString();
            m_health.throughputLevel
                = json.value(QLatin1String("throughput")).toObject().value(QLatin1String("level")).toString();
        }
    }
    finishIfDone();
}

void CloudHealthProbe::onTokenFinished()
{
    GraphReply* reply = m_tokenReply;
    m_tokenReply = nullptr;
    reply->deleteLater();
    m_health.tokenError = reply->error();
    if (!m_health.tokenError.isError()) {
        if (!reply->json().value(QLatin1String("data")).isObject()) {
            m_health.tokenError.kind = GraphError::Kind::Malformed;
            m_health.tokenError.httpStatus = 200;
            m_health.tokenError.message = tr("Meta's debug_token answer has no \"data\" object.");
        } else {
            m_health.token = TokenInfo::fromDebugToken(reply->json());
        }
    }
    finishIfDone();
}

void CloudHealthProbe::finishIfDone()
{
    if (isRunning())
        return;
    m_health.checkedAt = QDateTime::currentDateTimeUtc();
    emit finished(m_health);
}

} // namespace ChannelDesk
