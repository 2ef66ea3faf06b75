// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the operator wants to send: one value type for every message kind, persisted as JSON in
//! the outbound queue (it never holds secrets) and turned into Meta's body by OutboundPayload.

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChannelDesk {

struct ReplyButton
{
    QString id;
    QString title;
};

struct ListRow
{
    QString id;
    QString title;
    QString description;
};

struct ListSection
{
    QString title;
    QList<ListRow> rows;
};

//! The value a template's button takes when sent: a quick reply's payload (given back in the
//! customer's "button" message when tapped) or the suffix of a URL button's dynamic URL.
struct TemplateButtonParameter
{
    enum class Type
    {
        QuickReply,
        Url,
    };
    Type type = Type::QuickReply;
    int index = 0; //!< the button's position among the template's buttons, from 0
    QString value;

    //! "quick_reply" or "url", as Meta names the button component's sub_type.
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
    friend bool operator==(const TemplateButtonParameter& a, const TemplateButtonParameter& b)
    {
        return a.type == b.type && a.index == b.index && a.value == b.value;
    }
};

struct OutboundContent
{
    enum class Kind
    {
        Text,
        Template,
        Buttons,
        List,
        Image,
        Document,
        Audio,
        Video,
        Sticker,
        Location,
        Reaction,
        MarkRead,
        Typing,
    };

    Kind kind = Kind::Text;
    QString text; //!< text body / interactive body / caption / reaction emoji
    bool previewUrl = false;
    QString templateName;
    QString templateLanguage;
    QStringList templateParameters; //!< body parameters, in order
    //! The body as the customer sees it, filled in from the template's definition when that was
    //! known at send time (the composer's list, the desk's cache); empty otherwise.
    QString templateBody = {};
    //! "image", "video" or "document" (a link in templateHeader) or "text" (the header's one
    //! parameter in templateHeader); empty for no header parameter.
    QString templateHeaderType = {};
    QString templateHeader = {};
    QList<TemplateButtonParameter> templateButtons = {};
    QString header;
    QString footer;
    QString listButton;
    QList<ReplyButton> buttons;
    QList<ListSection> sections;
    QString mediaId;
    QString mediaLink;
    QString filename;
    QString mimeType;
    QString localFile; //!< to upload before sending; build() needs the resulting mediaId
    double latitude = 0;
    double longitude = 0;
    QString locationName;
    QString address;
    QString targetMessageId; //!< reaction target / mark-read id / context (quote) id

    QJsonObject toJson() const;
    static Result<OutboundContent> fromJson(const QJsonObject& json);

    //! "text", "template", "buttons", "list", "image", "document", "audio", "video", "sticker",
    //! "location", "reaction", "mark-read", "typing".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    static bool isMedia(Kind kind);

    //! One line for lists and logs, e.g. the text, "📷 caption", "Template: name".
    QString preview() const;
    //! Whether the 24-hour customer service window must be open: everything but templates,
    //! mark-as-read and typing indicators.
    bool needsOpenWindow() const;

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(OutboundContent)
};

} // namespace ChannelDesk
