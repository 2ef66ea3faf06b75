// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One stream consumer's connection after the WebSocket handshake: a non-blocking socket driven
//! by QSocketNotifier, its queue of unsent frames (capped), the client's frames (pings answered,
//! closes echoed, protocol errors refused) and its place in the event sequence. It never closes
//! the socket itself: the listener that handed it over does, when release() is called, once.

#include "server/StreamLimits.h"
#include "server/WebSocketFrames.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace ChannelDesk {

class StreamConsumer : public QObject
{
    Q_OBJECT

public:
    StreamConsumer(int fd, std::function<void()> release, QString keyName, const StreamLimits& limits,
                   QObject* parent = nullptr);
    //! Releases the socket if that has not happened yet.
    ~StreamConsumer() override;

    //! Starts watching the socket; alreadyRead are bytes the client sent that the listener read.
    void start(const QByteArray& alreadyRead);

    //! Queues a frame carrying the event with this cursor (0 for frames that carry none). Cuts the
    //! consumer off (close 1008) instead when that would exceed the cap; false then.
    bool send(const QByteArray& frame, qint64 cursor = 0);
    //! Sends a close frame after what is queued (or, with dropQueued, instead of what has not
    //! started to go out), then releases the socket once it went out or the grace time ran out.
    void closeWith(quint16 code, const QByteArray& reason, bool dropQueued = false);
    //! Like closeWith(code, reason, true), but releases right after one attempt to write.
    void closeNow(quint16 code, const QByteArray& reason);
    void ping();

    bool isOpen() const { return !m_closing; }
    qint64 pendingBytes() const { return m_pending; }
    qint64 msSinceHeard() const { return m_lastHeard.elapsed(); }
    qint64 msSincePing() const { return m_lastPing.elapsed(); }
    QString keyName() const { return m_keyName; }

    //! The last event cursor queued; the next event it is given must be newer.
    qint64 position = 0;
    //! Caught up with the live fan-out (replay from the store is over).
    bool caughtUp = false;

signals:
    //! The unsent bytes fell below the replay low-water mark.
    void drained(ChannelDesk::StreamConsumer* consumer);
    //! The socket was released; the consumer may be deleted.
    void finished(ChannelDesk::StreamConsumer* consumer);

private:
    struct Chunk
    {
        QByteArray bytes;
        qint64 cursor = 0;
    };

    void readAvailable();
    void handleFrames(const QList<WebSocketFrames::Frame>& frames);
    void flush();
    void release();
    //! Drops every queued chunk that has not begun to go out.
    void dropQueued();

    int m_fd;
    std::function<void()> m_release;
    QString m_keyName;
    StreamLimits m_limits;
    WebSocketFrames m_decoder;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QTimer* m_graceTimer = nullptr;
    std::deque<Chunk> m_queue;
    qsizetype m_headOffset = 0; //!< bytes of m_queue.front() already written
    qint64 m_pending = 0;
    qint64 m_lastWritten = 0; //!< cursor of the last event completely written
    QElapsedTimer m_lastHeard;
    QElapsedTimer m_lastPing;
    bool m_closing = false;
    bool m_released = false;
};

} // namespace ChannelDesk
