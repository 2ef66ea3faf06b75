// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The console protocol (POST /api/v1/console/VERB, docs/api.md): the endpoints a remote window
//! works through, one per method of the Desk facade. Parses the body, then hands the call to the
//! group that answers the verb. ApiRoutes has already checked the verb exists and the key's role.
//! Runs on the Desk's thread.

#include "server/ApiContext.h"
#include "server/ConsoleActionEndpoints.h"
#include "server/ConsoleAdminEndpoints.h"
#include "server/ConsoleBotEndpoints.h"
#include "server/ConsoleReadEndpoints.h"

#include <QObject>

namespace ChannelDesk {

class ConsoleEndpoints : public QObject
{
    Q_OBJECT

public:
    ConsoleEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void handle(const ApiRequest& request, const ApiReply& reply);

private:
    ApiContext m_context;
    ConsoleReadEndpoints m_read;
    ConsoleActionEndpoints m_actions;
    ConsoleAdminEndpoints m_admin;
    ConsoleBotEndpoints m_bot;
};

} // namespace ChannelDesk
