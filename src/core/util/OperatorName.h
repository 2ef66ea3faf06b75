// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The name the conversation log gives sends made by the person at this computer (the window and
//! the CLI), as opposed to an API key's name.

#include <QString>

namespace ChannelDesk {

class OperatorName
{
public:
    //! The local login name: $USER, else the password database's entry, else "operator".
    static QString current();
};

} // namespace ChannelDesk
