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

bool TemplateButtonInfo::takesParameter() const
{
    return isQuickReply() || (type == QLatin1String("URL") && url.contains(QLatin1String("{{")));
}

QString TemplateInfo::render(const QStringList& parameters) const
{
    // One pass, so that a value which itself looks like a placeholder is never filled in again.
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString body;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(bodyText); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = parameters.value(int(bodyParameterNames.indexOf(match.captured(1))));
        body += QStringView(bodyText).mid(from, match.capturedStart() - from);
        body += value.isEmpty() ? match.captured(0) : value;
        from = match.capturedEnd();
    }
    body += QStringView(bodyText).mid(from);
    return body;
}

QString TemplateInfo::headerParameterType() const
{
    if (headerFormat == QLatin1String("IMAGE") || headerFormat == QLatin1String("VIDEO")
        || headerFormat == QLatin1String("DOCUMENT"))
        return headerFormat.toLower();
    if (headerFormat == QLatin1String("TEXT") && !placeholders(headerText).isEmpty())
        return QStringLiteral("text");
    return {};
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
        const QString type = component.value(QLatin1String("type")).toString().toUpper();
        if (type == QLatin1String("BODY")) {
            info.bodyText = component.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("HEADER")) {
            info.headerFormat = component.value(QLatin1String("format")).toString().toUpper();
            info.headerText = component.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("BUTTONS")) {
            for (const QJsonValue& button : component.value(QLatin1String("buttons")).toArray()) {
                const QJsonObject b = button.toObject();
                info.buttons.append(TemplateButtonInfo{b.value(QLatin1String("type")).toString().toUpper(),
                                                       b.value(QLatin1String("text")).toString(),
                                                       b.value(QLatin1String("url")).toString()});
            }
        }
    }
    info.bodyParameterNames = placeholders(info.bodyText);
    info.bodyParameterCount = int(info.bodyParameterNames.size());
    return info;
}

} // namespace ChannelDesk
