// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Drives one WAHA session: REST with X-Api-Key for the lifecycle, QR, pairing code and sending,
//! and the /ws WebSocket for session.status, message, message.any and message.ack. Creates or
//! starts the session when needed, reconnects with backoff and never retries a rejected key.

#include "linking/GatewayAdapter.h"
#include "linking/GatewayRestClient.h"
#include "linking/LinkStateTracker.h"
#include "linking/QrWindow.h"
#include "linking/RecentIds.h"

#include <QSet>

namespace ChannelDesk {

class GatewayEventFeed;
class ReconnectScheduler;
class SendCorrelator;

class WahaAdapter : public GatewayAdapter
{
    Q_OBJECT

public:
    explicit WahaAdapter(GatewayConfig config, QObject* parent = nullptr);
    ~WahaAdapter() override;

    void open() override;
    //! Stops following the session; the session itself keeps running on the gateway (stop() also
    //! stops it there).
    void close() override;
    //! POST /api/sessions/{session}/restart: WAHA keeps the session's auth data, so a linked phone
    //! stays linked; a session without a link starts a new pairing window.
    void restartPairing() override;
    //! POST /api/sessions/{session}/logout: WAHA clears the auth data and starts the session again.
    void logout() override;
    void requestPairingCode(const QString& phoneNumber) override;
    void sendText(const QString& peer, const QString& text, const QString& reference) override;
    bool supportsPairingCode() const override { return true; }

    //! How long to wait for the echo of a send WAHA answered without an id.
    void setSendEchoTimeout(int milliseconds);
    //! ws(s)://host:port/ws?x-api-key=…&session=…&events=… (the key is in it: never log it).
    QUrl eventsUrl() const;
    //! "ABCDEFGH", "abcd-efgh" → "ABCD-EFGH"; other lengths are kept as given.
    static QString formatPairingCode(const QString& code);

protected:
    QString stoppedReason() const override;
    //! POST /api/sessions/{session}/stop: the session stops, its auth data (the link) stays.
    void stopAtGateway() override;

private:
    using Response = GatewayRestClient::Response;

    void connectFeed();
    void syncSession();
    void createSession();
    void startSession();
    void applySession(const QJsonObject& session);
    void applyGatewayStatus(const QString& status, const QJsonObject& me);
    void fetchQr();
    void handleFrame(const QString& frame);
    void handleMessage(const QJsonObject& payload);
    //! blocking: without this request's success there is no session to follow.
    void lifecycleFailed(const Response& response, const QString& action, bool blocking = true);
    void rejectAuth(const QString& gatewayWords);
    void transportFailed(TransportProblem problem, const QString& reason);
    QString sessionPath(const QString& suffix = {}) const;

    GatewayRestClient* m_rest;
    //! stop and logout: not aborted by close(), so that they reach the gateway (retire()).
    GatewayRestClient* m_control;
    GatewayEventFeed* m_feed;
    SendCorrelator* m_correlator;
    ReconnectScheduler* m_reconnect;
    LinkStateTracker m_tracker;
    QrWindow m_qrWindow;
    RecentIds m_seenIds;
    QSet<QString> m_sendsInFlight;
    bool m_following = false;
    bool m_syncInFlight = false;
    bool m_statusDuringSync = false;
    bool m_createConflict = false;
    int m_qrRequests = 0;
    int m_qrApplied = 0;
};

} // namespace ChannelDesk
