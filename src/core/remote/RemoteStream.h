// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A remote window's live feed: the server's /stream WebSocket, resumed from the last cursor seen
//! after every drop, so nothing between is missed and nothing comes twice. Reconnects with backoff
//! (0.5 s doubling to 30 s, with jitter) until stopped; a refused key (401 on the upgrade, or close
//! 1008 after a revoke) stops it instead, since retrying cannot help.

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

class QTimer;
class QWebSocket;

namespace ChannelDesk {

class RemoteClient;

class RemoteStream : public QObject
{
    Q_OBJECT

public:
    //! client: not owned, must outlive this.
    explicit RemoteStream(RemoteClient* client, QObject* parent = nullptr);
    ~RemoteStream() override;

    //! Connects, asking for the events after `after` (0: only new ones).
    void start(qint64 after);
    void stop();
    //! Connects again now (e.g. after the user trusted the certificate), keeping the cursor.
    void reconnectNow();

    qint64 cursor() const { return m_cursor; }
    bool isConnected() const;
    int attempt() const { return m_attempt; }
    //! Tests shorten the backoff.
    void setBackoff(int initialMs, int maxMs);

signals:
    //! The stream is (again) open; events after cursor() follow.
    void connected();
    //! The connection failed or dropped; attempt n follows at nextAttemptAt. error is plain words.
    void disconnected(int attempt, const QDateTime& nextAttemptAt, const QString& error);
    //! The server refused the key: no retry.
    void refused(const QString& error);
    //! One event, in cursor order (a `reset` event too).
    void eventReceived(const QJsonObject& event);

private:
    void open();
    void receive(const QString& text);
    //! socket failed or closed: refused, or a retry after the backoff.
    void ended(QWebSocket* socket);
    void scheduleRetry(const QString& error);
    //! Drops the current socket without reporting anything.
    void closeSocket();

    RemoteClient* m_client;
    QWebSocket* m_socket = nullptr;
    QTimer* m_retry;
    qint64 m_cursor = 0;
    int m_attempt = 0;
    int m_initialBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    bool m_running = false;
};

} // namespace ChannelDesk
