// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reading the conversation log through the server API: the conversations (newest first, or the
//! messages matching a search) and one conversation's messages, paged with `before`. Runs on the
//! Desk's thread; the reads run on the Desk's database thread.

#include "server/ApiContext.h"

#include <QObject>

namespace ChannelDesk {

class ConversationEndpoints : public QObject
{
    Q_OBJECT

public:
    ConversationEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void list(const ApiRequest& request, const ApiReply& reply);
    void messages(const ApiRequest& request, const ApiReply& reply);

private:
    ApiContext m_context;
};

} // namespace ChannelDesk
