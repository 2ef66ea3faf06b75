// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OutboundContent.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace ChannelDesk {
namespace {

using Kind = OutboundContent::Kind;

// Stored in the database: never rename an entry.
const std::array<std::pair<Kind, const char*>, 13> kindNames = {{
    {Kind::Text, "text"},
    {Kind::Template, "template"},
    {Kind::Buttons, "buttons"},
    {Kind::List, "list"},
    {Kind::Image, "image"},
    {Kind::Document, "document"},
    {Kind::Audio, "audio"},
    {Kind::Video, "video"},
    {Kind::Sticker, "sticker"},
    {Kind::Location, "location"},
    {Kind::Reaction, "reaction"},
    {Kind::MarkRead, "mark-read"},
    {Kind::Typing, "typing"},
}};

void insertIfSet(QJsonObject& json, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

QString oneLine(const QString& text)
{
    constexpr int maxLength = 200;
    const QString line = text.simplified();
    if (line.size() <= maxLength)
        return line;
    return line.left(maxLength - 1) + QChar(0x2026);
}

} // namespace

QString TemplateButtonParameter::typeName(Type type)
{
    return type == Type::Url ? QStringLiteral("url") : QStringLiteral("quick_reply");
}

std::optional<TemplateButtonParameter::Type> TemplateButtonParameter::typeFromName(const QString& name)
{
    if (name == QLatin1String("quick_reply"))
        return Type::QuickReply;
    if (name == QLatin1String("url"))
        return Type::Url;
    return std::nullopt;
}

QString OutboundContent::kindName(Kind kind)
{
    for (const auto& entry : kindNames) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

std::optional<OutboundContent::Kind> OutboundContent::kindFromName(const QString& name)
{
    for (const auto& entry : kindNames) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

bool OutboundContent::isMedia(Kind kind)
{
    return kind == Kind::Image || kind == Kind::Document || kind == Kind::Audio || kind == Kind::Video
        || kind == Kind::Sticker;
}

QJsonObject OutboundContent::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), kindName(kind));
    insertIfSet(json, QStringLiteral("text"), text);
    if (previewUrl)
        json.insert(QStringLiteral("previewUrl"), true);
    insertIfSet(json, QStringLiteral("templateName"), templateName);
    insertIfSet(json, QStringLiteral("templateLanguage"), templateLanguage);
    if (!templateParameters.isEmpty())
        json.insert(QStringLiteral("templateParameters"), QJsonArray::fromStringList(templateParameters));
    insertIfSet(json, QStringLiteral("templateBody"), templateBody);
    insertIfSet(json, QStringLiteral("templateHeaderType"), templateHeaderType);
    insertIfSet(json, QStringLiteral("templateHeader"), templateHeader);
    if (!templateButtons.isEmpty()) {
        QJsonArray array;
        for (const TemplateButtonParameter& button : templateButtons)
            array.append(QJsonObject{{QStringLiteral("type"), TemplateButtonParameter::typeName(button.type)},
                                     {QStringLiteral("index"), button.index},
                                     {QStringLiteral("value"), button.value}});
        json.insert(QStringLiteral("templateButtons"), array);
    }
    insertIfSet(json, QStringLiteral("header"), header);
    insertIfSet(json, QStringLiteral("footer"), footer);
    insertIfSet(json, QStringLiteral("listButton"), listButton);
    if (!buttons.isEmpty()) {
        QJsonArray array;
        for (const ReplyButton& button : buttons)
            array.append(
                QJsonObject{{QStringLiteral("id"), button.id}, {QStringLiteral("title"), button.title}});
        json.insert(QStringLiteral("buttons"), array);
    }
    if (!sections.isEmpty()) {
        QJsonArray array;
        for (const ListSection& section : sections) {
            QJsonArray rows;
            for (const ListRow& row : section.rows)
                rows.append(QJsonObject{{QStringLiteral("id"), row.id},
                                        {QStringLiteral("title"), row.title},
                                        {QStringLiteral("description"), row.description}});
            array.append(
                QJsonObject{{QStringLiteral("title"), section.title}, {QStringLiteral("rows"), rows}});
        }
        json.insert(QStringLiteral("sections"), array);
    }
    insertIfSet(json, QStringLiteral("mediaId"), mediaId);
    insertIfSet(json, QStringLiteral("mediaLink"), mediaLink);
    insertIfSet(json, QStringLiteral("filename"), filename);
    insertIfSet(json, QStringLiteral("mimeType"), mimeType);
    insertIfSet(json, QStringLiteral("localFile"), localFile);
    if (kind == Kind::Location) {
        json.insert(QStringLiteral("latitude"), latitude);
        json.insert(QStringLiteral("longitude"), longitude);
    }
    insertIfSet(json, QStringLiteral("locationName"), locationName);
    insertIfSet(json, QStringLiteral("address"), address);
    insertIfSet(json, QStringLiteral("targetMessageId"), targetMessageId);
    return json;
}

Result<OutboundContent> OutboundContent::fromJson(const QJsonObject& json)
{
    const QString name = str(json, "kind");
    const std::optional<Kind> parsedKind = kindFromName(name);
    if (!parsedKind)
        return Error{ErrorCode::InvalidInput, tr("Unknown outbound message kind “%1”.").arg(name)};
    OutboundContent content;
    content.kind = *parsedKind;
    content.text = str(json, "text");
    content.previewUrl = json.value(QLatin1String("previewUrl")).toBool();
    content.templateName = str(json, "templateName");
    content.templateLanguage = str(json, "templateLanguage");
    const QJsonArray parameters = json.value(QLatin1String("templateParameters")).toArray();
    for (const QJsonValue& parameter : parameters)
        content.templateParameters << parameter.toString();
    content.templateBody = str(json, "templateBody");
    content.templateHeaderType = str(json, "templateHeaderType");
    content.templateHeader = str(json, "templateHeader");
    for (const QJsonValue& value : json.value(QLatin1String("templateButtons")).toArray()) {
        const QJsonObject button = value.toObject();
        const auto type = TemplateButtonParameter::typeFromName(str(button, "type"));
        if (!type)
            return Error{
                ErrorCode::InvalidInput,
                tr("Unknown template button type “%1”; use quick_reply or url.").arg(str(button, "type"))};
        content.templateButtons.append(TemplateButtonParameter{
            *type, button.value(QLatin1String("index")).toInt(), str(button, "value")});
    }
    content.header = str(json, "header");
    content.footer = str(json, "footer");
    content.listButton = str(json, "listButton");
    const QJsonArray buttons = json.value(QLatin1String("buttons")).toArray();
    for (const QJsonValue& value : buttons) {
        const QJsonObject button = value.toObject();
        content.buttons.append(ReplyButton{str(button, "id"), str(button, "title")});
    }
    const QJsonArray sections = json.value(QLatin1String("sections")).toArray();
    for (const QJsonValue& value : sections) {
        const QJsonObject sectionJson = value.toObject();
        ListSection section{str(sectionJson, "title"), {}};
        const QJsonArray rows = sectionJson.value(QLatin1String("rows")).toArray();
        for (const QJsonValue& rowValue : rows) {
            const QJsonObject row = rowValue.toObject();
            section.rows.append(ListRow{str(row, "id"), str(row, "title"), str(row, "description")});
        }
        content.sections.append(section);
    }
    content.mediaId = str(json, "mediaId");
    content.mediaLink = str(json, "mediaLink");
    content.filename = str(json, "filename");
    content.mimeType = str(json, "mimeType");
    content.localFile = str(json, "localFile");
    content.latitude = json.value(QLatin1String("latitude")).toDouble();
    content.longitude = json.value(QLatin1String("longitude")).toDouble();
    content.locationName = str(json, "locationName");
    content.address = str(json, "address");
    content.targetMessageId = str(json, "targetMessageId");
    return content;
}

QString OutboundContent::preview() const
{
    const QString caption = oneLine(text);
    const auto withCaption = [&caption](const QString& icon, const QString& fallback) -> QString {
        return icon + QLatin1Char(' ') + (caption.isEmpty() ? fallback : caption);
    };
    switch (kind) {
    case Kind::Text:
        return caption;
    case Kind::Template:
        return tr("Template: %1").arg(templateName);
    case Kind::Buttons: {
        QStringList titles;
        for (const ReplyButton& button : buttons)
            titles << button.title;
        return caption + QStringLiteral(" [") + titles.join(QStringLiteral(" | ")) + QLatin1Char(']');
    }
    case Kind::List:
        return withCaption(QStringLiteral("📋"), tr("List"));
    case Kind::Image:
        return withCaption(QStringLiteral("📷"), tr("Photo"));
    case Kind::Video:
        return withCaption(QStringLiteral("🎥"), tr("Video"));
    case Kind::Document:
        return withCaption(QStringLiteral("📄"), filename.isEmpty() ? tr("Document") : oneLine(filename));
    case Kind::Audio:
        return QStringLiteral("🎵 ") + tr("Audio");
    case Kind::Sticker:
        return tr("Sticker");
    case Kind::Location: {
        const QString place = oneLine(locationName.isEmpty() ? address : locationName);
        if (place.isEmpty())
            return QStringLiteral("📍 %1, %2").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5);
        return QStringLiteral("📍 ") + place;
    }
    case Kind::Reaction:
        return text.isEmpty() ? tr("Reaction removed") : tr("Reaction %1").arg(text);
    case Kind::MarkRead:
        return tr("Marked as read");
    case Kind::Typing:
        return tr("Typing indicator");
    }
    return caption;
}

bool OutboundContent::needsOpenWindow() const
{
    return kind != Kind::Template && kind != Kind::MarkRead && kind != Kind::Typing;
}

} // namespace ChannelDesk
