// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The home view: one card per channel with its state (degraded computed from traffic), today's
//! figures and, for Cloud API channels, the number's health. Reads the store on a worker thread
//! every 30 s and whenever the store changed; checks Cloud API health on demand and every 30 min
//! while the window is shown. Time comes from a Clock, so tests can drive it.

#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"
#include "outbound/SendRateLimiter.h"
#include "store/DatabaseWorker.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class DashboardWidget;
}

namespace ChannelDesk {

class ChannelCardWidget;
class ChannelManager;
class Clock;
class CloudHealthChecker;
class GatewayAdapter;
class LinkedChannelController;
class LogDataSource;
struct Channel;
struct LinkStatus;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 30 * 1000;
    static constexpr qint64 HealthIntervalMs = 30 * 60 * 1000;
    //! After Meta could not be reached, the next check comes sooner.
    static constexpr qint64 HealthRetryMs = 5 * 60 * 1000;

    DashboardWidget(ChannelManager* manager, QString databasePath, QNetworkAccessManager* network,
                    QWidget* parent = nullptr);
    //! Waits for a store read in progress and closes the worker's connection.
    ~DashboardWidget() override;

    void setLinkedChannelController(LinkedChannelController* linked);
    //! Refreshes whenever the source says the store changed.
    void setActivitySource(LogDataSource* source);
    //! Not owned; must outlive the widget. Default: the system clock.
    void setClock(const Clock* clock);
    const Clock* clock() const { return m_clock; }

    ChannelCardWidget* card(const QString& channelId) const { return m_cards.value(channelId); }
    QList<ChannelState> states() const;
    QList<ChannelActivity> activity() const;

    //! Reads the figures again on the worker thread (a read in progress is followed by one more).
    void refreshActivity();
    //! Asks Meta about a Cloud API channel now (needs a network and its stored token).
    void checkHealth(const QString& channelId);
    //! Starts the checks that are due, if the window is shown and periodic checks are on.
    void checkDueHealth();
    //! On by default; tests switch them off so that no channel is checked against the real Meta.
    void setPeriodicHealthChecks(bool enabled) { m_periodicChecks = enabled; }
    void setHealth(const QString& channelId, const CloudHealth& health);
    //! For the send-limit usage of a channel (OutboundController::usageChanged).
    void setSendUsage(const QString& channelId, const SendRateLimiter::Usage& usage);
    //! Re-evaluates everything that depends on the time: degraded, token expiry, "5 min ago".
    void updateClock();

signals:
    //! Any channel's state, reason or token expiry may have changed (also sent on every clock tick).
    void statesChanged(const QList<ChannelDesk::ChannelState>& states);
    void activityRefreshed(const QList<ChannelDesk::ChannelActivity>& activity);
    void openChannelRequested(const QString& channelId);
    //! The dashboard would like fresh send-limit usage for these channels.
    void sendUsageWanted(const QStringList& channelIds);

private:
    struct Tracked
    {
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
        QPointer<GatewayAdapter> adapter;
    };

    void syncChannels();
    void followAdapters();
    void onLinkStatus(const QString& channelId, const LinkStatus& status);
    void noteLinkError(const QString& channelId, const QString& message);
    void applyActivity(const QList<ChannelActivity>& activity);
    void startHealthCheck(const Channel& channel);
    void finishHealthCheck(const QString& channelId, const QString& problem);
    ChannelState stateOf(const Channel& channel, Tracked& tracked, const QDateTime& now);
    void updateCard(const Channel& channel);
    void publish();
    QDateTime now() const;

    std::unique_ptr<Ui::DashboardWidget> m_ui;
    QPointer<ChannelManager> m_manager;
    QPointer<LinkedChannelController> m_linked;
    QString m_databasePath;
    const Clock* m_clock;
    CloudHealthChecker* m_checker;
    QHash<QString, ChannelCardWidget*> m_cards;
    QHash<QString, Tracked> m_tracked;
    QList<ChannelState> m_states;
    DatabaseWorker m_worker;
    QTimer m_refreshTimer;
    QTimer m_clockTimer;
    QTimer m_healthTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_periodicChecks = true;
};

} // namespace ChannelDesk
