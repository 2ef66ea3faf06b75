// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One plain WebSocket push channel to a gateway (WAHA /ws, the connection gateway's events feed):
//! connects, hands out text frames, and tells an authentication refusal (close code 1008, or a
//! 401/403 answer to the upgrade) apart from any other end of the connection.

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace ChannelDesk {

class GatewayEventFeed : public QObject
{
    Q_OBJECT

public:
    //! Events are small JSON documents (QR codes are fetched over REST, never carried here); a
    //! message or frame over this is broken or hostile, and the feed is closed rather than buffer it.
    static constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;

    explicit GatewayEventFeed(QObject* parent = nullptr);
    ~GatewayEventFeed() override;

    //! Starts a fresh connection; an earlier one is dropped without signals.
    void open(const QUrl& url);
    void close();
    bool isConnected() const { return m_connected; }
    //! How long the TCP connect plus handshake may take before the attempt counts as lost.
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }

signals:
    void connected();
    void frameReceived(const QString& frame);
    //! Close code 1008 (WAHA: "Unauthorized"/"Forbidden"): never reconnect with the same key.
    void rejected(const QString& detail);
    //! HTTP 401 or 403 in answer to the upgrade, from the gateway or an authenticating proxy in
    //! front of it. Where the key travels only with the upgrade (WAHA) that is a refused key; where
    //! it also authenticates REST calls, it may only mean that the feed is not offered this way.
    void upgradeRefused(const QString& detail);
    //! Anything else ended the connection or the attempt; wasConnected says whether it ever opened.
    void lost(const QString& reason, bool wasConnected);

private:
    void finish();
    void discardSocket();

    QPointer<QWebSocket> m_socket;
    QTimer* m_connectTimer;
    QString m_lastError;
    int m_connectTimeoutMs = 15000;
    bool m_connected = false;
};

} // namespace ChannelDesk
