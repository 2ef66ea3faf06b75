// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ErrorRecovery.h"

namespace ChannelDesk {

QDateTime ErrorRecovery::resolvedAt(const ChannelState& state, const ChannelActivity& activity,
                                    bool keepsConnection)
{
    if (!state.lastErrorAt.isValid() || state.lastError.isEmpty())
        return {};
    const auto severity = ChannelStateSummary::severity(state);
    if (severity != ChannelStateSummary::Severity::Connected
        && severity != ChannelStateSummary::Severity::Idle)
        return {};
    QDateTime resolved;
    // A gateway that connected again after the error: its state changed when it did.
    if (keepsConnection && state.state == LinkState::Connected && state.since.isValid()
        && state.since > state.lastErrorAt)
        resolved = state.since;
    // The store's first message through after the error it knows; only when that error is the
    // state's (the state may carry a newer one, e.g. the gateway's).
    const QDateTime traffic = activity.firstTrafficAfterError;
    if (traffic.isValid() && traffic > state.lastErrorAt && (!resolved.isValid() || traffic < resolved))
        resolved = traffic;
    return resolved;
}

} // namespace ChannelDesk
