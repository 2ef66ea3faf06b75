// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteStream.h"

#include "remote/RemoteClient.h"
#include "model/ServerAddress.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace ChannelDesk {

namespace {

//! The HTTP status of a refused upgrade. Qt 6.4 has no API for it: QWebSocket emits
//! error(ConnectionRefusedError) with the errorString "QWebSocketPrivate::processHandshake:
//! Unhandled http status code: 401 (Unauthorized)." (qwebsocket_p.cpp), so the number is read there.
int upgradeStatus(const QWebSocket* socket)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = pattern.match(socket->errorString());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

RemoteStream::RemoteStream(RemoteClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &RemoteStream::open);
}

RemoteStream::~RemoteStream()
{
    closeSocket();
}

void RemoteStream::start(qint64 after)
{
    m_cursor = std::max<qint64>(after, 0);
    m_attempt = 0;
    m_running = true;
    m_retry->stop();
    open();
}

void RemoteStream::stop()
{
    m_running = false;
    m_retry->stop();
    closeSocket();
}

void RemoteStream::reconnectNow()
{
    m_running = true;
    m_retry->stop();
    open();
}

bool RemoteStream::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void RemoteStream::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = std::max(1, initialMs);
    m_maxBackoffMs = std::max(m_initialBackoffMs, maxMs);
}

void RemoteStream::open()
{
    closeSocket();
    if (!m_running)
        return;
    // A new socket per attempt: QWebSocket keeps ignoreSslErrors() for its later connections, and
    // each handshake must check the certificate again.
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    QNetworkRequest request(m_client->streamUrl(m_cursor));
    m_client->prepare(socket, &request);
    connect(socket, &QWebSocket::connected, this, [this] {
        m_attempt = 0;
        emit connected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &RemoteStream::receive);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    ended(socket);
            });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            ended(socket);
    });
    socket->open(request);
}

void RemoteStream::receive(const QString& text)
{
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    if (event.isEmpty())
        return;
    // A `reset` carries no cursor of its own; every other event does, and one at or below the last
    // seen was already delivered before a reconnect.
    const QJsonValue cursor = event.value(QStringLiteral("cursor"));
    if (!cursor.isUndefined()) {
        const qint64 value = cursor.toInteger();
        if (value <= m_cursor)
            return;
        m_cursor = value;
    }
    emit eventReceived(event);
}

void RemoteStream::ended(QWebSocket* socket)
{
    // Read everything off the socket before it goes: errorOccurred and disconnected may both come.
    const QAbstractSocket::SocketError error = socket->error();
    const QString errorString = socket->errorString();
    const int status = upgradeStatus(socket);
    const QWebSocketProtocol::CloseCode closeCode = socket->closeCode();
    const QString closeReason = socket->closeReason();
    const QString tlsProblem = RemoteClient::certificateProblem(socket);
    closeSocket();
    if (!m_running)
        return;

    const QString server = ServerAddress::name(m_client->server());
    if (status == 401 || status == 403) {
        m_running = false;
        m_retry->stop();
        emit refused(tr("%1 refused the key (HTTP %2): it was revoked or mistyped. Enter a valid key "
                        "to connect again.")
                         .arg(server)
                         .arg(status));
        return;
    }
    // The server closes with 1008 for a revoked key, and also for a consumer too slow to keep up,
    // which it asks to reconnect; only the first is final.
    if (closeCode == QWebSocketProtocol::CloseCodePolicyViolated
        && !closeReason.contains(QLatin1String("reconnect"))) {
        m_running = false;
        m_retry->stop();
        emit refused(tr("%1 closed the stream: %2. The key is no longer valid; enter a valid key to "
                        "connect again.")
                         .arg(server, closeReason.isEmpty() ? tr("policy violation") : closeReason));
        return;
    }
    QString reason;
    if (!tlsProblem.isEmpty())
        reason = tlsProblem;
    else if (status != 0)
        reason = tr("%1 refused the stream (HTTP %2).").arg(server).arg(status);
    else if (error != QAbstractSocket::UnknownSocketError && !errorString.isEmpty())
        reason = tr("Lost the connection to %1: %2").arg(server, errorString);
    else if (closeCode == QWebSocketProtocol::CloseCodeGoingAway)
        reason = tr("%1 is stopping.").arg(server);
    else
        reason = tr("%1 closed the stream (code %2%3).")
                     .arg(server)
                     .arg(int(closeCode))
                     .arg(closeReason.isEmpty() ? QString() : QStringLiteral(", ") + closeReason);
    scheduleRetry(reason);
}

void RemoteStream::scheduleRetry(const QString& error)
{
    ++m_attempt;
    const int exponent = std::min(m_attempt - 1, 30);
    const qint64 ceiling = std::min<qint64>(qint64(m_initialBackoffMs) << exponent, m_maxBackoffMs);
    // ±20 % so that many windows cut off by one server restart do not all come back at once.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = int(std::max<double>(1.0, double(ceiling) * jitter));
    m_retry->start(delay);
    emit disconnected(m_attempt, QDateTime::currentDateTime().addMSecs(delay), error);
}

void RemoteStream::closeSocket()
{
    QWebSocket* socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close();
    else
        socket->abort();
    socket->deleteLater();
}

} // namespace ChannelDesk
