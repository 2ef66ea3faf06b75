// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageAnnotations.h"

#include "MessageListModel.h"

#include <QLocale>
#include <QUrlQuery>

#include <cmath>

namespace ChannelDesk {

namespace {

bool coordinates(const MessageRow& row, double* latitude, double* longitude)
{
    if (row.type != QLatin1String("location"))
        return false;
    const QJsonValue lat = row.media.value(QLatin1String("latitude"));
    const QJsonValue lon = row.media.value(QLatin1String("longitude"));
    // Meta sends numbers; a gateway may send strings.
    bool latOk = lat.isDouble();
    bool lonOk = lon.isDouble();
    *latitude = latOk ? lat.toDouble() : lat.toString().toDouble(&latOk);
    *longitude = lonOk ? lon.toDouble() : lon.toString().toDouble(&lonOk);
    return latOk && lonOk && std::abs(*latitude) <= 90 && std::abs(*longitude) <= 180;
}

} // namespace

QString MessageAnnotations::quote(const MessageRow& row)
{
    if (!row.hasQuote())
        return {};
    QString text = row.quotedText.simplified();
    if (text.isEmpty()) {
        const QString label = MessageListModel::typeLabel(row.quotedType, {}, {});
        text = label.isEmpty() ? tr("a message") : MessageListModel::tr("[%1]").arg(label);
    }
    return row.quotedDirection == QLatin1String("out") ? tr("You: %1").arg(text) : text;
}

QString MessageAnnotations::reactions(const MessageRow& row)
{
    if (row.reactionIn.isEmpty())
        return row.reactionOut;
    if (row.reactionOut.isEmpty())
        return row.reactionIn;
    return row.reactionIn + QLatin1Char(' ') + row.reactionOut;
}

QUrl MessageAnnotations::locationUrl(const MessageRow& row)
{
    double latitude = 0;
    double longitude = 0;
    if (!coordinates(row, &latitude, &longitude))
        return {};
    const QString lat = QString::number(latitude, 'f', 6);
    const QString lon = QString::number(longitude, 'f', 6);
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), lat);
    query.addQueryItem(QStringLiteral("mlon"), lon);
    url.setQuery(query);
    url.setFragment(QStringLiteral("map=17/%1/%2").arg(lat, lon));
    return url;
}

QString MessageAnnotations::locationText(const MessageRow& row)
{
    double latitude = 0;
    double longitude = 0;
    if (!coordinates(row, &latitude, &longitude))
        return row.text;
    const QLocale locale;
    const QString where
        = tr("%1, %2").arg(locale.toString(latitude, 'f', 5), locale.toString(longitude, 'f', 5));
    const QString name = row.media.value(QLatin1String("name")).toString();
    const QString address = row.media.value(QLatin1String("address")).toString();
    QStringList parts;
    for (const QString& part : {name, address}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        return where;
    return tr("%1 · %2").arg(parts.join(QStringLiteral(", ")), where);
}

} // namespace ChannelDesk
