// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Works out each channel's state as every front end shows it: the gateway's link state for
//! linked channels, Meta's health for Cloud API ones, "degraded" from traffic (silence, flapping,
//! bad signatures), token expiry, reconnect counts and the newest error. The dashboard, the tray,
//! notifications and `serve` all read the states from here, so they agree. Time comes from a Clock.

#include "model/WeComTokenState.h"
#include "channels/Channel.h"
#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ChannelDesk {

class Clock;
struct LinkStatus;

class ChannelStateTracker
{
    Q_DECLARE_TR_FUNCTIONS(ChannelStateTracker)

public:
    static constexpr qint64 HealthIntervalMs = 30 * 60 * 1000;
    //! After Meta could not be reached, the next check comes sooner.
    static constexpr qint64 HealthRetryMs = 5 * 60 * 1000;

    //! Not owned; must outlive the tracker. Default: the system clock.
    explicit ChannelStateTracker(const Clock* clock = nullptr);

    void setClock(const Clock* clock);
    const Clock* clock() const { return m_clock; }

    //! Starts tracking new channels and forgets removed ones.
    void setChannels(const QList<Channel>& channels);
    const QList<Channel>& channels() const { return m_channels; }

    //! Whether a gateway session exists for a linked channel; without one its state is unknown.
    void setLinkAttached(const QString& channelId, bool attached);
    void noteLinkStatus(const QString& channelId, const LinkStatus& status);
    void noteLinkError(const QString& channelId, const QString& message);

    void setActivity(const QList<ChannelActivity>& activity);
    QList<ChannelActivity> activity() const;
    std::optional<ChannelActivity> activity(const QString& channelId) const;

    //! Marks a Cloud API health check as started: the next periodic one is due an interval later.
    void noteHealthCheckStarted(const QString& channelId);
    void setHealth(const QString& channelId, const CloudHealth& health);
    //! No request could be made (e.g. no token stored); the channel shows as failed with this.
    void setHealthProblem(const QString& channelId, const QString& problem);
    std::optional<CloudHealth> health(const QString& channelId) const;
    QString healthProblem(const QString& channelId) const;
    //! Enabled Cloud API channels whose periodic health check is due now.
    QStringList dueHealthChecks() const;

    //! A WeCom app's access token as WeComSender last saw it: failed shows the channel as failed
    //! with WeCom's words (replies cannot go out), anything else as connected.
    void noteWeComToken(const QString& channelId, const WeComTokenState& token);

    //! The states at the clock's time, in channel order. Also remembers when each shown state began.
    QList<ChannelState> evaluate();

private:
    struct Tracked
    {
        bool linkAttached = false;
        LinkState linkState = LinkState::Unknown;
        QString linkReason;
        QDateTime since;
        LinkState shownState = LinkState::Unknown; //!< the state `since` belongs to
        bool shownDegraded = false;
        QDateTime connectedSince; //!< silence is counted from here at the earliest
        QList<QDateTime> reconnects;
        int reconnectTotal = 0;
        QString linkError;
        QDateTime linkErrorAt;
        std::optional<ChannelActivity> activity;
        std::optional<CloudHealth> health;
        QString healthProblem;
        QDateTime nextCheckAt;
        WeComTokenState weComToken;
    };

    ChannelState stateOf(const Channel& channel, Tracked& tracked, const QDateTime& now) const;
    void cloudStateOf(const Tracked& tracked, ChannelState& state, const QDateTime& now) const;
    static void newestError(const Tracked& tracked, ChannelState& state);

    const Clock* m_clock;
    QList<Channel> m_channels;
    QHash<QString, Tracked> m_tracked;
};

} // namespace ChannelDesk
