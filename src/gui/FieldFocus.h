// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where the cursor goes when a page or dialog opens: into the first field that still needs typing
//! (in tab order, skipping hidden, disabled and read-only ones), else the first field, so the user
//! can type at once instead of landing on a radio button or on nothing.

class QWidget;

namespace ChannelDesk {

class FieldFocus
{
public:
    //! The first empty editable field inside container in tab order, else the first editable one;
    //! nullptr when it has none.
    static QWidget* firstField(const QWidget* container);
    //! Focuses firstField(container), if any; returns it.
    static QWidget* focusFirstField(const QWidget* container);
};

} // namespace ChannelDesk
