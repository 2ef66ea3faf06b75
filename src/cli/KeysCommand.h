// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk keys create|list|revoke`: the API keys of the server. A new key is printed once and
//! stored only as a hash; creating and revoking are recorded in the audit log as done by "cli".

#include "Command.h"

namespace ChannelDesk {

class KeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)

public:
    KeysCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
    int checkPositional(const QStringList& positional) override;

private:
    int create(const QString& dataDir);
    int list(const QString& dataDir);
    int revoke(const QString& dataDir);
    //! Records a key change done from the command line; a failure to record is reported, not fatal.
    static void audit(const QString& dataDir, const QString& action, const QString& target,
                      const QString& result);

    QString m_subcommand;
    QString m_revokeName;
};

} // namespace ChannelDesk
