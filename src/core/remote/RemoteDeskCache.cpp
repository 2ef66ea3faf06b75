// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteDesk's answers that need no round trip: read from the snapshot it keeps in memory.
#include "remote/RemoteDesk.h"

namespace ChannelDesk {

QList<Channel> RemoteDesk::channels() const
{
    return m_snapshot.channels;
}

std::optional<Channel> RemoteDesk::channel(const QString& id) const
{
    for (const Channel& channel : m_snapshot.channels) {
        if (channel.id == id)
            return channel;
    }
    return std::nullopt;
}

QList<ChannelState> RemoteDesk::channelStates() const
{
    return m_snapshot.states;
}

QList<ChannelActivity> RemoteDesk::channelActivity() const
{
    return m_snapshot.activity;
}

std::optional<CloudHealth> RemoteDesk::cloudHealth(const QString& channelId) const
{
    return m_snapshot.health.value(channelId).health;
}

bool RemoteDesk::isCheckingHealth(const QString& channelId) const
{
    return m_snapshot.health.value(channelId).checking;
}

QString RemoteDesk::cloudHealthProblem(const QString& channelId) const
{
    return m_snapshot.health.value(channelId).problem;
}

void RemoteDesk::refreshActivity()
{
    if (m_connection.isUp())
        refreshSnapshot();
}

void RemoteDesk::setHealthChecksActive(bool)
{
    // The server runs its own checks; a window attached to it has nothing to switch.
}

ReceiverStatus RemoteDesk::receiverStatus() const
{
    return m_snapshot.receiver;
}

ApiServerStatus RemoteDesk::apiServerStatus() const
{
    return m_snapshot.api;
}

BotHealth RemoteDesk::botHealth(const QString& channelId) const
{
    const auto it = m_snapshot.bots.constFind(channelId);
    if (it != m_snapshot.bots.constEnd())
        return *it;
    // As a LocalDesk answers for a channel that does not forward.
    BotHealth health;
    health.state = BotHealth::State::Paused;
    return health;
}

bool RemoteDesk::canSend(const QString& channelId) const
{
    return blocked(ApiRole::Sender).isEmpty() && m_snapshot.canSend.contains(channelId);
}

bool RemoteDesk::hasLink(const QString& channelId) const
{
    return m_snapshot.links.contains(channelId);
}

LinkStatus RemoteDesk::linkStatus(const QString& channelId) const
{
    return m_snapshot.links.value(channelId).status;
}

PairingQr RemoteDesk::pairingQr(const QString& channelId) const
{
    return m_snapshot.links.value(channelId).qr;
}

bool RemoteDesk::supportsPairingCode(const QString& channelId) const
{
    return m_snapshot.links.value(channelId).pairingCode;
}

} // namespace ChannelDesk
