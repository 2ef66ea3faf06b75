// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the conversation view shows around a message's own text: the message a reply quotes, the
//! reactions on it, and a shared location's coordinates with a link to open them on a map.

#include "model/ConversationRows.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ChannelDesk {

class MessageAnnotations
{
    Q_DECLARE_TR_FUNCTIONS(MessageAnnotations)

public:
    //! "You: Your order has shipped" for a quoted message of ours, the text alone for the contact's,
    //! its type in brackets when it has no text; empty when the message quotes nothing stored.
    static QString quote(const MessageRow& row);
    //! The contact's reaction and ours, e.g. "❤️ 👍"; empty when there is none.
    static QString reactions(const MessageRow& row);
    //! OpenStreetMap at the shared location; invalid unless the message is a location with
    //! coordinates.
    static QUrl locationUrl(const MessageRow& row);
    //! "People's Square · 31.23040, 121.47370" (the name or address, then the coordinates).
    static QString locationText(const MessageRow& row);
};

} // namespace ChannelDesk
