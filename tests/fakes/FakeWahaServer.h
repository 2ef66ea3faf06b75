// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A local WAHA on 127.0.0.1 (REST through libmicrohttpd, /ws through QWebSocketServer, one
//! port) following the wire shapes in shared/specs/gateways.md §1: X-Api-Key, the session
//! lifecycle, a QR rotation the test controls (6 codes, then FAILED), scans, pairing codes,
//! sendText in each engine's shape, and message/message.any/message.ack events. It can go down
//! and come back on the same port, with or without losing its sessions.

#include "FakeHttpService.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <mutex>

class FakeGatewayFront;
class FakeWahaEventHub;
class FakeWahaSessions;
class QTimer;

class FakeWahaServer : public QObject
{
    Q_OBJECT

public:
    //! The engine whose sendText answer to imitate (devlikeapro/waha#760, #1087).
    enum class SendShape
    {
        Noweb, //!< {"key": {"remoteJid", "fromMe", "id"}, …}
        WebjsString, //!< {"id": "true_…@c.us_…", …}
        WebjsObject, //!< {"id": {"_serialized": …}, …}
        Empty, //!< 201 without a body
    };

    //! Contains "+", "/" and "=" so that URL encoding mistakes show.
    static QString apiKey() { return QStringLiteral("waha-fake-key+/=0123456789"); }
    static QString selfId();

    explicit FakeWahaServer(QObject* parent = nullptr);
    ~FakeWahaServer() override;

    //! First call: a free port. Later calls: the same port again, restarting sessions that ran.
    bool start();
    //! Goes down: drops every client and refuses connections until start().
    void stop();
    QUrl baseUrl() const;

    //! A restart (stop/start) makes sessions forget their link, as without a persistent volume.
    void setLoseSessionsOnRestart(bool lose) { m_loseSessions = lose; }
    void setStepMs(int milliseconds);
    //! A POST …/stop is carried out (and answered) this long after it arrives, as by a busy
    //! gateway; other requests are served meanwhile.
    void setStopDelayMs(int milliseconds) { m_stopDelayMs = milliseconds; }
    //! How many stops the fake has carried out.
    int stopsDone() const { return m_stopsDone; }
    //! An authenticating proxy in front that answers the WebSocket upgrade with 401.
    void setProxyRefusesWebSocket(bool refuses);
    //! Codes in a pairing window before the session fails (WAHA: 6); 0: it keeps rotating.
    void setMaxCodes(int codes);
    //! Rotate every QR on a timer; 0 = only when rotateQr() is called.
    void setAutoRotateMs(int milliseconds);
    void setSendShape(SendShape shape);
    //! Whether sendText is followed by its message.any echo (WAHA always sends one).
    void setEchoSends(bool echo);
    void setPairingCode(const QString& code);
    //! Every QR fetch answers this value instead of the session's code (empty: the real code).
    void setQrOverride(const QString& value);
    //! Like Core builds before 2026.6.1: any session but "default" is refused.
    void setOnlyDefaultSession(bool only);
    //! A session that exists before the test connects: e.g. STOPPED, or WORKING and linked.
    void addSession(const QString& name, const QString& status, bool linked = false);

    bool hasSession(const QString& name) const;
    QString sessionStatus(const QString& name) const;
    //! Whether the session still holds the phone's link (false after a logout reached the fake).
    bool isLinked(const QString& name) const;
    QString currentQr(const QString& name) const;
    int qrCount(const QString& name) const;
    QJsonObject lastCreateRequest() const;
    QJsonObject lastSendRequest() const;
    QString lastSentMessageId() const;
    QString lastPairingPhone() const;
    //! How many times "METHOD /path" reached the fake, e.g. "POST /api/sessions/default/logout".
    int requestsTo(const QString& request) const;
    //! REST requests plus WebSocket handshakes, accepted or not.
    int requestCount() const;
    QStringList requestLog() const;
    int webSocketClientCount() const;

    //! Next code; after the 6th the session goes FAILED.
    void rotateQr(const QString& name);
    //! The phone scanned: STARTING, then (unless complete is false) WORKING.
    void simulateScan(const QString& name, bool complete = true);
    void completeLogin(const QString& name);
    //! WhatsApp dropped the device: the session asks for a new scan.
    void dropLink(const QString& name);
    //! Inbound message: `message` and `message.any`. Returns its id.
    QString pushInbound(const QString& name, const QString& fromJid, const QString& body);
    //! A message sent from the phone: `message.any` with fromMe. Returns its id.
    QString pushOutbound(const QString& name, const QString& toJid, const QString& body);
    void pushAck(const QString& name, const QString& messageId, int ack);

private:
    // Runs on libmicrohttpd's threads.
    FakeHttpService::Reply handle(const FakeHttpService::Request& request);
    FakeHttpService::Reply handleSession(const QByteArray& method, const QStringList& parts,
                                         const QJsonObject& body);
    FakeHttpService::Reply handleSendText(const QJsonObject& body);
    QString nextId(bool fromMe, const QString& chat);

    std::unique_ptr<FakeHttpService> m_http;
    FakeGatewayFront* m_front;
    FakeWahaSessions* m_sessions;
    FakeWahaEventHub* m_events;
    QTimer* m_rotateTimer;
    mutable std::mutex m_mutex;
    SendShape m_sendShape = SendShape::Noweb;
    bool m_echoSends = true;
    bool m_onlyDefaultSession = false;
    bool m_loseSessions = false;
    bool m_proxyRefusesWebSocket = false;
    bool m_started = false;
    int m_counter = 0;
    int m_requestCount = 0;
    std::atomic<int> m_stopDelayMs{0};
    std::atomic<int> m_stopsDone{0};
    QStringList m_requestLog;
    QString m_pairingCode = QStringLiteral("ABCD-EFGH");
    QString m_qrOverride;
    QJsonObject m_lastCreate;
    QJsonObject m_lastSend;
    QString m_lastSentId;
    QString m_lastPairingPhone;
};
