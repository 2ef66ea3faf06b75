// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeGatewayFront.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

constexpr qint64 MaxRequestLine = 8192;

} // namespace

FakeGatewayFront::FakeGatewayFront(QString webSocketPath, QObject* parent)
    : QObject(parent)
    , m_webSocketPath(std::move(webSocketPath))
    , m_server(new QTcpServer(this))
    , m_webSocketServer(new QWebSocketServer(QStringLiteral("ChannelDesk fake gateway"),
                                             QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            client->setParent(this);
            m_connections.append(client);
            connect(client, &QTcpSocket::readyRead, this, [this, client] { route(client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            if (client->bytesAvailable() > 0)
                route(client);
        }
    });
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_webSocketServer->nextPendingConnection()) {
            socket->setParent(this);
            m_webSockets.append(socket);
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            emit webSocketConnected(socket);
        }
    });
}

FakeGatewayFront::~FakeGatewayFront()
{
    close();
}

bool FakeGatewayFront::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, m_port != 0 ? m_port : port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

bool FakeGatewayFront::isListening() const
{
    return m_server->isListening();
}

void FakeGatewayFront::close()
{
    m_server->close();
    // Abort, not close: a crashed or restarted gateway says no goodbye either.
    for (const QPointer<QWebSocket>& socket : std::exchange(m_webSockets, {})) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    for (const QPointer<QTcpSocket>& socket : std::exchange(m_connections, {})) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

QList<QWebSocket*> FakeGatewayFront::webSockets() const
{
    QList<QWebSocket*> open;
    for (const QPointer<QWebSocket>& socket : m_webSockets) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            open.append(socket);
    }
    return open;
}

void FakeGatewayFront::route(QTcpSocket* client)
{
    const QByteArray head = client->peek(MaxRequestLine);
    const qsizetype end = head.indexOf("\r\n");
    if (end < 0) {
        if (head.size() >= MaxRequestLine)
            client->abort();
        return;
    }
    client->disconnect(this);
    const QList<QByteArray> parts = head.left(end).split(' ');
    const QByteArray path = parts.value(1).split('?').constFirst();
    if (m_webSocketEnabled && parts.value(0) == "GET" && path == m_webSocketPath.toUtf8()) {
        // The handshake bytes are still unread, so the WebSocket server sees the whole request.
        m_webSocketServer->handleConnection(client);
        return;
    }
    splice(client);
}

void FakeGatewayFront::splice(QTcpSocket* client)
{
    auto* backend = new QTcpSocket(client);
    connect(backend, &QTcpSocket::connected, client,
            [client, backend] { backend->write(client->readAll()); });
    connect(client, &QTcpSocket::readyRead, backend, [client, backend] {
        if (backend->state() == QAbstractSocket::ConnectedState)
            backend->write(client->readAll());
    });
    connect(backend, &QTcpSocket::readyRead, client,
            [client, backend] { client->write(backend->readAll()); });
    connect(backend, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(backend, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            client->abort();
    });
    connect(client, &QTcpSocket::disconnected, backend, [backend] { backend->abort(); });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
}
