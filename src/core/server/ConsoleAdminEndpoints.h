// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The console protocol's admin verbs: channel setup and removal, reading a stored secret (only
//! the verify token in full), API keys and the audit log. Runs on the Desk's thread.

#include "server/ApiContext.h"
#include "server/ConsoleCall.h"

#include <QObject>

namespace ChannelDesk {

class ConsoleAdminEndpoints : public QObject
{
    Q_OBJECT

public:
    ConsoleAdminEndpoints(const ApiContext& context, QObject* parent = nullptr);

    //! Answers the verb when it is one of these; false otherwise.
    bool handle(const QString& verb, const ConsoleCall& call);

private:
    void saveChannels(const ConsoleCall& call);
    void removeChannel(const ConsoleCall& call);
    void readSecret(const ConsoleCall& call);
    void apiKeys(const ConsoleCall& call);
    void createApiKey(const ConsoleCall& call);
    void revokeApiKey(const ConsoleCall& call);
    void auditLog(const ConsoleCall& call);
    void refusalCounts(const ConsoleCall& call);

    ApiContext m_context;
};

} // namespace ChannelDesk
