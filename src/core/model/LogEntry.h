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
};

} // namespace ChannelDesk
