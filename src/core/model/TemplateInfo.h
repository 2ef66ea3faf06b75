// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One message template of a WhatsApp Business Account as Meta lists it
//! (GET /{waba-id}/message_templates), reduced to what a sender needs.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ChannelDesk {

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

    //! Only approved templates can be sent.
    bool isUsable() const { return status == QLatin1String("APPROVED"); }

    static TemplateInfo fromJson(const QJsonObject& json);
    //! The distinct placeholders of a template text: {{1}} → "1", {{order_id}} → "order_id".
    static QStringList placeholders(const QString& text);
};

} // namespace ChannelDesk
