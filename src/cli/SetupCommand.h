// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk setup --answers FILE`: creates or updates channels from an answers file, secrets to
//! the keychain (or, with --no-keychain, only the names of the variables to export).

#include "Command.h"

namespace ChannelDesk {

class SetupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommand)

public:
    SetupCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
