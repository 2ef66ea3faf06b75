// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A message a front end asks to send, and why it may be refused before it is queued.

#include "model/OutboundContent.h"
#include "model/OutboundItem.h"

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct SendRequest
{
    QString reference; //!< the caller's, echoed in queued()/refused()
    QString channelId;
    QString to; //!< as typed: "+49 151 2345-678" is fine
    OutboundContent content;
    QString source; //!< gui, cli, test-message
    //! Who asked for it, shown in the conversation log: an API key's name, or the operator's login
    //! name for the window and the CLI. Empty means not known (the initialiser lets brace lists
    //! that end at source leave it out).
    QString sentBy = {};
};

struct SendRefusal
{
    SendCode code = SendCode::SendFailed;
    QString message;
    QDateTime freesAt; //!< for RATE_LIMITED
};

} // namespace ChannelDesk
