// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/BotHealthSummary.h"

#include <QLocale>

namespace ChannelDesk {

ChannelStateSummary::Severity BotHealthSummary::severity(BotHealth::State state)
{
    using Severity = ChannelStateSummary::Severity;
    switch (state) {
    case BotHealth::State::Ok:
        return Severity::Connected;
    case BotHealth::State::Slow:
        return Severity::Attention;
    case BotHealth::State::Failing:
        return Severity::Failed;
    case BotHealth::State::Idle:
    case BotHealth::State::Paused:
        break;
    }
    return Severity::Idle;
}

QString BotHealthSummary::stateText(BotHealth::State state)
{
    switch (state) {
    case BotHealth::State::Idle:
        return tr("idle");
    case BotHealth::State::Ok:
        return tr("OK");
    case BotHealth::State::Slow:
        return tr("slow");
    case BotHealth::State::Failing:
        return tr("failing");
    case BotHealth::State::Paused:
        return tr("paused");
    }
    return {};
}

QString BotHealthSummary::latency(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString BotHealthSummary::failureText(const BotHealth& health)
{
    // The bot's own words first: they usually say why ("bot is down", a stack trace's first line).
    if (health.lastStatusCode != 0) {
        const QString answer = health.lastAnswer.simplified();
        return answer.isEmpty() ? tr("HTTP %1").arg(health.lastStatusCode)
                                : tr("HTTP %1: %2").arg(health.lastStatusCode).arg(answer);
    }
    return health.lastError.isEmpty() ? tr("no answer") : health.lastError;
}

QString BotHealthSummary::sentence(const BotHealth& health)
{
    switch (health.state) {
    case BotHealth::State::Paused:
        return tr("Paused — no forward URL");
    case BotHealth::State::Idle:
        return tr("Idle — nothing was forwarded in the last hour");
    case BotHealth::State::Failing: {
        const QString since = health.failingSince.isValid()
            ? QLocale().toString(health.failingSince.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
        return since.isEmpty() ? tr("Failing — %1").arg(failureText(health))
                               : tr("Failing since %1 — %2").arg(since, failureText(health));
    }
    case BotHealth::State::Slow:
    case BotHealth::State::Ok:
        break;
    }
    const QString word = health.state == BotHealth::State::Slow ? tr("Slow") : tr("OK");
    if (health.p95Ms < 0)
        return word;
    return tr("%1 — 95% of answers within %2").arg(word, latency(health.p95Ms));
}

} // namespace ChannelDesk
