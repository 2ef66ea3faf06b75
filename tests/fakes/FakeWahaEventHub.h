// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The WebSocket side of a fake gateway speaking WAHA's event envelope: checks the key of each
//! client (close 1008 when wrong, as WAHA does), remembers its session and events filter, and
//! sends {id, timestamp, event, session, me, payload} frames to the clients that asked for them.

#include <QJsonObject>
#include <QObject>

class FakeGatewayFront;
class QWebSocket;

class FakeWahaEventHub : public QObject
{
    Q_OBJECT

public:
    //! keyParameter: the query parameter carrying the secret ("x-api-key" for WAHA, "token").
    FakeWahaEventHub(FakeGatewayFront* front, QString keyParameter, QString key, QObject* parent = nullptr);

    void publish(const QString& session, const QString& event, const QJsonObject& payload,
                 const QJsonObject& me = {});
    //! A `message`/`message.any` payload as WAHA sends it.
    static QJsonObject messagePayload(const QString& id, const QString& from, const QString& to, bool fromMe,
                                      const QString& source, const QString& body);
    //! A `message.ack` payload.
    static QJsonObject ackPayload(const QString& messageId, int ack);

signals:
    //! Every handshake, accepted or not: tests count them with the REST requests.
    void clientArrived(bool accepted);

private:
    void accept(QWebSocket* socket);

    FakeGatewayFront* m_front;
    QString m_keyParameter;
    QString m_key;
};
