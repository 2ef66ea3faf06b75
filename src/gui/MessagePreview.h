// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one line a list shows for a conversation's last message, worded when it is shown: the store
//! keeps the message's kind and its text only, so the words ("Photo", "Template: …") follow the
//! language the window runs in, not the one of whichever process stored the message.

#include <QString>

namespace ChannelDesk {

class MessagePreview
{
public:
    //! type is the message's stored type (text, image, template, unsupported, …), text its stored
    //! text (a caption, a template's body, a file name; may be empty).
    static QString line(const QString& type, const QString& text);
};

} // namespace ChannelDesk
