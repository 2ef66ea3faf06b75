// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk export`: the conversation log as JSON lines (the fields of `log --json`), oldest
//! first, streamed, to stdout or to an owner-only file; to take messages out before a message
//! retention prunes them.

#include "Command.h"

#include <QDateTime>

namespace ChannelDesk {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

    //! "2026-11-01" (midnight UTC; with endOfDay the next midnight, so an --until date includes
    //! its day) or an ISO 8601 date and time (UTC unless it says otherwise). Invalid if neither.
    static QDateTime parseDate(const QString& text, bool endOfDay);

protected:
    QString description() const override;
};

} // namespace ChannelDesk
