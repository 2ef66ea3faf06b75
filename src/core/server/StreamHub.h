// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API's live event stream (GET /api/v1/stream): takes over WebSocket connections the
//! listener has upgraded and sends each one the stream_events rows after its cursor, first
//! replayed from the store, then live, exactly once and in cursor order. Runs on a thread of its
//! own with its own database connection; every public function may be called from any thread.
//! Slow consumers are cut off at a cap instead of growing memory.

#include "server/StreamFanout.h"
#include "server/StreamLimits.h"
#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

namespace ChannelDesk {

class StreamHub : public QObject
{
    Q_OBJECT

public:
    using Limits = StreamLimits;

    explicit StreamHub(QString databasePath, QObject* parent = nullptr);
    //! Calls stop().
    ~StreamHub() override;

    //! Starts the hub's thread and opens the store. Limits set before apply from here on.
    Status start();
    //! Closes every stream with 1001 "server stopping", releases the sockets and ends the thread.
    void stop();
    void setLimits(const Limits& limits);
    //! Where live "qr" events get the raw QR text from (called on the hub's thread). Set once,
    //! before start().
    void setQrSource(QrSource source);

    //! Takes over an upgraded connection. fd is a connected stream socket past the 101 answer;
    //! alreadyRead holds bytes the client sent that the listener already read. The hub never
    //! closes fd: it calls release exactly once, on its own thread, when done with it. after is
    //! the consumer's cursor; without one the consumer gets only events newer than now.
    void adopt(int fd, QByteArray alreadyRead, std::function<void()> release, QString keyName,
               std::optional<qint64> after);
    //! New rows are in the store: send them now (the hub also looks every Limits::pollIntervalMs).
    void nudge();
    //! Closes the key's streams with 1008 "key revoked".
    void dropKey(const QString& keyName);
    //! Open streams (not counting those being closed).
    int consumerCount() const;

private:
    QString m_path;
    Limits m_limits;
    QrSource m_qrSource;
    QThread* m_thread = nullptr;
    //! Read by the entry points on any thread; start() and stop() belong to the owner's thread,
    //! which must not run them while other threads still call in.
    std::atomic<StreamFanout*> m_fanout{nullptr};
};

} // namespace ChannelDesk
