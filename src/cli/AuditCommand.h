// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk audit`: the audit log (changes made through the server API and the key commands)
//! and the counts of refused requests.

#include "Command.h"

namespace ChannelDesk {

class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static constexpr int DefaultLimit = 100;

    AuditCommand();

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;
};

} // namespace ChannelDesk
