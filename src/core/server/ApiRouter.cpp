// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiRouter.h"

namespace ChannelDesk {

ApiRouter::ApiRouter(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_channels(context)
    , m_send(context)
    , m_conversations(context)
    , m_admin(context)
    , m_console(context)
{ }

void ApiRouter::handle(const ApiRequest& request, const ApiReply& reply)
{
    const QStringList& s = request.segments;
    const QByteArray& method = request.method;
    const QString first = s.value(0);
    const QString action = s.value(2);
    if (first == QLatin1String("console"))
        return m_console.handle(request, reply);
    if (first == QLatin1String("conversations")) {
        if (s.size() == 3)
            return m_conversations.handoff(request, reply);
        return s.size() == 1 ? m_conversations.list(request, reply)
                             : m_conversations.messages(request, reply);
    }
    if (first == QLatin1String("audit"))
        return m_admin.audit(request, reply);
    if (first == QLatin1String("keys")) {
        if (method == "DELETE")
            return m_admin.revokeKey(request, reply);
        return method == "POST" ? m_admin.createKey(request, reply) : m_admin.listKeys(request, reply);
    }
    // channels/…
    if (s.size() == 1)
        return method == "POST" ? m_admin.createChannels(request, reply) : m_channels.list(request, reply);
    if (s.size() == 2) {
        if (method == "PATCH")
            return m_admin.patchChannel(request, reply);
        if (method == "DELETE")
            return m_admin.removeChannel(request, reply);
        return m_channels.get(request, reply);
    }
    if (action == QLatin1String("status"))
        return m_channels.status(request, reply);
    if (action == QLatin1String("pairing-code"))
        return m_channels.pairingCode(request, reply);
    if (action == QLatin1String("opt-outs"))
        return m_channels.clearOptOut(request, reply);
    if (action == QLatin1String("forward"))
        return m_channels.retryForwards(request, reply);
    if (action == QLatin1String("test"))
        return m_send.test(request, reply);
    if (action == QLatin1String("messages"))
        return s.size() == 3 ? m_send.send(request, reply) : m_send.message(request, reply);
    return m_channels.linkAction(request, reply);
}

} // namespace ChannelDesk
