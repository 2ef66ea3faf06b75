// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ChannelStateTracker.h"

#include "api/MetaErrorDecoder.h"
#include "health/DegradedDetector.h"
#include "model/LinkTypes.h"
#include "util/Clock.h"

#include <QSet>

namespace ChannelDesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

bool isCloud(const Channel& channel)
{
    return channel.kind == ChannelKinds::whatsAppCloud();
}

bool isWeCom(const Channel& channel)
{
    return channel.kind == ChannelKinds::weCom();
}

bool unreachable(const GraphError& error)
{
    return error.kind == GraphError::Kind::Network || error.kind == GraphError::Kind::Timeout
        || error.kind == GraphError::Kind::Tls;
}

} // namespace

ChannelStateTracker::ChannelStateTracker(const Clock* clock)
    : m_clock(clock ? clock : Clock::system())
{ }

void ChannelStateTracker::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void ChannelStateTracker::setChannels(const QList<Channel>& channels)
{
    m_channels = channels;
    QSet<QString> present;
    for (const Channel& channel : channels) {
        present.insert(channel.id);
        if (!m_tracked.contains(channel.id))
            m_tracked[channel.id].since = m_clock->now();
    }
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_tracked.erase(it);
    }
}

void ChannelStateTracker::setLinkAttached(const QString& channelId, bool attached)
{
    auto it = m_tracked.find(channelId);
    if (it != m_tracked.end())
        it->linkAttached = attached;
}

void ChannelStateTracker::noteWeComToken(const QString& channelId, const WeComTokenState& token)
{
    auto it = m_tracked.find(channelId);
    if (it != m_tracked.end())
        it->weComToken = token;
}

void ChannelStateTracker::noteLinkStatus(const QString& channelId, const LinkStatus& status)
{
    auto it = m_tracked.find(channelId);
    if (it == m_tracked.end())
        return;
    const QDateTime at = m_clock->now();
    it->linkAttached = true;
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
}

void ChannelStateTracker::noteLinkError(const QString& channelId, const QString& message)
{
    auto it = m_tracked.find(channelId);
    if (it == m_tracked.end() || message.isEmpty())
        return;
    it->linkError = message;
    it->linkErrorAt = m_clock->now();
}

void ChannelStateTracker::setActivity(const QList<ChannelActivity>& activity)
{
    for (const ChannelActivity& entry : activity) {
        auto it = m_tracked.find(entry.channelId);
        if (it != m_tracked.end())
            it->activity = entry;
    }
}

QList<ChannelActivity> ChannelStateTracker::activity() const
{
    QList<ChannelActivity> result;
    for (const Channel& channel : m_channels) {
        const auto it = m_tracked.constFind(channel.id);
        if (it != m_tracked.constEnd() && it->activity)
            result.append(*it->activity);
    }
    return result;
}

std::optional<ChannelActivity> ChannelStateTracker::activity(const QString& channelId) const
{
    const auto it = m_tracked.constFind(channelId);
    return it == m_tracked.constEnd() ? std::nullopt : it->activity;
}

void ChannelStateTracker::noteHealthCheckStarted(const QString& channelId)
{
    auto it = m_tracked.find(channelId);
    if (it != m_tracked.end())
        it->nextCheckAt = m_clock->now().addMSecs(HealthIntervalMs);
}

void ChannelStateTracker::setHealth(const QString& channelId, const CloudHealth& health)
{
    auto it = m_tracked.find(channelId);
    if (it == m_tracked.end())
        return;
    it->health = health;
    it->healthProblem.clear();
    if (unreachable(health.phoneError))
        it->nextCheckAt = m_clock->now().addMSecs(HealthRetryMs);
}

void ChannelStateTracker::setHealthProblem(const QString& channelId, const QString& problem)
{
    auto it = m_tracked.find(channelId);
    if (it != m_tracked.end())
        it->healthProblem = problem;
}

std::optional<CloudHealth> ChannelStateTracker::health(const QString& channelId) const
{
    const auto it = m_tracked.constFind(channelId);
    return it == m_tracked.constEnd() ? std::nullopt : it->health;
}

QString ChannelStateTracker::healthProblem(const QString& channelId) const
{
    return m_tracked.value(channelId).healthProblem;
}

QStringList ChannelStateTracker::dueHealthChecks() const
{
    const QDateTime at = m_clock->now();
    QStringList due;
    for (const Channel& channel : m_channels) {
        if (!isCloud(channel) || !channel.enabled)
            continue;
        const QDateTime next = m_tracked.value(channel.id).nextCheckAt;
        if (!next.isValid() || next <= at)
            due.append(channel.id);
    }
    return due;
}

QList<ChannelState> ChannelStateTracker::evaluate()
{
    const QDateTime at = m_clock->now();
    QList<ChannelState> states;
    states.reserve(m_channels.size());
    for (const Channel& channel : m_channels) {
        auto it = m_tracked.find(channel.id);
        if (it != m_tracked.end())
            states.append(stateOf(channel, *it, at));
    }
    return states;
}

void ChannelStateTracker::cloudStateOf(const Tracked& tracked, ChannelState& state, const QDateTime& at) const
{
    if (!tracked.healthProblem.isEmpty()) {
        state.state = LinkState::Failed;
        state.reason = tracked.healthProblem;
        return;
    }
    if (!tracked.health) {
        state.state = LinkState::Starting;
        state.reason = tr("Waiting for the first health check with Meta.");
        return;
    }
    const CloudHealth& health = *tracked.health;
    if (health.tokenKnown() && health.token->expiresAt.isValid()) {
        state.tokenExpiresAt = health.token->expiresAt;
        state.temporaryToken = health.token->isTemporary();
    }
    if (unreachable(health.phoneError)) {
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

ChannelState ChannelStateTracker::stateOf(const Channel& channel, Tracked& tracked, const QDateTime& at) const
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
    } else if (isWeCom(channel)) {
        // WeCom calls the receiver; the only thing of ours that can fail is the access token.
        const bool failed = tracked.weComToken.state == WeComTokenState::State::Failed;
        state.state = failed ? LinkState::Failed : LinkState::Connected;
        // Not tokenExpiresAt: WeCom's tokens last two hours and are renewed by themselves, and
        // the words for an expiring token tell the admin to replace Meta's.
        state.reason = failed ? tracked.weComToken.error : QString();
    } else if (!isCloud(channel)) {
        state.state = tracked.linkAttached ? tracked.linkState : LinkState::Unknown;
        state.reason = tracked.linkAttached ? tracked.linkReason : tr("Not connected to its gateway yet.");
    } else {
        cloudStateOf(tracked, state, at);
    }

    const bool connected = state.state == LinkState::Connected;
    if (!connected)
        tracked.connectedSince = {};
    else if (!tracked.connectedSince.isValid())
        tracked.connectedSince = at;
    if (state.state != LinkState::Stopped) {
        // Flapping needs no figures; until they are read, silence and bad signatures cannot count.
        const DegradedVerdict verdict = DegradedDetector::evaluate(
            tracked.activity.value_or(ChannelActivity{}), state.reconnectsLastHour, connected, at,
            tracked.connectedSince, isWeCom(channel));
        if (verdict.degraded) {
            state.degraded = true;
            if (ChannelStateSummary::severity(state) == ChannelStateSummary::Severity::Degraded)
                state.reason = verdict.reason;
        }
    }
    // "Since" is when what is shown last changed, not when we last looked.
    if (state.state != tracked.shownState || state.degraded != tracked.shownDegraded) {
        tracked.shownState = state.state;
        tracked.shownDegraded = state.degraded;
        tracked.since = at;
    }
    state.since = tracked.since;
    newestError(tracked, state);
    return state;
}

void ChannelStateTracker::newestError(const Tracked& tracked, ChannelState& state)
{
    // The newest error wins: the gateway's words for linked channels, Meta's for Cloud API ones.
    state.lastError = tracked.linkError;
    state.lastErrorAt = tracked.linkErrorAt;
    if (tracked.activity && tracked.activity->lastErrorAt.isValid()
        && (!state.lastErrorAt.isValid() || tracked.activity->lastErrorAt > state.lastErrorAt)) {
        state.lastError = tracked.activity->lastError;
        state.lastErrorAt = tracked.activity->lastErrorAt;
    }
    if (tracked.health && tracked.health->phoneError.isError() && tracked.health->checkedAt.isValid()
        && (!state.lastErrorAt.isValid() || tracked.health->checkedAt > state.lastErrorAt)) {
        state.lastError = MetaErrorDecoder::remoteWords(tracked.health->phoneError);
        state.lastErrorAt = tracked.health->checkedAt;
    }
}

} // namespace ChannelDesk
