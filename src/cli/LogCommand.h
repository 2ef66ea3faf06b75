// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk log`: prints the conversation log, oldest first, as text or one JSON object per line.

#include "Command.h"
#include "model/LogEntry.h"

#include <QJsonObject>

namespace ChannelDesk {

class LogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    LogCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

    //! The --json line of one entry: channel, direction, peer, message_id, type, text, timestamp, status.
    static QJsonObject toJson(const LogEntry& entry);
    //! "2026-11-21T10:00:00Z support ← 15557654321 Ana Souza [text] Hi".
    static QString toText(const LogEntry& entry);

protected:
    QString description() const override;

private:
    //! --search: what the window's search finds, with "match" in --json.
    static int printSearch(const QString& databasePath, const LogQuery& query, const QString& text,
                           bool json);
};

} // namespace ChannelDesk
