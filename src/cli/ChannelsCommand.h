// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk channels`: lists the channels as tab-separated columns or JSON, never secrets.
//! `channeldesk channels start|stop|restart|pair|logout ID`: acts on a linked-device channel's
//! session at its gateway (recorded in the audit log as done by "cli").

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
    int checkPositional(const QStringList& positional) override;

private:
    int list(const QString& dataDir);
    int linkAction(const QString& dataDir);

    QString m_action; //!< empty: list
    QString m_channelId;
};

} // namespace ChannelDesk
