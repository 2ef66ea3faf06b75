// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TemplateInfo.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ChannelDesk {

QStringList TemplateInfo::placeholders(const QString& text)
{
    // Meta allows digits (positional) or lower-case letters, digits and underscores (named).
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

TemplateInfo TemplateInfo::fromJson(const QJsonObject& json)
{
    TemplateInfo info;
    info.id = json.value(QLatin1String("id")).toString();
    info.name = json.value(QLatin1String("name")).toString();
    info.language = json.value(QLatin1String("language")).toString();
    info.status = json.value(QLatin1String("status")).toString();
    info.category = json.value(QLatin1String("category")).toString();
    info.parameterFormat
        = json.value(QLatin1String("parameter_format")).toString(QStringLiteral("POSITIONAL"));
    const QJsonArray components = json.value(QLatin1String("components")).toArray();
    for (const QJsonValue& value : components) {
        const QJsonObject component = value.toObject();
        if (component.value(QLatin1String("type"))
                .toString()
                .compare(QLatin1String("BODY"), Qt::CaseInsensitive)
            == 0) {
            info.bodyText = component.value(QLatin1String("text")).toString();
            break;
        }
    }
    info.bodyParameterNames = placeholders(info.bodyText);
    info.bodyParameterCount = int(info.bodyParameterNames.size());
    return info;
}

} // namespace ChannelDesk
