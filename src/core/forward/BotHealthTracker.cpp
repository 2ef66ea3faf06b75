// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/BotHealthTracker.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace ChannelDesk {

namespace {

//! The value below which `fraction` of the sorted-to-be samples lie (nearest rank).
qint64 percentile(std::vector<qint64>& samples, double fraction)
{
    const auto rank = std::size_t(std::max<double>(0, std::ceil(fraction * double(samples.size())) - 1));
    const auto at = samples.begin() + std::ptrdiff_t(std::min(rank, samples.size() - 1));
    std::nth_element(samples.begin(), at, samples.end());
    return *at;
}

} // namespace

BotHealthTracker::BotHealthTracker(const Clock* clock)
    : m_clock(clock)
{ }

void BotHealthTracker::record(const ForwardOutcome& outcome)
{
    Channel& channel = m_channels[outcome.channelId];
    const bool succeeded = outcome.succeeded();
    channel.attempts.push_back({outcome.finishedAt, outcome.latencyMs, succeeded});
    while (int(channel.attempts.size()) > kMaxOutcomes)
        channel.attempts.pop_front();
    drop(channel, outcome.finishedAt.addMSecs(-kWindowMs));
    count(channel, outcome.finishedAt, succeeded);
    channel.lastStatusCode = outcome.status;
    channel.lastAnswer = outcome.answer; // Forwarder keeps only its start
    if (succeeded) {
        channel.lastSuccessAt = outcome.finishedAt;
        channel.consecutiveFailures = 0;
        channel.failingSince = {};
    } else {
        if (channel.consecutiveFailures == 0)
            channel.failingSince = outcome.finishedAt;
        ++channel.consecutiveFailures;
        channel.lastError = outcome.error;
    }
}

void BotHealthTracker::setBacklog(const QList<ForwardBacklog>& backlog)
{
    for (Channel& channel : m_channels)
        channel.backlog = {};
    for (const ForwardBacklog& row : backlog)
        m_channels[row.channelId].backlog = row;
}

void BotHealthTracker::setForwarding(const QString& channelId, bool forwarding)
{
    m_channels[channelId].forwarding = forwarding;
}

void BotHealthTracker::remove(const QString& channelId)
{
    m_channels.remove(channelId);
}

void BotHealthTracker::drop(Channel& channel, const QDateTime& before)
{
    while (!channel.attempts.empty() && channel.attempts.front().at < before)
        channel.attempts.pop_front();
}

void BotHealthTracker::count(Channel& channel, const QDateTime& at, bool succeeded)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    const QDateTime minute = QDateTime::fromMSecsSinceEpoch(ms - ms % 60000, Qt::UTC);
    // Outcomes come nearly in order; one that finished a minute late is counted in its own minute.
    auto it = channel.minutes.end();
    while (it != channel.minutes.begin() && std::prev(it)->minute > minute)
        --it;
    if (it == channel.minutes.begin() || std::prev(it)->minute != minute)
        it = std::next(channel.minutes.insert(it, BotMinute{minute, 0, 0}));
    BotMinute& bucket = *std::prev(it);
    ++(succeeded ? bucket.forwarded : bucket.failed);
    const QDateTime oldest = minute.addSecs(-60LL * (kHistoryMinutes - 1));
    while (!channel.minutes.empty() && channel.minutes.front().minute < oldest)
        channel.minutes.pop_front();
}

QList<BotMinute> BotHealthTracker::history(const QString& channelId) const
{
    QList<BotMinute> minutes;
    const auto found = m_channels.constFind(channelId);
    if (found == m_channels.cend())
        return minutes;
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const QDateTime oldest
        = QDateTime::fromMSecsSinceEpoch(now - now % 60000, Qt::UTC).addSecs(-60LL * (kHistoryMinutes - 1));
    for (const BotMinute& minute : found->minutes) {
        if (minute.minute >= oldest)
            minutes.append(minute);
    }
    return minutes;
}

BotHealth BotHealthTracker::health(const QString& channelId) const
{
    BotHealth health;
    health.checkedAt = m_clock->now();
    const auto found = m_channels.constFind(channelId);
    if (found == m_channels.cend()) {
        health.state = BotHealth::State::Paused;
        return health;
    }
    const Channel& channel = *found;
    health.lastSuccessAt = channel.lastSuccessAt;
    health.consecutiveFailures = channel.consecutiveFailures;
    health.lastStatusCode = channel.lastStatusCode;
    health.lastAnswer = answerText(channel.lastAnswer);
    health.lastError = channel.lastError;
    health.backlog = channel.backlog.waiting;
    health.parked = channel.backlog.parked;
    health.oldestWaitingAt = channel.backlog.oldestWaiting;

    // Counted without dropping (health() is const): record() drops, this only skips.
    const QDateTime since = health.checkedAt.addMSecs(-kWindowMs);
    std::vector<qint64> latencies;
    int successes = 0;
    for (const Attempt& attempt : channel.attempts) {
        if (attempt.at < since)
            continue;
        ++health.attempts;
        if (attempt.succeeded) {
            ++successes;
            latencies.push_back(attempt.latencyMs);
        }
    }
    if (health.attempts > 0)
        health.successRate = double(successes) / health.attempts;
    if (!latencies.empty()) {
        health.p50Ms = percentile(latencies, 0.50);
        health.p95Ms = percentile(latencies, 0.95);
    }

    if (!channel.forwarding)
        health.state = BotHealth::State::Paused;
    else if (channel.consecutiveFailures >= kFailingAfter)
        health.state = BotHealth::State::Failing;
    else if (health.attempts == 0)
        health.state = BotHealth::State::Idle;
    else if (health.p95Ms > kSlowP95Ms)
        health.state = BotHealth::State::Slow;
    else
        health.state = BotHealth::State::Ok;
    if (health.state == BotHealth::State::Failing)
        health.failingSince = channel.failingSince;
    return health;
}

QString BotHealthTracker::answerText(const QByteArray& answer)
{
    // Cut after a whole UTF-8 sequence: drop trailing continuation bytes and the lead byte of an
    // unfinished character, so a 200-byte excerpt never ends in a replacement character.
    qsizetype end = answer.size();
    qsizetype lead = end;
    while (lead > 0 && (uchar(answer.at(lead - 1)) & 0xC0) == 0x80)
        --lead;
    if (lead > 0 && uchar(answer.at(lead - 1)) >= 0xC0) {
        const uchar first = uchar(answer.at(lead - 1));
        const qsizetype length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
        if (end - (lead - 1) < length)
            end = lead - 1;
    }
    return QString::fromUtf8(answer.left(end));
}

} // namespace ChannelDesk
