// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk test --channel ID`: runs Test Connection against the Graph API (or, for a WeCom
//! channel, WeCom's gettoken and agent/get; for a linked-device channel, its gateway and session)
//! and prints the outcome.

#include "Command.h"

namespace ChannelDesk {

class ChannelManager;
struct Channel;

class TestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)

public:
    TestCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;

private:
    int testWeCom(ChannelManager& manager, const Channel& channel, int timeoutSeconds);
    //! The gateway answers, takes the key, and the session is linked (exit 0); otherwise exit 1.
    int testLinked(ChannelManager& manager, const Channel& channel, int timeoutSeconds);
};

} // namespace ChannelDesk
