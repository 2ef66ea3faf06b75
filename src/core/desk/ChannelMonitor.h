// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps every channel's state current for the front ends: follows the channel list and the
//! gateway sessions, reads the traffic figures from the store (every 30 s and whenever the store
//! changed), runs Meta health checks for Cloud API channels (every 30 min while active) and
//! re-evaluates on a clock tick, then publishes the states that ChannelStateTracker works out.

#include "health/ChannelStateTracker.h"
#include "store/DatabaseWorker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace ChannelDesk {

class ChannelManager;
class CloudHealthChecker;
class LinkedChannelController;
class LogDataSource;

class ChannelMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 30 * 1000;
    static constexpr int ClockIntervalMs = 15 * 1000;
    static constexpr int HealthTimerMs = 60 * 1000;
    //! After a store change the figures are read again at most this often: under a webhook burst
    //! the store changes many times a second, and the figures only feed minute-scale rules.
    static constexpr int StoreRefreshMs = 5 * 1000;

    ChannelMonitor(ChannelManager* manager, LinkedChannelController* linked, LogDataSource* source,
                   QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ChannelMonitor() override;

    //! Not owned; must outlive the monitor. Default: the system clock.
    void setClock(const Clock* clock);
    const Clock* clock() const { return m_tracker.clock(); }

    QList<ChannelState> states() const { return m_states; }
    QList<ChannelActivity> activity() const { return m_tracker.activity(); }
    std::optional<CloudHealth> health(const QString& channelId) const { return m_tracker.health(channelId); }
    QString healthProblem(const QString& channelId) const { return m_tracker.healthProblem(channelId); }
    bool isChecking(const QString& channelId) const;
    //! A WeCom channel's access token changed (WeComSender::tokenStateChanged).
    void noteWeComToken(const QString& channelId, const WeComTokenState& token);
    //! A health result, as a check would bring it (tests feed results this way).
    void setHealth(const QString& channelId, const CloudHealth& health);

    //! Reads the figures again (a read in progress is followed by one more).
    void refreshActivity();
    //! Asks Meta about a Cloud API channel now.
    void checkHealth(const QString& channelId);
    //! On by default. Off, the figures are read every 30 s only: for `serve`, where nothing looks
    //! at them between two API calls and the reads would compete with the log builder.
    void setFollowStoreChanges(bool follow) { m_followStore = follow; }
    //! Periodic checks run only while active (the window is shown, or `serve` runs).
    void setHealthChecksActive(bool active);
    //! Re-evaluates everything that depends on the time.
    void publish();

signals:
    void statesChanged(const QList<ChannelDesk::ChannelState>& states);
    void activityChanged(const QList<ChannelDesk::ChannelActivity>& activity);
    void healthCheckStarted(const QString& channelId);
    void healthChanged(const QString& channelId);

private:
    void syncChannels();
    void onStoreChanged();
    void checkDueHealth();
    void startHealthCheck(const QString& channelId);

    QPointer<ChannelManager> m_manager;
    QPointer<LinkedChannelController> m_linked;
    QPointer<LogDataSource> m_source;
    //! Its own thread: the figures take a while on a large store, and the conversation views
    //! must not wait behind them on the log reader's thread.
    DatabaseWorker m_worker;
    CloudHealthChecker* m_checker;
    ChannelStateTracker m_tracker;
    QList<ChannelState> m_states;
    QTimer m_refreshTimer;
    QTimer m_clockTimer;
    QTimer m_healthTimer;
    QTimer m_storeRefreshTimer;
    QElapsedTimer m_sinceRefresh;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_healthActive = false;
    bool m_followStore = true;
};

} // namespace ChannelDesk
