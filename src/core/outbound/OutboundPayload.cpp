// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundPayload.h"

#include "outbound/RecipientNumber.h"
#include "outbound/TemplatePayload.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <optional>

namespace ChannelDesk {
namespace {

using Kind = OutboundContent::Kind;
using Check = std::optional<Error>;

Check tooLong(const QString& field, const QString& value, int max)
{
    return OutboundPayload::checkLength(field, value, max);
}

Check required(const QString& field, const QString& value, int max)
{
    return OutboundPayload::checkRequired(field, value, max);
}

QJsonObject textObject(const QString& text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

Result<QJsonObject> buildText(const OutboundContent& c)
{
    if (Check e = required(OutboundPayload::tr("message text"), c.text, OutboundPayload::MaxTextBody))
        return *e;
    return QJsonObject{{QStringLiteral("preview_url"), c.previewUrl}, {QStringLiteral("body"), c.text}};
}

// Header (text only) and footer shared by both interactive kinds.
Check addHeaderFooter(const OutboundContent& c, QJsonObject& interactive)
{
    if (Check e = tooLong(OutboundPayload::tr("header"), c.header, OutboundPayload::MaxHeader))
        return e;
    if (Check e = tooLong(OutboundPayload::tr("footer"), c.footer, OutboundPayload::MaxFooter))
        return e;
    if (!c.header.isEmpty())
        interactive.insert(QStringLiteral("header"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                       {QStringLiteral("text"), c.header}});
    if (!c.footer.isEmpty())
        interactive.insert(QStringLiteral("footer"), textObject(c.footer));
    return std::nullopt;
}

Result<QJsonObject> buildButtons(const OutboundContent& c)
{
    if (Check e = required(OutboundPayload::tr("message text"), c.text, OutboundPayload::MaxButtonsBody))
        return *e;
    if (c.buttons.isEmpty())
        return Error{OutboundPayload::TooFew,
                     OutboundPayload::tr("Add at least one reply button (WhatsApp allows 1 to %1).")
                         .arg(OutboundPayload::MaxButtons)};
    if (c.buttons.size() > OutboundPayload::MaxButtons)
        return Error{OutboundPayload::TooMany,
                     OutboundPayload::tr("There are %1 reply buttons; WhatsApp allows at most %2. Use a list "
                                         "for more choices.")
                         .arg(c.buttons.size())
                         .arg(OutboundPayload::MaxButtons)};
    QSet<QString> ids, titles;
    QJsonArray buttons;
    for (int i = 0; i < c.buttons.size(); ++i) {
        const ReplyButton& button = c.buttons.at(i);
        if (Check e = required(OutboundPayload::tr("title of button %1").arg(i + 1), button.title,
                               OutboundPayload::MaxButtonTitle))
            return *e;
        if (Check e = required(OutboundPayload::tr("ID of button %1").arg(i + 1), button.id,
                               OutboundPayload::MaxButtonId))
            return *e;
        if (ids.contains(button.id))
            return Error{
                OutboundPayload::Duplicate,
                OutboundPayload::tr("Button %1 has the same ID “%2” as an earlier button; button IDs "
                                    "must be unique.")
                    .arg(i + 1)
                    .arg(button.id)};
        if (titles.contains(button.title))
            return Error{OutboundPayload::Duplicate,
                         OutboundPayload::tr("Button %1 has the same title “%2” as an earlier button; button "
                                             "titles must be unique.")
                             .arg(i + 1)
                             .arg(button.title)};
        ids.insert(button.id);
        titles.insert(button.title);
        buttons.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("reply")},
            {QStringLiteral("reply"),
             QJsonObject{{QStringLiteral("id"), button.id}, {QStringLiteral("title"), button.title}}}});
    }
    QJsonObject interactive{{QStringLiteral("type"), QStringLiteral("button")},
                            {QStringLiteral("body"), textObject(c.text)},
                            {QStringLiteral("action"), QJsonObject{{QStringLiteral("buttons"), buttons}}}};
    if (Check e = addHeaderFooter(c, interactive))
        return *e;
    return interactive;
}

Result<QJsonArray> buildSections(const OutboundContent& c)
{
    if (c.sections.isEmpty())
        return Error{OutboundPayload::TooFew,
                     OutboundPayload::tr("Add at least one list section (WhatsApp allows 1 to %1).")
                         .arg(OutboundPayload::MaxSections)};
    if (c.sections.size() > OutboundPayload::MaxSections)
        return Error{OutboundPayload::TooMany,
                     OutboundPayload::tr("The list has %1 sections; WhatsApp allows at most %2.")
                         .arg(c.sections.size())
                         .arg(OutboundPayload::MaxSections)};
    int totalRows = 0;
    for (const ListSection& section : c.sections)
        totalRows += section.rows.size();
    if (totalRows > OutboundPayload::MaxRows)
        return Error{OutboundPayload::TooMany,
                     OutboundPayload::tr("The list has %1 rows; WhatsApp allows at most %2 rows in all "
                                         "sections together.")
                         .arg(totalRows)
                         .arg(OutboundPayload::MaxRows)};
    QSet<QString> ids;
    QJsonArray sections;
    for (int s = 0; s < c.sections.size(); ++s) {
        const ListSection& section = c.sections.at(s);
        const QString sectionName = OutboundPayload::tr("title of section %1").arg(s + 1);
        // Meta needs section titles only to tell several sections apart.
        if (c.sections.size() > 1) {
            if (Check e = required(sectionName, section.title, OutboundPayload::MaxSectionTitle))
                return *e;
        } else if (Check e = tooLong(sectionName, section.title, OutboundPayload::MaxSectionTitle)) {
            return *e;
        }
        if (section.rows.isEmpty())
            return Error{
                OutboundPayload::TooFew,
                OutboundPayload::tr("Section %1 has no rows; every section needs at least one.").arg(s + 1)};
        QJsonArray rows;
        for (int r = 0; r < section.rows.size(); ++r) {
            const ListRow& row = section.rows.at(r);
            if (Check e = required(OutboundPayload::tr("title of row %1 in section %2").arg(r + 1).arg(s + 1),
                                   row.title, OutboundPayload::MaxRowTitle))
                return *e;
            if (Check e = required(OutboundPayload::tr("ID of row %1 in section %2").arg(r + 1).arg(s + 1),
                                   row.id, OutboundPayload::MaxRowId))
                return *e;
            if (Check e
                = tooLong(OutboundPayload::tr("description of row %1 in section %2").arg(r + 1).arg(s + 1),
                          row.description, OutboundPayload::MaxRowDescription))
                return *e;
            if (ids.contains(row.id))
                return Error{
                    OutboundPayload::Duplicate,
                    OutboundPayload::tr("Row %1 in section %2 has the same ID “%3” as an earlier row; "
                                        "row IDs must be unique in the whole list.")
                        .arg(r + 1)
                        .arg(s + 1)
                        .arg(row.id)};
            ids.insert(row.id);
            QJsonObject rowJson{{QStringLiteral("id"), row.id}, {QStringLiteral("title"), row.title}};
            if (!row.description.isEmpty())
                rowJson.insert(QStringLiteral("description"), row.description);
            rows.append(rowJson);
        }
        QJsonObject sectionJson{{QStringLiteral("rows"), rows}};
        if (!section.title.isEmpty())
            sectionJson.insert(QStringLiteral("title"), section.title);
        sections.append(sectionJson);
    }
    return sections;
}

Result<QJsonObject> buildList(const OutboundContent& c)
{
    if (Check e = required(OutboundPayload::tr("message text"), c.text, OutboundPayload::MaxListBody))
        return *e;
    if (Check e
        = required(OutboundPayload::tr("list button label"), c.listButton, OutboundPayload::MaxListButton))
        return *e;
    const Result<QJsonArray> sections = buildSections(c);
    if (!sections.ok())
        return sections.error();
    QJsonObject interactive{{QStringLiteral("type"), QStringLiteral("list")},
                            {QStringLiteral("body"), textObject(c.text)},
                            {QStringLiteral("action"),
                             QJsonObject{{QStringLiteral("button"), c.listButton},
                                         {QStringLiteral("sections"), sections.value()}}}};
    if (Check e = addHeaderFooter(c, interactive))
        return *e;
    return interactive;
}

Result<QJsonObject> buildMedia(const OutboundContent& c)
{
    QJsonObject media;
    if (!c.mediaId.isEmpty()) {
        media.insert(QStringLiteral("id"), c.mediaId);
    } else if (!c.mediaLink.isEmpty()) {
        const QUrl url(c.mediaLink, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Error{
                OutboundPayload::InvalidValue,
                OutboundPayload::tr("The media link “%1” is not an http(s) address Meta can download "
                                    "from.")
                    .arg(c.mediaLink)};
        media.insert(QStringLiteral("link"), c.mediaLink);
    } else if (!c.localFile.isEmpty()) {
        return Error{
            OutboundPayload::NotUploaded,
            OutboundPayload::tr("The file “%1” has not been uploaded to WhatsApp yet.").arg(c.localFile)};
    } else {
        return Error{
            OutboundPayload::MissingField,
            OutboundPayload::tr("Choose a file or enter a media link: the media ID and link are both "
                                "empty.")};
    }
    const bool captionAllowed = c.kind == Kind::Image || c.kind == Kind::Video || c.kind == Kind::Document;
    if (!c.text.isEmpty()) {
        if (!captionAllowed)
            return Error{OutboundPayload::NotAllowed,
                         OutboundPayload::tr("WhatsApp does not show captions on audio messages or stickers; "
                                             "send the text as a separate message.")};
        if (Check e = tooLong(OutboundPayload::tr("caption"), c.text, OutboundPayload::MaxCaption))
            return *e;
        media.insert(QStringLiteral("caption"), c.text);
    }
    if (c.kind == Kind::Document && !c.filename.isEmpty())
        media.insert(QStringLiteral("filename"), c.filename);
    return media;
}

Result<QJsonObject> buildLocation(const OutboundContent& c)
{
    if (!std::isfinite(c.latitude) || c.latitude < -90 || c.latitude > 90)
        return Error{OutboundPayload::InvalidValue,
                     OutboundPayload::tr("The latitude %1 is outside -90 to 90 degrees.").arg(c.latitude)};
    if (!std::isfinite(c.longitude) || c.longitude < -180 || c.longitude > 180)
        return Error{
            OutboundPayload::InvalidValue,
            OutboundPayload::tr("The longitude %1 is outside -180 to 180 degrees.").arg(c.longitude)};
    QJsonObject location{{QStringLiteral("latitude"), c.latitude},
                         {QStringLiteral("longitude"), c.longitude}};
    if (!c.locationName.isEmpty())
        location.insert(QStringLiteral("name"), c.locationName);
    if (!c.address.isEmpty())
        location.insert(QStringLiteral("address"), c.address);
    return location;
}

Check requireTarget(const OutboundContent& c, const QString& what)
{
    if (!c.targetMessageId.trimmed().isEmpty())
        return std::nullopt;
    return Error{OutboundPayload::MissingField,
                 OutboundPayload::tr("The ID of the message to %1 is empty.").arg(what)};
}

Result<QJsonObject> buildReaction(const OutboundContent& c)
{
    if (Check e = requireTarget(c, OutboundPayload::tr("react to")))
        return *e;
    // An empty emoji removes an earlier reaction; one emoji may still be several code points.
    if (OutboundPayload::length(c.text) > 10 || c.text.contains(QLatin1Char(' ')))
        return Error{OutboundPayload::InvalidValue,
                     OutboundPayload::tr("A reaction is a single emoji, or empty to remove the reaction.")};
    return QJsonObject{{QStringLiteral("message_id"), c.targetMessageId}, {QStringLiteral("emoji"), c.text}};
}

// Mark-as-read and typing have their own shape: no "to", no "type".
Result<QJsonObject> buildReadReceipt(const OutboundContent& c)
{
    if (Check e = requireTarget(c, OutboundPayload::tr("mark as read")))
        return *e;
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("status"), QStringLiteral("read")},
                     {QStringLiteral("message_id"), c.targetMessageId}};
    if (c.kind == Kind::Typing)
        body.insert(QStringLiteral("typing_indicator"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    return body;
}

Result<QJsonObject> buildKindObject(const OutboundContent& c)
{
    switch (c.kind) {
    case Kind::Text:
        return buildText(c);
    case Kind::Template:
        return TemplatePayload::build(c);
    case Kind::Buttons:
        return buildButtons(c);
    case Kind::List:
        return buildList(c);
    case Kind::Image:
    case Kind::Document:
    case Kind::Audio:
    case Kind::Video:
    case Kind::Sticker:
        return buildMedia(c);
    case Kind::Location:
        return buildLocation(c);
    case Kind::Reaction:
        return buildReaction(c);
    case Kind::MarkRead:
    case Kind::Typing:
        break;
    }
    return Error{OutboundPayload::InvalidValue,
                 OutboundPayload::tr("This kind of message has no message body.")};
}

// The "type" value and the key of the type's object in Meta's body.
QString metaType(Kind kind)
{
    switch (kind) {
    case Kind::Buttons:
    case Kind::List:
        return QStringLiteral("interactive");
    default:
        return OutboundContent::kindName(kind);
    }
}

} // namespace

std::optional<Error> OutboundPayload::checkLength(const QString& field, const QString& value, int max)
{
    const int length = OutboundPayload::length(value);
    if (length <= max)
        return std::nullopt;
    return Error{
        OutboundPayload::TooLong,
        OutboundPayload::tr("The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by "
                            "%4 characters.")
            .arg(field)
            .arg(length)
            .arg(max)
            .arg(length - max)};
}

std::optional<Error> OutboundPayload::checkRequired(const QString& field, const QString& value, int max)
{
    if (value.trimmed().isEmpty())
        return Error{OutboundPayload::MissingField,
                     OutboundPayload::tr("The %1 is empty; WhatsApp requires it (at most %2 characters).")
                         .arg(field)
                         .arg(max)};
    return checkLength(field, value, max);
}

int OutboundPayload::length(const QString& text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

Result<QJsonObject> OutboundPayload::build(const OutboundContent& content, const QString& to)
{
    if (content.kind == Kind::MarkRead || content.kind == Kind::Typing)
        return buildReadReceipt(content);

    const Result<QString> recipient = RecipientNumber::normalize(to);
    if (!recipient.ok())
        return Error{InvalidRecipient, recipient.error().message};
    const Result<QJsonObject> kindObject = buildKindObject(content);
    if (!kindObject.ok())
        return kindObject.error();

    const QString type = metaType(content.kind);
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), QString(QLatin1Char('+') + recipient.value())},
                     {QStringLiteral("type"), type},
                     {type, kindObject.value()}};
    // A reaction names its target inside "reaction"; other messages quote it through "context".
    if (content.kind != Kind::Reaction && !content.targetMessageId.isEmpty())
        body.insert(QStringLiteral("context"),
                    QJsonObject{{QStringLiteral("message_id"), content.targetMessageId}});
    return body;
}

} // namespace ChannelDesk
