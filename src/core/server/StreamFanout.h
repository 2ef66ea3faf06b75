// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! StreamHub's inside, living on the hub's thread: reads new stream_events rows once, builds each
//! event's frame once and queues it on every caught-up consumer; replays the store to consumers
//! that start behind, a page at a time while their queue is short; keeps consumers alive with
//! pings and prunes old rows.

#include "server/StreamLimits.h"
#include "store/StreamEventLog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QTimer;

namespace ChannelDesk {

class StreamConsumer;

//! A channel's current pairing QR, for the live "qr" event that announced it.
struct LiveQr
{
    int serial = 0;
    QString value;
};
using QrSource = std::function<std::optional<LiveQr>(const QString& channelId)>;

class StreamFanout : public QObject
{
    Q_OBJECT

public:
    StreamFanout(QString databasePath, const StreamLimits& limits);
    ~StreamFanout() override;

    // Everything below runs on the fanout's thread.
    Status open();
    //! Closes every stream with 1001 and releases it, then this thread's database connection.
    void shutDown();
    void setLimits(const StreamLimits& limits) { m_limits = limits; }
    void setQrSource(QrSource source) { m_qrSource = std::move(source); }
    void adopt(int fd, const QByteArray& alreadyRead, std::function<void()> release, const QString& keyName,
               std::optional<qint64> after);
    //! Reads the rows added since the last look and sends them out.
    void poll();
    void dropKey(const QString& keyName);

    //! Safe from any thread.
    int consumerCount() const { return m_openCount.load(); }
    //! Cleared by poll(); lets nudges from other threads queue at most one poll.
    std::atomic<bool> nudgeQueued{false};

private:
    QByteArray liveFrame(const StreamEvent& event) const;
    void replay(StreamConsumer* consumer);
    void housekeep();
    void prune();
    void remove(StreamConsumer* consumer);
    void updateCount();

    QString m_path;
    StreamLimits m_limits;
    StreamEventLog m_log;
    QrSource m_qrSource;
    QList<StreamConsumer*> m_consumers;
    qint64 m_live = 0; //!< the newest cursor sent to the caught-up consumers
    QTimer* m_pollTimer;
    QTimer* m_housekeepingTimer;
    QTimer* m_pruneTimer;
    std::atomic<int> m_openCount{0};
    bool m_open = false;
};

} // namespace ChannelDesk
