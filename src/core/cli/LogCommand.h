// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk log`: prints the conversation log, oldest first, as text or one JSON object per line.

#include "model/LogEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ChannelDesk {

class LogCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    int run(const QString& dataDir, const QStringList& arguments);

    //! The --json line of one entry: channel, direction, peer, message_id, type, text, timestamp, status.
    static QJsonObject toJson(const LogEntry& entry);
    //! "2026-11-21T10:00:00Z support ← 15557654321 Ana Souza [text] Hi".
    static QString toText(const LogEntry& entry);
};

} // namespace ChannelDesk
