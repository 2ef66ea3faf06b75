// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Drives one connection of the seed "connection-gateway" protocol: Bearer service token, REST
//! only, so status and QR image are polled. Uses the suggested events feed
//! (/api/connections/events, WAHA envelope) for messages and acks when the gateway offers it.

#include "linking/Backoff.h"
#include "linking/GatewayAdapter.h"
#include "linking/GatewayRestClient.h"
#include "linking/LinkStateTracker.h"
#include "linking/QrWindow.h"
#include "linking/RecentIds.h"

class QTimer;

namespace ChannelDesk {

class GatewayEventFeed;
class ReconnectScheduler;

class ConnectionGatewayAdapter : public GatewayAdapter
{
    Q_OBJECT

public:
    explicit ConnectionGatewayAdapter(GatewayConfig config, QObject* parent = nullptr);
    ~ConnectionGatewayAdapter() override;

    void open() override;
    //! Stops polling; the connection itself stays on the gateway.
    void close() override;
    /*!
     * The protocol has no restart. A linked connection is read afresh (ChannelDesk reconnects, the
     * phone stays linked); one without a link is deleted and created again, which starts a new
     * pairing window.
     */
    void restartPairing() override;
    //! Deletes the connection: the protocol has no separate logout.
    void logout() override;
    //! The protocol has no pairing code: reports errorOccurred.
    void requestPairingCode(const QString& phoneNumber) override;
    void sendText(const QString& peer, const QString& text, const QString& reference) override;
    bool supportsPairingCode() const override { return false; }

    //! Defaults: status every 2 s, QR every 3 s while a scan is awaited.
    void setPollIntervals(int statusMs, int qrMs);
    //! Whether messages arrive: false while the gateway offers no events feed.
    bool hasEventsFeed() const { return m_feedState == FeedState::Connected; }
    QUrl eventsUrl() const;

protected:
    //! The protocol has no stop: the gateway keeps the connection running.
    QString stoppedReason() const override;

private:
    using Response = GatewayRestClient::Response;
    enum class FeedState
    {
        Untried,
        Connected,
        Retrying,
        Unavailable, //!< 404 or no upgrade: this gateway has no feed; polling only
        GaveUp, //!< the feed worked, then could not be reopened within the attempts
    };

    QString connectionPath(const QString& suffix = {}) const;
    void createConnection();
    void pollStatus();
    void fetchQr();
    void applyWord(const QString& word, const QString& detail);
    void openFeed();
    void feedLost(const QString& reason, bool wasConnected);
    void refreshFeedNote();
    void handleFrame(const QString& frame);
    void publish(LinkStatus status);
    //! blocking: without this request's success there is no connection to follow.
    void lifecycleFailed(const Response& response, const QString& action, bool blocking = true);
    void rejectAuth(const QString& gatewayWords);
    void stopFollowing();

    GatewayRestClient* m_rest;
    //! logout: not aborted by close(), so that it reaches the gateway (retire()).
    GatewayRestClient* m_control;
    GatewayEventFeed* m_feed;
    ReconnectScheduler* m_reconnect;
    QTimer* m_statusTimer;
    QTimer* m_qrTimer;
    QTimer* m_feedTimer;
    Backoff m_feedBackoff;
    LinkStateTracker m_tracker;
    QrWindow m_qrWindow;
    RecentIds m_seenIds;
    QString m_lastRefusal;
    FeedState m_feedState = FeedState::Untried;
    bool m_following = false;
    bool m_created = false;
    bool m_qrInFlight = false;
    bool m_recreating = false; //!< restartPairing: the old connection is being deleted
    int m_generation = 0; //!< bumped when earlier answers stop mattering (new pairing window, stop)
};

} // namespace ChannelDesk
