// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Hands each authorised API request to the endpoint group that answers it. Lives on the Desk's
//! thread; ApiRoutes has already decided that the endpoint exists and the key may call it.

#include "server/AdminEndpoints.h"
#include "server/ChannelEndpoints.h"
#include "server/ConsoleEndpoints.h"
#include "server/ConversationEndpoints.h"
#include "server/SendEndpoints.h"

#include <QObject>

namespace ChannelDesk {

class ApiRouter : public QObject
{
    Q_OBJECT

public:
    ApiRouter(const ApiContext& context, QObject* parent = nullptr);

    void handle(const ApiRequest& request, const ApiReply& reply);

private:
    ChannelEndpoints m_channels;
    SendEndpoints m_send;
    ConversationEndpoints m_conversations;
    AdminEndpoints m_admin;
    ConsoleEndpoints m_console;
};

} // namespace ChannelDesk
