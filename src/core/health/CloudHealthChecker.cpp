// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CloudHealthChecker.h"

#include "api/GraphReply.h" // CloudHealthProbe.h's inline isRunning() needs the complete type
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "health/CloudHealthProbe.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

CloudHealthChecker::CloudHealthChecker(ChannelManager* manager, QNetworkAccessManager* network,
                                       QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_network(network)
{ }

CloudHealthChecker::~CloudHealthChecker()
{
    const auto running = std::exchange(m_running, {});
    for (const QPointer<CloudHealthProbe>& probe : running) {
        if (probe)
            probe->cancel();
    }
}

bool CloudHealthChecker::canCheck() const
{
    return m_manager && m_network;
}

void CloudHealthChecker::forget(const QString& channelId)
{
    const QPointer<CloudHealthProbe> probe = m_running.take(channelId);
    if (probe)
        probe->cancel();
}

void CloudHealthChecker::check(const Channel& channel)
{
    if (!canCheck() || isChecking(channel.id))
        return;
    m_running.insert(channel.id, nullptr);
    using namespace CloudApiFields;
    whenFinished(
        m_manager->readSecret(channel.id, accessToken()), this, [this, channel](const SecretResult& result) {
            if (!m_running.contains(channel.id))
                return; // forgotten meanwhile
            if (result.code == SecretResult::Code::NotFound) {
                m_running.remove(channel.id);
                emit failed(channel.id,
                            tr("No access token is stored for this channel. Click Replace… next to "
                               "Access token on the channel page to enter one."));
                return;
            }
            if (!result.ok()) {
                m_running.remove(channel.id);
                emit failed(
                    channel.id,
                    tr("Cannot read the access token. %1").arg(ChannelManager::secretError(result).message));
                return;
            }
            auto* probe = new CloudHealthProbe(m_network, GraphEndpoint::forChannel(channel, result.value),
                                               channel.field(phoneNumberId()), this);
            m_running.insert(channel.id, probe);
            connect(probe, &CloudHealthProbe::finished, this,
                    [this, probe, id = channel.id](const CloudHealth& health) {
                        probe->deleteLater();
                        if (m_running.value(id) != probe)
                            return; // forgotten or cancelled
                        m_running.remove(id);
                        emit checked(id, health);
                    });
            probe->check();
        });
}

} // namespace ChannelDesk
