// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewayEventFeed.h"
#include "util/Logging.h"

#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

namespace ChannelDesk {

GatewayEventFeed::GatewayEventFeed(QObject* parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        m_lastError = tr("The events feed did not open within %1 s").arg(m_connectTimeoutMs / 1000);
        finish();
    });
}

GatewayEventFeed::~GatewayEventFeed()
{
    discardSocket();
}

void GatewayEventFeed::open(const QUrl& url)
{
    discardSocket();
    m_connected = false;
    m_lastError.clear();
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // Qt checks a frame's announced length before reading its payload, and a message's running
    // total frame by frame, so neither is held in memory past the cap.
    socket->setMaxAllowedIncomingMessageSize(MaxMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(MaxMessageBytes);
    connect(socket, &QWebSocket::connected, this, [this] {
        m_connectTimer->stop();
        m_connected = true;
        emit connected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &GatewayEventFeed::frameReceived);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                m_lastError = socket->errorString();
                // A refused upgrade (e.g. 404) leaves the TCP connection open; end the attempt ourselves.
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    socket->abort();
                finish();
            });
    connect(socket, &QWebSocket::disconnected, this, &GatewayEventFeed::finish);
    m_connectTimer->start(m_connectTimeoutMs);
    // The key goes in the query because it is the only way WAHA authenticates a WebSocket.
    qCDebug(lcLinking) << "opening events feed" << url.toDisplayString(QUrl::RemoveQuery);
    socket->open(url);
}

void GatewayEventFeed::close()
{
    m_connectTimer->stop();
    discardSocket();
    m_connected = false;
}

void GatewayEventFeed::finish()
{
    QWebSocket* socket = m_socket;
    if (!socket)
        return;
    m_connectTimer->stop();
    const bool wasConnected = m_connected;
    const QWebSocketProtocol::CloseCode code = socket->closeCode();
    const QString closeReason = socket->closeReason();
    // A refused connection reports disconnected before error: take the socket's words now.
    if (m_lastError.isEmpty() && socket->error() != QAbstractSocket::UnknownSocketError)
        m_lastError = socket->errorString();
    discardSocket();
    m_connected = false;
    if (wasConnected && code == QWebSocketProtocol::CloseCodePolicyViolated) {
        emit rejected(closeReason.isEmpty() ? tr("WebSocket closed with code 1008")
                                            : tr("WebSocket closed with code 1008: %1").arg(closeReason));
        return;
    }
    // An authenticating proxy in front of the gateway refuses the upgrade itself. Qt 6.4 reports
    // the handshake's HTTP status only inside its error text ("Unhandled http status code: 401").
    if (!wasConnected) {
        static const QRegularExpression refusal(QStringLiteral("status code: (401|403)\\b"));
        const QRegularExpressionMatch match = refusal.match(m_lastError);
        if (match.hasMatch()) {
            emit upgradeRefused(
                tr("The gateway (or a proxy in front of it) refused the events feed with HTTP %1: "
                   "the key or the proxy's credentials were not accepted")
                    .arg(match.captured(1)));
            return;
        }
    }
    QString reason = m_lastError;
    // 1009 is Qt refusing an oversized message for us: the feed sends nothing the gateway could
    // find too big, so this is never the gateway's own complaint.
    if (wasConnected && code == QWebSocketProtocol::CloseCodeTooMuchData) {
        QString detail = closeReason;
        if (detail.endsWith(QLatin1Char('.')))
            detail.chop(1);
        reason = tr("The gateway sent an event of more than %1 MiB (%2); events are small, so ChannelDesk "
                    "closed the events feed rather than hold it in memory")
                     .arg(MaxMessageBytes / (1024 * 1024))
                     .arg(detail);
    }
    if (reason.isEmpty() && wasConnected) {
        reason = code == QWebSocketProtocol::CloseCodeNormal || closeReason.isEmpty()
            ? tr("The gateway closed the events feed (code %1)").arg(int(code))
            : tr("The gateway closed the events feed (code %1: %2)")
                  .arg(QString::number(int(code)), closeReason);
    }
    if (reason.isEmpty())
        reason = tr("The events feed could not be opened");
    emit lost(reason, wasConnected);
}

void GatewayEventFeed::discardSocket()
{
    QWebSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace ChannelDesk
