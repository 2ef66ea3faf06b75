// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk forward`: what waits for the channels' bots, and sending parked deliveries again.

#include "Command.h"

namespace ChannelDesk {

class ForwardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ForwardCommand)

public:
    ForwardCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
