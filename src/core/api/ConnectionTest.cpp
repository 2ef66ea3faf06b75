// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ConnectionTest.h"

#include "api/GraphReply.h"
#include "api/MetaErrorDecoder.h"

namespace ChannelDesk {

ConnectionTest::ConnectionTest(QNetworkAccessManager* network, const GraphEndpoint& endpoint,
                               QString phoneNumberId, QObject* parent)
    : QObject(parent)
    , m_client(network, endpoint)
    , m_phoneNumberId(std::move(phoneNumberId))
{ }

QString ConnectionTest::requestedFields()
{
    return QStringLiteral("id,display_phone_number,verified_name,quality_rating,code_verification_status,"
                          "platform_type,throughput");
}

void ConnectionTest::setTimeout(int milliseconds)
{
    m_client.setTimeout(milliseconds);
}

void ConnectionTest::start()
{
    m_done = false;
    m_error = {};
    m_warnings.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), requestedFields());
    m_reply = m_client.get(m_phoneNumberId, query);
    connect(m_reply, &GraphReply::finished, this, &ConnectionTest::onReplyFinished);
}

void ConnectionTest::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void ConnectionTest::onReplyFinished()
{
    GraphReply* reply = m_reply;
    m_done = true;
    m_error = reply->error();
    if (!m_error.isError()) {
        m_info = PhoneNumberInfo::fromJson(reply->json());
        // An empty answer or another number's data means we are not talking to what we configured.
        if (m_info.id.isEmpty() && m_info.displayPhoneNumber.isEmpty()) {
            m_error.kind = GraphError::Kind::Malformed;
            m_error.message = tr("The answer has no phone number in it.");
        } else if (!m_info.id.isEmpty() && m_info.id != m_phoneNumberId) {
            m_error.kind = GraphError::Kind::Malformed;
            m_error.message
                = tr("Meta answered for phone number ID %1, not %2.").arg(m_info.id, m_phoneNumberId);
        }
    }
    if (!m_error.isError()) {
        if (!m_info.platformType.isEmpty() && m_info.platformType != QLatin1String("CLOUD_API"))
            m_warnings << tr("This number runs on the %1 platform; only CLOUD_API numbers send webhooks to "
                             "ChannelDesk. Migrate it to the Cloud API in WhatsApp Manager.")
                              .arg(m_info.platformType);
        if (m_info.qualityRating == QLatin1String("RED"))
            m_warnings << tr(
                "Quality rating is RED: customers are blocking or reporting this number. Meta may "
                "lower its messaging limit.");
        else if (m_info.qualityRating == QLatin1String("YELLOW"))
            m_warnings << tr("Quality rating is YELLOW: watch for blocks and reports.");
        if (!m_info.codeVerificationStatus.isEmpty()
            && m_info.codeVerificationStatus != QLatin1String("VERIFIED"))
            m_warnings << tr("The number's ownership is not verified (%1); finish verification in WhatsApp "
                             "Manager > Phone numbers.")
                              .arg(m_info.codeVerificationStatus);
    }
    reply->deleteLater();
    emit finished();
}

QString ConnectionTest::failureText() const
{
    if (!m_error.isError())
        return {};
    const ErrorExplanation explanation = MetaErrorDecoder::explain(m_error);
    QString text;
    if (m_error.kind == GraphError::Kind::Api)
        text = tr("Meta says: %1").arg(MetaErrorDecoder::remoteWords(m_error));
    else
        text = tr("Error: %1").arg(MetaErrorDecoder::remoteWords(m_error));
    if (!explanation.cause.isEmpty() && m_error.kind != GraphError::Kind::Cancelled)
        text += QLatin1Char('\n') + explanation.cause;
    if (!explanation.fix.isEmpty())
        text += QLatin1Char('\n') + explanation.fix;
    return text;
}

QString ConnectionTest::successText() const
{
    if (!succeeded())
        return {};
    return tr("Connected to %1 (%2)").arg(m_info.verifiedName, m_info.displayPhoneNumber);
}

} // namespace ChannelDesk
