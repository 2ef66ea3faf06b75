// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One message template of a WhatsApp Business Account as Meta lists it
//! (GET /{waba-id}/message_templates), reduced to what a sender needs.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk {

//! One button of a template's BUTTONS component.
struct TemplateButtonInfo
{
    QString type; //!< QUICK_REPLY, URL, PHONE_NUMBER, OTP, COPY_CODE …
    QString text; //!< the label
    QString url; //!< URL buttons: the address, ending in {{1}} when a suffix is sent with it

    //! Whether a send must give this button a parameter: a quick reply's payload (Meta requires
    //! one for each quick reply) or a dynamic URL's suffix.
    bool takesParameter() const;
    bool isQuickReply() const { return type == QLatin1String("QUICK_REPLY"); }
};

struct TemplateInfo
{
    QString id;
    QString name;
    QString language; //!< e.g. en_US
    QString status; //!< APPROVED, PENDING, REJECTED, PAUSED, DISABLED …
    QString category; //!< MARKETING, UTILITY, AUTHENTICATION
    QString parameterFormat; //!< POSITIONAL (default) or NAMED
    QString bodyText; //!< the BODY component's text with its placeholders
    int bodyParameterCount = 0;
    QStringList bodyParameterNames; //!< "1", "2" … or the names, in order of first use
    QString headerFormat = {}; //!< TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION; empty without a header
    QString headerText = {}; //!< a TEXT header's text, with its placeholder if it takes a parameter
    QList<TemplateButtonInfo> buttons = {};

    //! The body with parameters filled in, in order of bodyParameterNames; a placeholder without
    //! a value (or with an empty one) stays as it is.
    QString render(const QStringList& parameters) const;
    //! "image", "video", "document", "text" (a header with a placeholder) or empty: the header
    //! parameter a send must give (OutboundContent::templateHeaderType).
    QString headerParameterType() const;

    //! Only approved templates can be sent.
    bool isUsable() const { return status == QLatin1String("APPROVED"); }

    static TemplateInfo fromJson(const QJsonObject& json);
    //! The distinct placeholders of a template text: {{1}} → "1", {{order_id}} → "order_id".
    static QStringList placeholders(const QString& text);
};

} // namespace ChannelDesk
