// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A local connection gateway of the seed design (shared/specs/gateways.md §5) on 127.0.0.1:
//! Bearer service token, POST/DELETE /api/connections, GET …/status, GET …/pairing-qr
//! ({dataUrl} of a PNG, or 404), POST …/send ({messageId}), typing and admin/stats, plus the
//! suggested WebSocket events feed /api/connections/events (WAHA envelope), which can be off.

#include "FakeHttpService.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <mutex>

class FakeGatewayFront;
class FakeWahaEventHub;

class FakeConnectionGateway : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,
        Qr,
        Connected,
        LoggedOut,
        Failed,
    };

    static QString token() { return QStringLiteral("seed-service-token+/=42"); }
    static QString selfId() { return QStringLiteral("15550002222@s.whatsapp.net"); }
    //! The PNGs served as codes 1, 2, 3, 1, … (tests/data/gateway/qr<n>.png).
    static QByteArray qrImage(int index);

    explicit FakeConnectionGateway(QObject* parent = nullptr);
    ~FakeConnectionGateway() override;

    //! First call: a free port. Later calls: the same port, connections that were linked reconnect.
    bool start();
    void stop();
    QUrl baseUrl() const;

    //! Off: /api/connections/events answers 404, as the seed gateway does today.
    void setEventsFeedEnabled(bool enabled);
    void setLoseLinksOnRestart(bool lose) { m_loseLinks = lose; }
    void setStepMs(int milliseconds) { m_stepMs = milliseconds; }
    //! The protocol defines no status field or words: "status"/"state", and any word per state.
    void setStatusKey(const QString& key);
    void setWord(State state, const QString& word);
    //! In the QR state, pairing-qr answers this object instead of the current code's {dataUrl}
    //! (say an oversized "raw" or "dataUrl" of a broken gateway); empty: the normal answer.
    void setQrOverride(const QJsonObject& answer);

    bool hasConnection(const QString& id) const;
    State state(const QString& id) const;
    QString label(const QString& id) const;
    //! The PNG currently served by pairing-qr; empty outside the QR state.
    QByteArray currentQrImage(const QString& id) const;
    QJsonObject lastSendRequest() const;
    QString lastSentMessageId() const;
    int requestCount() const;
    //! How many times "METHOD /path" reached the fake, e.g. "DELETE /api/connections/ops1".
    int requestsTo(const QString& request) const;
    QStringList requestLog() const;

    void rotateQr(const QString& id);
    void simulateScan(const QString& id, bool complete = true);
    void completeLogin(const QString& id);
    QString pushInbound(const QString& id, const QString& fromJid, const QString& body);
    void pushAck(const QString& id, const QString& messageId, int ack);

private:
    struct Connection
    {
        State state = State::Connecting;
        QString label;
        bool linked = false;
        int qrCount = 0;
    };

    FakeHttpService::Reply handle(const FakeHttpService::Request& request);
    FakeHttpService::Reply handleConnection(const QByteArray& method, const QString& id,
                                            const QString& action, const QJsonObject& body);
    // The *Locked helpers expect m_mutex to be held.
    void setStateLocked(const QString& id, State state);
    void startLocked(const QString& id);
    void later(const QString& id, void (FakeConnectionGateway::*step)(const QString&));
    void advance(const QString& id);
    QString wordLocked(State state) const;

    std::unique_ptr<FakeHttpService> m_http;
    FakeGatewayFront* m_front;
    FakeWahaEventHub* m_events;
    mutable std::mutex m_mutex;
    QMap<QString, Connection> m_connections;
    QMap<State, QString> m_words;
    QString m_statusKey = QStringLiteral("status");
    QJsonObject m_qrOverride;
    bool m_loseLinks = false;
    bool m_started = false;
    bool m_up = true;
    int m_stepMs = 20;
    int m_generation = 0;
    int m_counter = 0;
    int m_requestCount = 0;
    QStringList m_requestLog;
    QJsonObject m_lastSend;
    QString m_lastSentId;
};
