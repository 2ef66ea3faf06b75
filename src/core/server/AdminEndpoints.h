// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The admin endpoints of the server API: channel setup (all or nothing, every bad field named),
//! changes of one channel (plain fields, or one secret at a time), removal, API keys and the
//! audit log. Secrets sent here are stored, never echoed back or logged. Runs on the Desk's thread.

#include "channels/Channel.h"
#include "server/ApiContext.h"

#include <QObject>

namespace ChannelDesk {

class AdminEndpoints : public QObject
{
    Q_OBJECT

public:
    AdminEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void createChannels(const ApiRequest& request, const ApiReply& reply);
    void patchChannel(const ApiRequest& request, const ApiReply& reply);
    void removeChannel(const ApiRequest& request, const ApiReply& reply);
    void listKeys(const ApiRequest& request, const ApiReply& reply);
    void createKey(const ApiRequest& request, const ApiReply& reply);
    void revokeKey(const ApiRequest& request, const ApiReply& reply);
    void audit(const ApiRequest& request, const ApiReply& reply);

private:
    void save(const ApiRequest& request, const ApiReply& reply, const QList<ChannelDraft>& drafts,
              const QString& action, const QString& target);

    ApiContext m_context;
};

} // namespace ChannelDesk
