// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/NotificationPlanner.h"

#include "health/BotHealthSummary.h"

#include <algorithm>

namespace ChannelDesk {

namespace {

QString displayName(const ChannelState& state)
{
    return state.name.isEmpty() ? state.channelId : state.name;
}

QString minutesText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, ms / 60000);
    if (minutes < 60)
        return NotificationPlanner::tr("%n minute(s)", nullptr, int(minutes));
    return NotificationPlanner::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

void NotificationPlanner::setEnabled(NotificationKind kind, bool enabled)
{
    if (enabled)
        m_disabled.remove(int(kind));
    else
        m_disabled.insert(int(kind));
}

bool NotificationPlanner::allow(NotificationKind kind, const QString& channelId, const QDateTime& now)
{
    if (!isEnabled(kind))
        return false;
    const QPair<int, QString> key(int(kind), channelId);
    const QDateTime last = m_lastRaised.value(key);
    // A flapping channel would otherwise announce every swing.
    if (last.isValid() && last.msecsTo(now) < RepeatAfterMs)
        return false;
    m_lastRaised.insert(key, now);
    return true;
}

void NotificationPlanner::plan(QList<PlannedNotification>& out, NotificationKind kind,
                               const ChannelState& state, const QString& title, const QString& message,
                               PlannedNotification::Urgency urgency, const QDateTime& now)
{
    if (allow(kind, state.channelId, now))
        out.append({kind, state.channelId, title, message, urgency});
}

QList<PlannedNotification> NotificationPlanner::statesChanged(const QList<ChannelState>& states,
                                                              const QDateTime& now)
{
    using Severity = ChannelStateSummary::Severity;
    using Urgency = PlannedNotification::Urgency;
    QList<PlannedNotification> out;
    QSet<QString> present;
    for (const ChannelState& state : states) {
        present.insert(state.channelId);
        m_names.insert(state.channelId, displayName(state));
        const Seen before = m_seen.value(state.channelId);
        const Severity severity = ChannelStateSummary::severity(state);
        const QString name = displayName(state);
        const QString reason = state.reason.isEmpty() ? QString() : QLatin1Char('\n') + state.reason;

        if (severity != before.severity || !before.known) {
            if (severity == Severity::Failed)
                plan(out, NotificationKind::ChannelFailed, state,
                     tr("%1: %2").arg(name, ChannelStateSummary::stateText(state)),
                     tr("Channel “%1” is %2.").arg(name, ChannelStateSummary::stateText(state)) + reason,
                     Urgency::Critical, now);
            else if (severity == Severity::Degraded)
                plan(out, NotificationKind::ChannelDegraded, state, tr("%1: degraded").arg(name),
                     tr("Channel “%1” is degraded.").arg(name) + reason, Urgency::Warning, now);
            else if (severity == Severity::Connected && before.known
                     && (before.severity == Severity::Failed || before.severity == Severity::Degraded))
                plan(out, NotificationKind::ChannelRecovered, state, tr("%1: recovered").arg(name),
                     tr("Channel “%1” is connected again.").arg(name), Urgency::Information, now);
        }
        // Once per pairing window: WAHA repeats its QR state with every code rotation.
        if (state.state == LinkState::AwaitingScan && before.state != LinkState::AwaitingScan)
            plan(out, NotificationKind::QrWaiting, state, tr("%1: scan the QR code").arg(name),
                 tr("Channel “%1” is waiting for its QR code to be scanned: open ChannelDesk and scan it "
                    "with WhatsApp on the phone (Linked devices).")
                     .arg(name),
                 Urgency::Warning, now);

        if (state.tokenExpiresAt.isValid()) {
            const qint64 left = now.msecsTo(state.tokenExpiresAt);
            if (left > 0 && left <= TokenWarningMs
                && m_tokenWarned.value(state.channelId) != state.tokenExpiresAt
                && isEnabled(NotificationKind::TokenExpiring)) {
                m_tokenWarned.insert(state.channelId, state.tokenExpiresAt);
                const QString what = state.temporaryToken
                    ? tr("The temporary access token of channel “%1” expires in %2. Replace it with a "
                         "system user token on the channel page.")
                    : tr("The access token of channel “%1” expires in %2. Replace it on the channel page.");
                out.append({NotificationKind::TokenExpiring, state.channelId,
                            tr("%1: token expires soon").arg(name), what.arg(name, minutesText(left)),
                            Urgency::Warning});
            }
        }
        m_seen.insert(state.channelId, Seen{severity, state.state, true});
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_seen.erase(it);
    }
    return out;
}

QList<PlannedNotification> NotificationPlanner::activityRefreshed(const QList<ChannelActivity>& activity,
                                                                  bool windowHidden)
{
    QList<PlannedNotification> out;
    const bool baseline = !m_activityKnown;
    m_activityKnown = true;
    for (const ChannelActivity& entry : activity) {
        const QDateTime before = m_lastInbound.value(entry.channelId);
        const int countBefore = m_inToday.value(entry.channelId, -1);
        m_lastInbound.insert(entry.channelId, entry.lastInbound);
        m_inToday.insert(entry.channelId, entry.inToday);
        const bool moved = entry.lastInbound.isValid() && (!before.isValid() || entry.lastInbound > before);
        if (baseline || !moved || !windowHidden || !isEnabled(NotificationKind::NewMessage))
            continue;
        // After midnight the day's count starts over; then all of today's are new.
        const int fresh = countBefore >= 0 && entry.inToday > countBefore ? entry.inToday - countBefore
                                                                          : std::max(1, entry.inToday);
        const QString name = m_names.value(entry.channelId, entry.channelId);
        out.append({NotificationKind::NewMessage, entry.channelId, tr("%1: new message").arg(name),
                    tr("%n new message(s) on channel “%1”.", nullptr, fresh).arg(name),
                    PlannedNotification::Urgency::Information});
    }
    return out;
}

QList<PlannedNotification> NotificationPlanner::botHealthChanged(const QString& channelId,
                                                                 const QString& name, const BotHealth& health,
                                                                 const QDateTime& now)
{
    using State = BotHealth::State;
    QList<PlannedNotification> out;
    const QString shown = name.isEmpty() ? channelId : name;
    if (health.state == State::Failing) {
        const QDateTime since = health.failingSince;
        if (!since.isValid() || since.msecsTo(now) <= BotFailingAfterMs
            || m_botAnnounced.value(channelId) == since)
            return out;
        // allow() also keeps a bot that fails, recovers and fails again from announcing every run.
        if (!allow(NotificationKind::BotFailing, channelId, now))
            return out;
        m_botAnnounced.insert(channelId, since);
        out.append({NotificationKind::BotFailing, channelId, tr("%1: bot failing").arg(shown),
                    tr("The bot of channel “%1” has been failing for %2: %3. Deliveries wait for it.")
                        .arg(shown, minutesText(since.msecsTo(now)), BotHealthSummary::failureText(health)),
                    PlannedNotification::Urgency::Critical});
        return out;
    }
    if (!m_botAnnounced.contains(channelId))
        return out;
    m_botAnnounced.remove(channelId);
    if (health.state != State::Paused && allow(NotificationKind::BotRecovered, channelId, now))
        out.append({NotificationKind::BotRecovered, channelId, tr("%1: bot recovered").arg(shown),
                    tr("The bot of channel “%1” takes deliveries again.").arg(shown),
                    PlannedNotification::Urgency::Information});
    return out;
}

void NotificationPlanner::forgetBot(const QString& channelId)
{
    m_botAnnounced.remove(channelId);
}

} // namespace ChannelDesk
