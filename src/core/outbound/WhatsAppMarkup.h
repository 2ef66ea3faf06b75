// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Converts the Markdown operators type into the formatting WhatsApp understands (*bold*, _italic_,
//! ~strike~, `code`, ```block```), so replies look the same on the customer's phone.

#include <QString>

namespace ChannelDesk {

class WhatsAppMarkup
{
public:
    //! **b**/__b__ → *b*, *i*/_i_ → _i_, ~~s~~ → ~s~; `code` and fenced blocks stay verbatim (no
    //! conversion inside); "# h" → *h*; [t](u) → "t (u)"; "- x"/"* x" bullets stay bullets.
    //! Markers without a partner are left as they are.
    static QString fromMarkdown(const QString& markdown);
};

} // namespace ChannelDesk
