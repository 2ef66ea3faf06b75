// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/TemplatePayload.h"

#include "outbound/OutboundPayload.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace ChannelDesk {
namespace {

using Check = std::optional<Error>;

Check tooLong(const QString& field, const QString& value, int max)
{
    return OutboundPayload::checkLength(field, value, max);
}

Check required(const QString& field, const QString& value, int max)
{
    return OutboundPayload::checkRequired(field, value, max);
}

//! Meta answers "(#100) Param text cannot have new-line/tab characters or more than 4 consecutive
//! spaces" for such text parameters.
bool hasForbiddenSpacing(const QString& value)
{
    return value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\t'))
        || value.contains(QStringLiteral("     "));
}

QJsonObject textParameter(const QString& value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
}

Result<QJsonObject> templateHeader(const OutboundContent& c)
{
    const QString& type = c.templateHeaderType;
    if (type == QLatin1String("text")) {
        if (Check e = required(OutboundPayload::tr("header parameter"), c.templateHeader,
                               OutboundPayload::MaxTemplateHeaderParameter))
            return *e;
        if (hasForbiddenSpacing(c.templateHeader))
            return Error{
                OutboundPayload::InvalidValue,
                OutboundPayload::tr("The header parameter contains a line break, a tab or more than "
                                    "4 spaces in a row; WhatsApp does not allow these in parameters.")};
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                           {QStringLiteral("parameters"), QJsonArray{textParameter(c.templateHeader)}}};
    }
    if (type != QLatin1String("image") && type != QLatin1String("video") && type != QLatin1String("document"))
        return Error{OutboundPayload::InvalidValue,
                     OutboundPayload::tr("The template header type “%1” is unknown; use image, video, "
                                         "document or text.")
                         .arg(type)};
    const QUrl url(c.templateHeader, QUrl::StrictMode);
    if (c.templateHeader.trimmed().isEmpty())
        return Error{OutboundPayload::MissingField,
                     OutboundPayload::tr("The template's %1 header needs a link: enter the https:// address "
                                         "Meta downloads it from.")
                         .arg(type)};
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error{OutboundPayload::InvalidValue,
                     OutboundPayload::tr("The header link “%1” is not an http(s) address Meta can download "
                                         "from.")
                         .arg(c.templateHeader)};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("header")},
        {QStringLiteral("parameters"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), type},
                                {type, QJsonObject{{QStringLiteral("link"), c.templateHeader}}}}}}};
}

Result<QJsonArray> templateButtons(const OutboundContent& c)
{
    QJsonArray components;
    QSet<int> indexes;
    for (const TemplateButtonParameter& button : c.templateButtons) {
        const bool url = button.type == TemplateButtonParameter::Type::Url;
        const QString name = url ? OutboundPayload::tr("URL suffix of button %1").arg(button.index + 1)
                                 : OutboundPayload::tr("payload of button %1").arg(button.index + 1);
        if (button.index < 0 || button.index >= OutboundPayload::MaxTemplateButtons)
            return Error{OutboundPayload::InvalidValue,
                         OutboundPayload::tr("Button %1 does not exist: a template has at most %2 buttons, "
                                             "numbered from 1.")
                             .arg(button.index + 1)
                             .arg(OutboundPayload::MaxTemplateButtons)};
        if (indexes.contains(button.index))
            return Error{OutboundPayload::Duplicate,
                         OutboundPayload::tr("Button %1 is given two values; give each button one.")
                             .arg(button.index + 1)};
        indexes.insert(button.index);
        if (url) {
            if (Check e = required(name, button.value, OutboundPayload::MaxTemplateUrlSuffix))
                return *e;
        } else if (button.value.isEmpty()) {
            return Error{OutboundPayload::MissingField,
                         OutboundPayload::tr("The %1 is empty; WhatsApp requires a payload for every quick "
                                             "reply button, the text your bot gets back when it is tapped.")
                             .arg(name)};
        }
        const QJsonObject parameter = url ? textParameter(button.value)
                                          : QJsonObject{{QStringLiteral("type"), QStringLiteral("payload")},
                                                        {QStringLiteral("payload"), button.value}};
        components.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                        {QStringLiteral("sub_type"), TemplateButtonParameter::typeName(button.type)},
                        {QStringLiteral("index"), QString::number(button.index)},
                        {QStringLiteral("parameters"), QJsonArray{parameter}}});
    }
    return components;
}

} // namespace

Result<QJsonObject> TemplatePayload::build(const OutboundContent& c)
{
    if (c.templateName.trimmed().isEmpty())
        return Error{OutboundPayload::MissingField,
                     OutboundPayload::tr("Choose a template: the template name is empty.")};
    if (c.templateLanguage.trimmed().isEmpty())
        return Error{OutboundPayload::MissingField,
                     OutboundPayload::tr("The template language is empty; use the code the template was "
                                         "approved for, e.g. en_US.")};
    // Meta's parameter object: a body text parameter may be 32768 characters when the body is the
    // only component sent, 1024 when a header or button component is sent with it.
    const bool bodyOnly = c.templateHeaderType.isEmpty() && c.templateButtons.isEmpty();
    const int maxBodyParameter = bodyOnly ? OutboundPayload::MaxTemplateBodyParameterAlone
                                          : OutboundPayload::MaxTemplateBodyParameter;
    QJsonArray parameters;
    for (int i = 0; i < c.templateParameters.size(); ++i) {
        const QString& value = c.templateParameters.at(i);
        if (value.trimmed().isEmpty())
            return Error{OutboundPayload::MissingField,
                         OutboundPayload::tr("Template parameter {{%1}} is empty; Meta rejects empty "
                                             "parameters.")
                             .arg(i + 1)};
        if (hasForbiddenSpacing(value))
            return Error{OutboundPayload::InvalidValue,
                         OutboundPayload::tr("Template parameter {{%1}} contains a line break, a tab or more "
                                             "than 4 spaces in a row; WhatsApp does not allow these in "
                                             "parameters.")
                             .arg(i + 1)};
        if (Check e
            = tooLong(OutboundPayload::tr("template parameter {{%1}}").arg(i + 1), value, maxBodyParameter))
            return *e;
        parameters.append(textParameter(value));
    }
    // Known from the definition: Meta refuses a filled-in body over its limit (132005).
    if (Check e = tooLong(OutboundPayload::tr("template body with its parameters filled in"), c.templateBody,
                          OutboundPayload::MaxTemplateBody))
        return *e;
    QJsonArray components;
    if (!c.templateHeaderType.isEmpty()) {
        const Result<QJsonObject> header = templateHeader(c);
        if (!header.ok())
            return header.error();
        components.append(header.value());
    }
    if (!parameters.isEmpty())
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                      {QStringLiteral("parameters"), parameters}});
    const Result<QJsonArray> buttons = templateButtons(c);
    if (!buttons.ok())
        return buttons.error();
    for (const QJsonValue& button : buttons.value())
        components.append(button);
    QJsonObject body{{QStringLiteral("name"), c.templateName},
                     {QStringLiteral("language"),
                      QJsonObject{{QStringLiteral("policy"), QStringLiteral("deterministic")},
                                  {QStringLiteral("code"), c.templateLanguage}}}};
    if (!components.isEmpty())
        body.insert(QStringLiteral("components"), components);
    return body;
}

} // namespace ChannelDesk
