// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/ChannelMonitor.h"

#include "channels/ChannelManager.h"
#include "health/ChannelActivityReader.h"
#include "health/CloudHealthChecker.h"
#include "linking/LinkedChannelController.h"
#include "store/LogDataSource.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

ChannelMonitor::ChannelMonitor(ChannelManager* manager, LinkedChannelController* linked,
                               LogDataSource* source, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_linked(linked)
    , m_source(source)
    , m_worker(source ? source->databasePath() : QString())
    , m_checker(new CloudHealthChecker(manager, network, this))
{
    connect(m_checker, &CloudHealthChecker::checked, this,
            [this](const QString& id, const CloudHealth& health) {
                m_tracker.setHealth(id, health);
                emit healthChanged(id);
                publish();
            });
    connect(m_checker, &CloudHealthChecker::failed, this, [this](const QString& id, const QString& problem) {
        m_tracker.setHealthProblem(id, problem);
        emit healthChanged(id);
        publish();
    });
    if (manager)
        connect(manager, &ChannelManager::channelsChanged, this, &ChannelMonitor::syncChannels);
    if (linked) {
        connect(linked, &LinkedChannelController::adaptersChanged, this, &ChannelMonitor::syncChannels);
        connect(linked, &LinkedChannelController::linkStatusChanged, this,
                [this](const QString& id, const LinkStatus& status) {
                    m_tracker.noteLinkStatus(id, status);
                    publish();
                });
        connect(linked, &LinkedChannelController::linkErrorOccurred, this,
                [this](const QString& id, const QString& message) {
                    m_tracker.noteLinkError(id, message);
                    publish();
                });
        connect(linked, &LinkedChannelController::adapterProblem, this,
                [this](const QString& id, const QString& message) {
                    m_tracker.noteLinkError(id, message);
                    publish();
                });
    }
    if (source)
        connect(source, &LogDataSource::storeChanged, this, &ChannelMonitor::onStoreChanged);
    m_storeRefreshTimer.setSingleShot(true);
    connect(&m_storeRefreshTimer, &QTimer::timeout, this, &ChannelMonitor::refreshActivity);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChannelMonitor::refreshActivity);
    m_clockTimer.setInterval(ClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &ChannelMonitor::publish);
    m_healthTimer.setInterval(HealthTimerMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &ChannelMonitor::checkDueHealth);
    syncChannels();
    m_refreshTimer.start();
    m_clockTimer.start();
    m_healthTimer.start();
    refreshActivity();
}

ChannelMonitor::~ChannelMonitor() = default;

void ChannelMonitor::setClock(const Clock* clock)
{
    m_tracker.setClock(clock);
    publish();
}

bool ChannelMonitor::isChecking(const QString& channelId) const
{
    return m_checker->isChecking(channelId);
}

void ChannelMonitor::noteWeComToken(const QString& channelId, const WeComTokenState& token)
{
    m_tracker.noteWeComToken(channelId, token);
    publish();
}

void ChannelMonitor::setHealth(const QString& channelId, const CloudHealth& health)
{
    m_tracker.setHealth(channelId, health);
    emit healthChanged(channelId);
    publish();
}

void ChannelMonitor::syncChannels()
{
    const QList<Channel> channels = m_manager ? m_manager->channels() : QList<Channel>();
    for (const Channel& channel : m_tracker.channels()) {
        if (!m_manager || !m_manager->channel(channel.id))
            m_checker->forget(channel.id);
    }
    bool added = false;
    for (const Channel& channel : channels)
        added = added || !m_tracker.activity(channel.id).has_value();
    m_tracker.setChannels(channels);
    for (const Channel& channel : channels) {
        GatewayAdapter* adapter = m_linked ? m_linked->adapter(channel.id) : nullptr;
        m_tracker.setLinkAttached(channel.id, adapter != nullptr);
        if (adapter)
            m_tracker.noteLinkStatus(channel.id, adapter->status());
    }
    publish();
    // A new channel has no figures yet; without them nothing can be degraded.
    if (added)
        refreshActivity();
    // Checks run once the event loop turns, when a front end has had the chance to switch them on.
    QTimer::singleShot(0, this, &ChannelMonitor::checkDueHealth);
}

void ChannelMonitor::onStoreChanged()
{
    if (!m_followStore || m_storeRefreshTimer.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : StoreRefreshMs;
    m_storeRefreshTimer.start(int(qMax<qint64>(0, StoreRefreshMs - since)));
}

void ChannelMonitor::refreshActivity()
{
    if (!m_source)
        return;
    m_storeRefreshTimer.stop();
    m_sinceRefresh.start();
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const QDateTime at = m_tracker.clock()->now();
    whenFinished(
        m_worker.run([path = m_worker.databasePath(), at] { return ChannelActivityReader::read(path, at); }),
        this, [this](const Result<QList<ChannelActivity>>& read) {
            m_refreshing = false;
            if (read.ok()) {
                m_tracker.setActivity(read.value());
                publish();
                emit activityChanged(m_tracker.activity());
            } else {
                qCWarning(lcStore) << "Cannot read the channel activity:" << read.error().message;
            }
            if (std::exchange(m_refreshAgain, false))
                refreshActivity();
        });
}

void ChannelMonitor::checkHealth(const QString& channelId)
{
    const auto channel = m_manager ? m_manager->channel(channelId) : std::nullopt;
    if (!channel || channel->kind != ChannelKinds::whatsAppCloud() || !m_checker->canCheck()
        || m_checker->isChecking(channelId))
        return;
    startHealthCheck(channelId);
}

void ChannelMonitor::setHealthChecksActive(bool active)
{
    m_healthActive = active;
    if (active)
        checkDueHealth();
}

void ChannelMonitor::checkDueHealth()
{
    if (!m_healthActive || !m_checker->canCheck())
        return;
    for (const QString& id : m_tracker.dueHealthChecks()) {
        if (!m_checker->isChecking(id))
            startHealthCheck(id);
    }
}

void ChannelMonitor::startHealthCheck(const QString& channelId)
{
    const auto channel = m_manager ? m_manager->channel(channelId) : std::nullopt;
    if (!channel)
        return;
    m_tracker.noteHealthCheckStarted(channelId);
    emit healthCheckStarted(channelId);
    m_checker->check(*channel);
}

void ChannelMonitor::publish()
{
    m_states = m_tracker.evaluate();
    emit statesChanged(m_states);
}

} // namespace ChannelDesk
