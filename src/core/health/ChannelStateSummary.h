// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The state of each channel as the dashboard shows it (the shared link vocabulary plus
//! "degraded"), and how bad it is: the worst channel decides the tray icon.

#include "model/LinkTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChannelDesk {

struct ChannelState
{
    QString channelId;
    QString name;
    LinkState state = LinkState::Unknown;
    bool degraded = false; //!< computed from traffic; shown instead of the link state
    QString reason; //!< why it is degraded, failed, logged out… (may quote Meta or the gateway)
    QDateTime since; //!< when the state last changed
    int reconnectsLastHour = 0;
    int reconnects = 0; //!< since ChannelDesk started
    QDateTime tokenExpiresAt; //!< Cloud API access token; invalid = never or unknown
    bool temporaryToken = false;
    QString lastError; //!< the newest error: the gateway's, Meta's, or a rejected delivery's
    QDateTime lastErrorAt;
};

class ChannelStateSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChannelStateSummary)

public:
    //! Ordered from harmless to worst.
    enum class Severity
    {
        Idle, //!< stopped, or nothing to watch
        Connected,
        Attention, //!< starting, awaiting a scan or code, authenticating, reconnecting
        Degraded,
        Failed, //!< failed or logged out: needs the operator
    };

    static Severity severity(const ChannelState& state);
    static Severity worst(const QList<ChannelState>& states);
    //! "degraded" or the link state's word, e.g. "awaiting scan".
    static QString stateText(const ChannelState& state);
    //! "2 connected, 1 degraded" — one part per severity present, worst first.
    static QString summaryText(const QList<ChannelState>& states);
};

} // namespace ChannelDesk
