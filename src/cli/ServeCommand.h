// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk serve`: the headless webhook receiver. Loads the enabled Cloud API channels and
//! their secrets (environment first, then keychain), listens until SIGINT/SIGTERM and reloads the
//! channels on SIGHUP. Logs one line per request to stderr.

#include "Command.h"

namespace ChannelDesk {

class ChannelManager;
class WebhookReceiver;

class ServeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    ServeCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;

private:
    //! Reads the secrets of every enabled Cloud API channel and hands them to the receiver.
    int loadChannels(ChannelManager& manager, WebhookReceiver& receiver);
};

} // namespace ChannelDesk
