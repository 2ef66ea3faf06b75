// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/SendRateLimiter.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace ChannelDesk {
namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// A window of `windowMs` ending at `nowMs` holds `times` (sorted). With `max` allowed, returns the
// verdict for one more send.
LimitVerdict windowVerdict(const QList<qint64>& times, qint64 nowMs, qint64 windowMs, int max,
                           LimitVerdict::Limit limit)
{
    LimitVerdict verdict;
    const auto first = std::upper_bound(times.begin(), times.end(), nowMs - windowMs);
    const int used = int(times.end() - first);
    verdict.used = used;
    verdict.max = max;
    if (used < max)
        return verdict;
    verdict.allowed = false;
    verdict.limit = limit;
    // One more send fits once all but max-1 of the sends in the window have left it.
    const qint64 oldestToExpire = *(first + (used - max));
    verdict.freesAt = QDateTime::fromMSecsSinceEpoch(oldestToExpire + windowMs, Qt::UTC);
    return verdict;
}

QString timeText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDateTime::currentDateTime().date())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

QString LimitVerdict::explanation() const
{
    switch (limit) {
    case Limit::None:
        return tr("Within the sending limits.");
    case Limit::RecipientMinute:
        return tr("Limit reached: %1 of %2 messages to this recipient in the last minute. The next one can "
                  "be sent at %3.")
            .arg(used)
            .arg(max)
            .arg(timeText(freesAt));
    case Limit::RecipientHour:
        return tr("Limit reached: %1 of %2 messages to this recipient in the last hour. The next one can be "
                  "sent at %3.")
            .arg(used)
            .arg(max)
            .arg(timeText(freesAt));
    case Limit::Day:
        return tr("Daily limit reached: %1 of %2 messages from this channel in the last 24 hours. The next "
                  "one can be sent at %3.")
            .arg(used)
            .arg(max)
            .arg(timeText(freesAt));
    }
    return {};
}

SendRateLimiter::SendRateLimiter(SendLimits limits)
    : m_limits(limits)
{ }

void SendRateLimiter::setLimits(SendLimits limits)
{
    m_limits = limits;
}

const SendLimits& SendRateLimiter::limits() const
{
    return m_limits;
}

void SendRateLimiter::record(const QString& channelId, const QString& peer, const QDateTime& at)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    QList<Send>& sends = m_sends[channelId];
    // Sends loaded from the store may arrive in any order; keep each list sorted.
    const auto position = std::upper_bound(sends.begin(), sends.end(), atMs,
                                           [](qint64 ms, const Send& send) { return ms < send.atMs; });
    sends.insert(position, Send{peer, atMs});
    m_newestMs = std::max(m_newestMs, atMs);

    // Nothing older than the longest window matters any more.
    const qint64 horizon = m_newestMs - dayMs;
    for (auto it = m_sends.begin(); it != m_sends.end();) {
        QList<Send>& list = it.value();
        const auto keep = std::upper_bound(list.begin(), list.end(), horizon,
                                           [](qint64 ms, const Send& send) { return ms < send.atMs; });
        list.erase(list.begin(), keep);
        it = list.isEmpty() ? m_sends.erase(it) : std::next(it);
    }
}

LimitVerdict SendRateLimiter::check(const QString& channelId, const QString& peer, const QDateTime& now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<qint64> channelTimes;
    QList<qint64> peerTimes;
    const QList<Send> sends = m_sends.value(channelId);
    for (const Send& send : sends) {
        channelTimes << send.atMs;
        if (send.peer == peer)
            peerTimes << send.atMs;
    }
    const LimitVerdict verdicts[] = {
        windowVerdict(peerTimes, nowMs, minuteMs, m_limits.perRecipientPerMinute,
                      LimitVerdict::Limit::RecipientMinute),
        windowVerdict(peerTimes, nowMs, hourMs, m_limits.perRecipientPerHour,
                      LimitVerdict::Limit::RecipientHour),
        windowVerdict(channelTimes, nowMs, dayMs, m_limits.perDay, LimitVerdict::Limit::Day),
    };
    const LimitVerdict* blocking = nullptr;
    for (const LimitVerdict& verdict : verdicts) {
        if (!verdict.allowed && (!blocking || verdict.freesAt > blocking->freesAt))
            blocking = &verdict;
    }
    if (blocking)
        return *blocking;
    LimitVerdict allowed;
    allowed.used = verdicts[2].used;
    allowed.max = verdicts[2].max;
    return allowed;
}

SendRateLimiter::Usage SendRateLimiter::usage(const QString& channelId, const QDateTime& now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Usage usage;
    int channels = 0;
    QHash<QString, int> perPeerHour;
    for (auto it = m_sends.cbegin(); it != m_sends.cend(); ++it) {
        if (!channelId.isEmpty() && it.key() != channelId)
            continue;
        int inDay = 0;
        for (const Send& send : it.value()) {
            if (send.atMs <= nowMs - dayMs)
                continue;
            ++inDay;
            if (send.atMs > nowMs - hourMs)
                ++perPeerHour[it.key() + QLatin1Char('\n') + send.peer];
        }
        usage.today += inDay;
        if (inDay > 0)
            ++channels;
    }
    usage.maxPerDay = m_limits.perDay * (channelId.isEmpty() ? std::max(1, channels) : 1);
    for (auto it = perPeerHour.cbegin(); it != perPeerHour.cend(); ++it) {
        const QString peer = it.key().section(QLatin1Char('\n'), 1);
        // Ties go to the alphabetically first recipient so the display does not flicker.
        if (it.value() > usage.busiestRecipientHour
            || (it.value() == usage.busiestRecipientHour && peer < usage.busiestRecipient)) {
            usage.busiestRecipientHour = it.value();
            usage.busiestRecipient = peer;
        }
    }
    return usage;
}

} // namespace ChannelDesk
