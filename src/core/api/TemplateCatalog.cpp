// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TemplateCatalog.h"

#include "api/GraphReply.h"

#include <QJsonArray>

namespace ChannelDesk {

TemplateCatalog::TemplateCatalog(QNetworkAccessManager* network, GraphEndpoint endpoint, QString wabaId,
                                 QObject* parent)
    : QObject(parent)
    , m_client(network, std::move(endpoint))
    , m_wabaId(std::move(wabaId))
{ }

QString TemplateCatalog::requestedFields()
{
    return QStringLiteral("name,language,status,category,components,parameter_format");
}

QList<TemplateInfo> TemplateCatalog::usableTemplates() const
{
    QList<TemplateInfo> usable;
    for (const TemplateInfo& info : m_templates) {
        if (info.isUsable())
            usable << info;
    }
    return usable;
}

void TemplateCatalog::fetch()
{
    if (m_reply)
        return;
    m_templates.clear();
    m_error = {};
    m_pages = 0;
    requestPage({});
}

void TemplateCatalog::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void TemplateCatalog::requestPage(const QString& after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), requestedFields());
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    m_reply = m_client.get(m_wabaId + QStringLiteral("/message_templates"), query);
    connect(m_reply, &GraphReply::finished, this, &TemplateCatalog::onPageFinished);
}

void TemplateCatalog::onPageFinished()
{
    GraphReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error().isError()) {
        m_error = reply->error();
        emit finished();
        return;
    }
    ++m_pages;
    const QJsonObject& json = reply->json();
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    for (const QJsonValue& value : data)
        m_templates << TemplateInfo::fromJson(value.toObject());

    // paging.next is a complete URL; rather than send the token wherever it points, ask the same
    // endpoint again with its "after" cursor.
    const QJsonObject paging = json.value(QLatin1String("paging")).toObject();
    const QString next = paging.value(QLatin1String("next")).toString();
    QString after
        = paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
    if (after.isEmpty() && !next.isEmpty())
        after = QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (!next.isEmpty() && !after.isEmpty() && m_pages < MaxPages) {
        requestPage(after);
        return;
    }
    emit finished();
}

} // namespace ChannelDesk
