// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk serve`: the headless front end of a LocalDesk. Receives webhooks for the enabled
//! Cloud API channels (secrets from the environment first, then the keychain), keeps the gateway
//! sessions of linked channels and sends what is queued, until SIGINT/SIGTERM; SIGHUP reloads the
//! channels. Logs one line per request, and every channel and send state change, to stderr.

#include "Command.h"

namespace ChannelDesk {

class LocalDesk;

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
    //! Loads the channels and waits until the receiver serves them; says which are not served and
    //! why. Returns how many are served, or -1 when the channels cannot be read.
    int loadChannels(LocalDesk& desk);
};

} // namespace ChannelDesk
