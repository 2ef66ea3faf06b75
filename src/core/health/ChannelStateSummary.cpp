// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ChannelStateSummary.h"

#include <QStringList>

#include <algorithm>

namespace ChannelDesk {

ChannelStateSummary::Severity ChannelStateSummary::severity(const ChannelState& state)
{
    switch (state.state) {
    case LinkState::Failed:
    case LinkState::LoggedOut:
        return Severity::Failed;
    case LinkState::Stopped:
        return Severity::Idle;
    default:
        break;
    }
    if (state.degraded)
        return Severity::Degraded;
    return state.state == LinkState::Connected ? Severity::Connected : Severity::Attention;
}

ChannelStateSummary::Severity ChannelStateSummary::worst(const QList<ChannelState>& states)
{
    Severity result = Severity::Idle;
    for (const ChannelState& state : states)
        result = std::max(result, severity(state));
    return result;
}

QString ChannelStateSummary::stateText(const ChannelState& state)
{
    if (state.degraded && severity(state) == Severity::Degraded)
        return tr("degraded");
    return LinkStateText::name(state.state);
}

QString ChannelStateSummary::summaryText(const QList<ChannelState>& states)
{
    if (states.isEmpty())
        return tr("No channels");
    int count[5] = {0, 0, 0, 0, 0};
    for (const ChannelState& state : states)
        ++count[int(severity(state))];
    QStringList parts;
    if (count[int(Severity::Failed)])
        parts << tr("%n failed", nullptr, count[int(Severity::Failed)]);
    if (count[int(Severity::Degraded)])
        parts << tr("%n degraded", nullptr, count[int(Severity::Degraded)]);
    if (count[int(Severity::Attention)])
        parts << tr("%n need(s) attention", nullptr, count[int(Severity::Attention)]);
    if (count[int(Severity::Connected)])
        parts << tr("%n connected", nullptr, count[int(Severity::Connected)]);
    if (count[int(Severity::Idle)])
        parts << tr("%n stopped", nullptr, count[int(Severity::Idle)]);
    return parts.join(QStringLiteral(", "));
}

} // namespace ChannelDesk
