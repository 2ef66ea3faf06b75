// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk channels`: lists the channels as tab-separated columns or JSON, never secrets.

#include "Command.h"

namespace ChannelDesk {

class ChannelsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChannelsCommand)

public:
    ChannelsCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
