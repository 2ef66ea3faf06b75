// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundChannelSync.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

OutboundChannelSync::OutboundChannelSync(ChannelManager* channels, Added added, Removed removed,
                                         QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_added(std::move(added))
    , m_removed(std::move(removed))
{ }

void OutboundChannelSync::start()
{
    connect(m_channels, &ChannelManager::channelsChanged, this, &OutboundChannelSync::sync);
    sync();
}

void OutboundChannelSync::sync()
{
    if (!m_channels)
        return;
    QSet<QString> wanted;
    for (const Channel& channel : m_channels->channels()) {
        if (channel.enabled && channel.kind == ChannelKinds::whatsAppCloud())
            wanted.insert(channel.id);
    }
    for (auto it = m_signatures.begin(); it != m_signatures.end();) {
        if (!wanted.contains(it.key())) {
            m_removed(it.key());
            m_tokens.remove(it.key());
            it = m_signatures.erase(it);
        } else {
            ++it;
        }
    }
    for (const Channel& channel : m_channels->channels()) {
        if (!wanted.contains(channel.id))
            continue;
        // Settings changed without the token: in effect before the caller's next send is queued.
        if (const auto token = m_tokens.constFind(channel.id); token != m_tokens.cend())
            apply(channel, *token);
        // The token is read every time: a replaced token must reach the queue.
        whenFinished(m_channels->readSecret(channel.id, CloudApiFields::accessToken()), this,
                     [this, channel](const SecretResult& token) {
                         const std::optional<Channel> current
                             = m_channels ? m_channels->channel(channel.id) : std::nullopt;
                         if (!current || !current->enabled || current->fields != channel.fields)
                             return; // changed while the token was read; a newer sync follows
                         if (!token.ok()) {
                             emit problem(channel.id, ChannelManager::secretError(token).message);
                             return;
                         }
                         apply(channel, token.value);
                     });
    }
}

void OutboundChannelSync::apply(const Channel& channel, const QString& token)
{
    const GraphEndpoint endpoint = GraphEndpoint::forChannel(channel, token);
    const QString phoneNumberId = channel.field(CloudApiFields::phoneNumberId());
    const QString signature = endpoint.baseUrl.toString() + QLatin1Char('\n') + endpoint.apiVersion
        + QLatin1Char('\n') + phoneNumberId + QLatin1Char('\n') + QString::number(qHash(token));
    if (m_signatures.value(channel.id) == signature)
        return;
    m_signatures.insert(channel.id, signature);
    m_tokens.insert(channel.id, token);
    m_added(channel.id, endpoint, phoneNumberId);
}

} // namespace ChannelDesk
