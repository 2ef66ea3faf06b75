// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk repair`: moves a damaged conversation store (or delivery journal) aside and rebuilds
//! the store from the journal and the copy of the channel settings (DataRepair).

#include "Command.h"

namespace ChannelDesk {

class RepairCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RepairCommand)

public:
    RepairCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
