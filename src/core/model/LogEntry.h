// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One line of the conversation log as `channeldesk log` prints it, and which lines to print.

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct LogQuery
{
    QString channelId;
    QString peer;
    int limit = 0; //!< the most recent N; 0 = all
    //! Only what search finds for this text (MessageSearch): the matching messages, and for a
    //! contact that matches by name or number its conversation's last message.
    QString search;
};

struct LogEntry
{
    QString channelId;
    QString direction; //!< "in" or "out"
    QString peer;
    QString peerName;
    QString messageId;
    QString type;
    QString subtype;
    QString text;
    QDateTime timestamp;
    QString status;
    QString sentBy; //!< an API key's name or the operator; empty for inbound and outside sends
    //! With LogQuery::search: "text" (the message matched) or "contact" (its contact did).
    QString match;
};

} // namespace ChannelDesk
