// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one port a fake gateway shows to clients, as WAHA serves REST and WebSocket on one port:
//! it peeks at the request line of each new connection, hands a GET of the WebSocket path to a
//! QWebSocketServer and splices everything else, byte for byte, to the libmicrohttpd port.

#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

class FakeGatewayFront : public QObject
{
    Q_OBJECT

public:
    explicit FakeGatewayFront(QString webSocketPath, QObject* parent = nullptr);
    ~FakeGatewayFront() override;

    void setBackendPort(quint16 port) { m_backendPort = port; }
    //! Off: the WebSocket path goes to the REST backend too (which then answers 404).
    void setWebSocketEnabled(bool enabled) { m_webSocketEnabled = enabled; }
    //! port 0 picks a free one; later calls reuse the port of the first.
    bool listen(quint16 port = 0);
    //! Stops listening and drops every connection, WebSocket or spliced, without goodbye.
    void close();
    quint16 port() const { return m_port; }
    bool isListening() const;
    QList<QWebSocket*> webSockets() const;

signals:
    //! A WebSocket client finished its handshake; the front owns the socket.
    void webSocketConnected(QWebSocket* socket);

private:
    void route(QTcpSocket* client);
    void splice(QTcpSocket* client);

    QString m_webSocketPath;
    QTcpServer* m_server;
    QWebSocketServer* m_webSocketServer;
    QList<QPointer<QTcpSocket>> m_connections;
    QList<QPointer<QWebSocket>> m_webSockets;
    quint16 m_backendPort = 0;
    quint16 m_port = 0;
    bool m_webSocketEnabled = true;
};
