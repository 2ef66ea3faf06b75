// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk status`: the data directory, the size of each of its files, the free space of its
//! disk (with a warning when low), the retention in force and which process runs the receiver.
//! `--vacuum` switches the SQLite files to incremental auto-vacuum and gives their free pages back,
//! while no receiver runs.

#include "Command.h"

namespace ChannelDesk {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;

private:
    int vacuum(const QString& dataDir);
};

} // namespace ChannelDesk
