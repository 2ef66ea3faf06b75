// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWidget.h"
#include "ui_DashboardWidget.h"

#include "api/MetaErrorDecoder.h"
#include "channels/ChannelManager.h"
#include "health/ChannelActivityReader.h"
#include "health/DegradedDetector.h"
#include "linking/LinkedChannelController.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"
#include "ChannelCardWidget.h"
#include "CloudHealthChecker.h"
#include "LogDataSource.h"

namespace ChannelDesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

bool isCloud(const Channel& channel)
{
    return channel.kind == ChannelKinds::whatsAppCloud();
}

} // namespace

DashboardWidget::DashboardWidget(ChannelManager* manager, QString databasePath,
                                 QNetworkAccessManager* network, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWidget>())
    , m_manager(manager)
    , m_databasePath(std::move(databasePath))
    , m_clock(Clock::system())
    , m_checker(new CloudHealthChecker(manager, network, this))
    , m_worker(m_databasePath)
{
    m_ui->setupUi(this);
    connect(m_checker, &CloudHealthChecker::checked, this, &DashboardWidget::setHealth);
    connect(m_checker, &CloudHealthChecker::failed, this, &DashboardWidget::finishHealthCheck);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refreshActivity);
    m_clockTimer.setInterval(15 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &DashboardWidget::updateClock);
    m_healthTimer.setInterval(60 * 1000);
    connect(&m_healthTimer, &QTimer::timeout, this, &DashboardWidget::checkDueHealth);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardWidget::refreshActivity);
    if (m_manager)
        connect(m_manager, &ChannelManager::channelsChanged, this, &DashboardWidget::syncChannels);
    syncChannels();
    m_refreshTimer.start();
    m_clockTimer.start();
    m_healthTimer.start();
    refreshActivity();
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setLinkedChannelController(LinkedChannelController* linked)
{
    if (m_linked)
        disconnect(m_linked, nullptr, this, nullptr);
    m_linked = linked;
    if (linked) {
        connect(linked, &LinkedChannelController::adaptersChanged, this, &DashboardWidget::followAdapters);
        connect(linked, &LinkedChannelController::adapterProblem, this, &DashboardWidget::noteLinkError);
    }
    followAdapters();
}

void DashboardWidget::setActivitySource(LogDataSource* source)
{
    if (source)
        connect(source, &LogDataSource::storeChanged, this, &DashboardWidget::refreshActivity);
}

void DashboardWidget::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    updateClock();
}

QDateTime DashboardWidget::now() const
{
    return m_clock->now();
}

QList<ChannelState> DashboardWidget::states() const
{
    return m_states;
}

QList<ChannelActivity> DashboardWidget::activity() const
{
    QList<ChannelActivity> result;
    for (const Tracked& tracked : m_tracked) {
        if (tracked.activity)
            result.append(*tracked.activity);
    }
    return result;
}

void DashboardWidget::syncChannels()
{
    const QList<Channel> channels = m_manager ? m_manager->channels() : QList<Channel>();
    QSet<QString> present;
    int position = 0;
    for (const Channel& channel : channels) {
        present.insert(channel.id);
        ChannelCardWidget* card = m_cards.value(channel.id);
        if (!card) {
            card = new ChannelCardWidget(channel.id, m_ui->cardsContainer);
            connect(card, &ChannelCardWidget::healthCheckRequested, this, &DashboardWidget::checkHealth);
            connect(card, &ChannelCardWidget::openRequested, this, &DashboardWidget::openChannelRequested);
            m_cards.insert(channel.id, card);
            m_tracked[channel.id].since = now();
        }
        // Cards follow the order of the channel list; the spacer stays last.
        m_ui->cardsLayout->insertWidget(position++, card);
        card->setChannel(channel);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        m_tracked.remove(it.key());
        m_checker->forget(it.key());
        delete it.value();
        it = m_cards.erase(it);
    }
    m_ui->emptyLabel->setVisible(channels.isEmpty());
    m_ui->cardsScrollArea->setVisible(!channels.isEmpty());
    followAdapters();
    // Checks run once the event loop turns, when the window has been shown.
    QTimer::singleShot(0, this, &DashboardWidget::checkDueHealth);
}

void DashboardWidget::followAdapters()
{
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        GatewayAdapter* adapter = m_linked ? m_linked->adapter(it.key()) : nullptr;
        if (adapter == it->adapter)
            continue;
        if (it->adapter)
            disconnect(it->adapter, nullptr, this, nullptr);
        it->adapter = adapter;
        if (!adapter)
            continue;
        const QString id = it.key();
        connect(adapter, &GatewayAdapter::statusChanged, this,
                [this, id](const LinkStatus& status) { onLinkStatus(id, status); });
        connect(adapter, &GatewayAdapter::errorOccurred, this,
                [this, id](const QString& message) { noteLinkError(id, message); });
        onLinkStatus(id, adapter->status());
    }
    publish();
}

void DashboardWidget::onLinkStatus(const QString& channelId, const LinkStatus& status)
{
    auto it = m_tracked.find(channelId);
    if (it == m_tracked.end())
        return;
    const QDateTime at = now();
    if (status.state == LinkState::Reconnecting && it->linkState != LinkState::Reconnecting) {
        it->reconnects.append(at);
        ++it->reconnectTotal;
    }
    it->linkState = status.state;
    it->linkReason = status.reason;
    if ((status.state == LinkState::Failed || status.state == LinkState::LoggedOut)
        && !status.reason.isEmpty()) {
        it->linkError = status.reason;
        it->linkErrorAt = at;
    }
    publish();
}

void DashboardWidget::noteLinkError(const QString& channelId, const QString& message)
{
    auto it = m_tracked.find(channelId);
    if (it == m_tracked.end() || message.isEmpty())
        return;
    it->linkError = message;
    it->linkErrorAt = now();
    publish();
}

void DashboardWidget::refreshActivity()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const QDateTime at = now();
    whenFinished(m_worker.run([path = m_databasePath, at] { return ChannelActivityReader::read(path, at); }),
                 this, [this](const Result<QList<ChannelActivity>>& read) {
                     m_refreshing = false;
                     if (read.ok())
                         applyActivity(read.value());
                     else
                         qCWarning(lcGui) << "Cannot read the channel activity:" << read.error().message;
                     if (std::exchange(m_refreshAgain, false))
                         refreshActivity();
                 });
}

void DashboardWidget::applyActivity(const QList<ChannelActivity>& activity)
{
    for (const ChannelActivity& entry : activity) {
        auto it = m_tracked.find(entry.channelId);
        if (it != m_tracked.end())
            it->activity = entry;
    }
    publish();
    emit activityRefreshed(activity);
    emit sendUsageWanted(m_cards.keys());
}

void DashboardWidget::checkHealth(const QString& channelId)
{
    const auto channel = m_manager ? m_manager->channel(channelId) : std::nullopt;
    if (!channel || !isCloud(*channel) || !m_checker->canCheck() || m_checker->isChecking(channelId))
        return;
    startHealthCheck(*channel);
}

void DashboardWidget::checkDueHealth()
{
    if (!m_periodicChecks || !m_checker->canCheck() || !window()->isVisible())
        return;
    const QDateTime at = now();
    for (const Channel& channel : m_manager->channels()) {
        if (!isCloud(channel) || !channel.enabled)
            continue;
        const Tracked& tracked = m_tracked[channel.id];
        if (!m_checker->isChecking(channel.id)
            && (!tracked.nextCheckAt.isValid() || tracked.nextCheckAt <= at))
            startHealthCheck(channel);
    }
}

void DashboardWidget::startHealthCheck(const Channel& channel)
{
    m_tracked[channel.id].nextCheckAt = now().addMSecs(HealthIntervalMs);
    if (ChannelCardWidget* card = m_cards.value(channel.id))
        card->setHealthChecking(true);
    m_checker->check(channel);
}

void DashboardWidget::finishHealthCheck(const QString& channelId, const QString& problem)
{
    Tracked& tracked = m_tracked[channelId];
    tracked.healthProblem = problem;
    if (ChannelCardWidget* card = m_cards.value(channelId)) {
        card->setHealthChecking(false);
        card->setHealthProblem(problem);
    }
    publish();
}

void DashboardWidget::setHealth(const QString& channelId, const CloudHealth& health)
{
    Tracked& tracked = m_tracked[channelId];
    tracked.health = health;
    tracked.healthProblem.clear();
    const auto kind = health.phoneError.kind;
    if (kind == GraphError::Kind::Network || kind == GraphError::Kind::Timeout
        || kind == GraphError::Kind::Tls)
        tracked.nextCheckAt = now().addMSecs(HealthRetryMs);
    if (ChannelCardWidget* card = m_cards.value(channelId)) {
        card->setHealthChecking(false);
        card->setHealth(health);
    }
    publish();
}

void DashboardWidget::setSendUsage(const QString& channelId, const SendRateLimiter::Usage& usage)
{
    if (ChannelCardWidget* card = m_cards.value(channelId))
        card->setSendUsage(usage);
}

void DashboardWidget::updateClock()
{
    publish();
}

ChannelState DashboardWidget::stateOf(const Channel& channel, Tracked& tracked, const QDateTime& at)
{
    ChannelState state;
    state.channelId = channel.id;
    state.name = channel.name;
    while (!tracked.reconnects.isEmpty() && tracked.reconnects.constFirst().msecsTo(at) > HourMs)
        tracked.reconnects.removeFirst();
    state.reconnects = tracked.reconnectTotal;
    state.reconnectsLastHour = int(tracked.reconnects.size());

    if (!channel.enabled) {
        state.state = LinkState::Stopped;
        state.reason = tr("The channel is disabled.");
    } else if (!isCloud(channel)) {
        state.state = tracked.adapter ? tracked.linkState : LinkState::Unknown;
        state.reason = tracked.adapter ? tracked.linkReason : tr("Not connected to its gateway yet.");
    } else if (!tracked.healthProblem.isEmpty()) {
        state.state = LinkState::Failed;
        state.reason = tracked.healthProblem;
    } else if (!tracked.health) {
        state.state = LinkState::Starting;
        state.reason = tr("Waiting for the first health check with Meta.");
    } else {
        const CloudHealth& health = *tracked.health;
        const auto kind = health.phoneError.kind;
        if (health.tokenKnown() && health.token->expiresAt.isValid()) {
            state.tokenExpiresAt = health.token->expiresAt;
            state.temporaryToken = health.token->isTemporary();
        }
        if (kind == GraphError::Kind::Network || kind == GraphError::Kind::Timeout
            || kind == GraphError::Kind::Tls) {
            state.state = LinkState::Reconnecting;
            state.reason = tr("Cannot reach Meta: %1. Checking again in a few minutes.")
                               .arg(MetaErrorDecoder::remoteWords(health.phoneError));
        } else if (health.phoneError.isError()) {
            state.state = LinkState::Failed;
            state.reason = MetaErrorDecoder::remoteWords(health.phoneError) + QLatin1Char(' ')
                + MetaErrorDecoder::explain(health.phoneError).fix;
        } else if (state.tokenExpiresAt.isValid() && state.tokenExpiresAt <= at) {
            state.state = LinkState::Failed;
            state.reason = tr("The access token expired. Replace it on the channel page.");
        } else {
            state.state = LinkState::Connected;
        }
    }

    const bool connected = state.state == LinkState::Connected;
    if (!connected)
        tracked.connectedSince = {};
    else if (!tracked.connectedSince.isValid())
        tracked.connectedSince = at;
    if (tracked.activity && state.state != LinkState::Stopped) {
        const DegradedVerdict verdict = DegradedDetector::evaluate(
            *tracked.activity, state.reconnectsLastHour, connected, at, tracked.connectedSince);
        if (verdict.degraded) {
            state.degraded = true;
            if (ChannelStateSummary::severity(state) == ChannelStateSummary::Severity::Degraded)
                state.reason = verdict.reason;
        }
    }
    // "Since" is when what the card shows last changed, not when we last looked.
    if (state.state != tracked.shownState || state.degraded != tracked.shownDegraded) {
        tracked.shownState = state.state;
        tracked.shownDegraded = state.degraded;
        tracked.since = at;
    }
    state.since = tracked.since;
    return state;
}

void DashboardWidget::updateCard(const Channel& channel)
{
    ChannelCardWidget* card = m_cards.value(channel.id);
    if (!card)
        return;
    const Tracked& tracked = m_tracked[channel.id];
    if (tracked.activity)
        card->setActivity(*tracked.activity);
    // The newest error wins: the gateway's words for linked channels, Meta's for Cloud API ones.
    QString error = tracked.linkError;
    QDateTime errorAt = tracked.linkErrorAt;
    if (tracked.activity && tracked.activity->lastErrorAt.isValid()
        && (!errorAt.isValid() || tracked.activity->lastErrorAt > errorAt)) {
        error = tracked.activity->lastError;
        errorAt = tracked.activity->lastErrorAt;
    }
    if (tracked.health && tracked.health->phoneError.isError() && tracked.health->checkedAt.isValid()
        && (!errorAt.isValid() || tracked.health->checkedAt > errorAt)) {
        error = MetaErrorDecoder::remoteWords(tracked.health->phoneError);
        errorAt = tracked.health->checkedAt;
    }
    card->setLastError(error, errorAt);
}

void DashboardWidget::publish()
{
    const QDateTime at = now();
    QList<ChannelState> states;
    const QList<Channel> channels = m_manager ? m_manager->channels() : QList<Channel>();
    for (const Channel& channel : channels) {
        auto it = m_tracked.find(channel.id);
        if (it == m_tracked.end())
            continue;
        const ChannelState state = stateOf(channel, *it, at);
        states.append(state);
        if (ChannelCardWidget* card = m_cards.value(channel.id)) {
            updateCard(channel);
            card->setState(state);
            card->updateTimes(at);
        }
    }
    m_states = states;
    m_ui->summaryLabel->setText(states.isEmpty() ? QString() : ChannelStateSummary::summaryText(states));
    emit statesChanged(states);
}

} // namespace ChannelDesk
