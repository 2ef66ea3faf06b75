// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk test --channel ID`: runs Test Connection against the Graph API and prints the outcome.

#include "Command.h"

namespace ChannelDesk {

class TestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)

public:
    TestCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
