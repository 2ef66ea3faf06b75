// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! WhatsApp's text formatting, as the phone shows it: *bold*, _italic_, ~strikethrough~,
//! ```monospace``` and `inline code`. parse() removes the markers and says which ranges of the
//! remaining text carry which style, for a QTextLayout's formats; text that only looks like
//! markup (2*3*4, snake_case_names, a lone *) stays as typed, as it does on the phone.
//!
//! The rules WhatsApp applies: a marker opens only after the start of the text, a space or
//! punctuation and before a non-space; it closes only after a non-space and before the end, a
//! space or punctuation, on the same line. Styles nest (*_both_*); monospace and code contain
//! no styles. Linear in the text's length. (outbound/WhatsAppMarkup goes the other way: Markdown
//! a bot wrote into these markers.)

#include <QList>
#include <QString>

namespace ChannelDesk {

class WhatsAppFormatting
{
public:
    enum class Style
    {
        Bold,
        Italic,
        Strike,
        Monospace, //!< ```block``` and `inline code`
    };

    struct Span
    {
        int start = 0; //!< in Marked::text
        int length = 0;
        Style style = Style::Bold;
    };

    struct Marked
    {
        QString text; //!< without the markers
        QList<Span> spans; //!< in the order their markers close, inner before outer
    };

    static Marked parse(const QString& text);
    //! Whether text has anything parse() would format (a cheap test for the common plain case).
    static bool hasMarkup(const QString& text);
};

} // namespace ChannelDesk
