// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/DegradedDetector.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

qint64 DegradedDetector::silenceLimitMinutes(double usualPerHour)
{
    if (usualPerHour <= 0)
        return MinSilenceMinutes;
    const double usualGapMinutes = 60.0 / usualPerHour;
    return std::max<qint64>(MinSilenceMinutes, qint64(std::ceil(SilenceGapFactor * usualGapMinutes)));
}

DegradedVerdict DegradedDetector::evaluate(const ChannelActivity& activity, int reconnectsLastHour,
                                           bool claimsConnected, const QDateTime& now,
                                           const QDateTime& connectedSince, bool weCom)
{
    QStringList reasons;
    if (claimsConnected && activity.usualInboundPerHour >= MinUsualPerHour) {
        QDateTime quietSince = activity.lastTraffic();
        if (connectedSince.isValid() && (!quietSince.isValid() || connectedSince > quietSince))
            quietSince = connectedSince;
        const qint64 limit = silenceLimitMinutes(activity.usualInboundPerHour);
        if (quietSince.isValid()) {
            const qint64 quietMinutes = quietSince.secsTo(now) / 60;
            if (quietMinutes >= limit)
                reasons.append(tr("No inbound messages or status updates for %n minute(s), although it "
                                  "usually sees about %1 per hour.",
                                  nullptr, int(quietMinutes))
                                   .arg(qRound(activity.usualInboundPerHour)));
        }
    }
    if (reconnectsLastHour >= FlappingReconnectsPerHour)
        reasons.append(tr("Flapping: reconnected %n time(s) in the last hour.", nullptr, reconnectsLastHour));
    if (activity.badSignaturesLastHour >= BadSignaturesPerHour && weCom)
        reasons.append(
            tr("%n WeCom callback(s) rejected for a bad signature in the last hour — check that the "
               "Token matches the one under 接收消息 → 设置API接收 in WeCom's admin console.",
               nullptr, activity.badSignaturesLastHour));
    else if (activity.badSignaturesLastHour >= BadSignaturesPerHour)
        reasons.append(tr("%n webhook delivery(s) rejected for a bad signature in the last hour — check the "
                          "App Secret.",
                          nullptr, activity.badSignaturesLastHour));
    if (reasons.isEmpty())
        return {};
    DegradedVerdict verdict;
    verdict.degraded = true;
    verdict.reason = reasons.join(QLatin1Char(' '));
    return verdict;
}

} // namespace ChannelDesk
