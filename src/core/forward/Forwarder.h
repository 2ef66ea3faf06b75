// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Passes accepted Cloud API deliveries on to each channel's bot, durably and in order.
//!
//! Design: the receiver queues a delivery of a forwarding channel in forward_queue in the same
//! journal transaction that acknowledges it (DeliveryJournal::append), so the forwarder never
//! races Meta's 200; it runs on a thread of its own (ForwardService), never in the receiver's
//! path. It loads the waiting rows in acknowledgement order into a window and sends, per channel
//! at most kInFlightPerChannel at once, only the oldest waiting delivery of each conversation
//! (ForwardConversation): a later one is not sent before an earlier one of the same conversation
//! got its 2xx, so neither parallelism nor a retry lets it overtake. The body goes byte for byte
//! with Meta's own X-Hub-Signature-256, so the bot verifies it with the App Secret as if Meta had
//! called. A 2xx deletes the row (a crash before that sends it again: at-least-once); anything
//! else is retried after ForwardPolicy's backoff, and a delivery that fails past the maximum age
//! is parked together with the ones of its conversation behind it, until `forward --retry`. The
//! first 2xx after a run of failures sends whatever waits for a retry at once: the bot is back,
//! and a backoff that grew during a long outage should not hold up the backlog (one delivery the
//! bot refuses among others it takes keeps its backoff).
//! A conversation a person took over (forward_handoff, cached here and read again when its
//! generation moves) sends nothing: its waiting rows are deleted unsent, handled by the person,
//! and so are those that came before it was given back.

#include "forward/ForwardBacklog.h"
#include "forward/ForwardOutcome.h"
#include "forward/ForwardPolicy.h"
#include "forward/ForwardQueue.h"
#include "forward/ForwardTarget.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <array>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ChannelDesk {

class Forwarder : public QObject
{
    Q_OBJECT

public:
    explicit Forwarder(QString journalPath, const Clock* clock = Clock::system(), QObject* parent = nullptr);
    ~Forwarder() override;

    void setPolicy(const ForwardPolicy& policy) { m_policy = policy; }
    //! Opens the queue and starts sending; call on the thread the forwarder lives on.
    void start();
    //! Aborts what is in flight (sent again next time) and stops; on the forwarder's thread.
    void shutdown();
    //! The channels that forward, by channel id; rows of other channels wait (paused).
    void setTargets(const QHash<QString, ForwardTarget>& targets);
    //! Looks for new rows and due retries now.
    void wake();
    int inFlight() const { return int(m_inFlight.size()); }

    static constexpr int kInFlightPerChannel = 32;
    //! Managers the requests are spread over (each keeps up to six connections per host).
    static constexpr int kNetworks = 6;
    static constexpr int kWindow = 2000;
    static constexpr int kPollMs = 1000;
    //! How much of the bot's answer an outcome keeps (the health shows it).
    static constexpr int kAnswerExcerptBytes = 200;
    //! Past this much of a bot's answer the connection is dropped rather than read to the end.
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;
    //! How often the backlog is read for the health (a query over the whole queue).
    static constexpr int kBacklogMs = 2000;
    //! Rows the bot took are deleted in batches: at most this long after, or this many at once.
    static constexpr int kFlushMs = 100;
    static constexpr int kFlushBatch = 500;
    //! Failures in a row after which the next 2xx means the bot is back (see retryNow()).
    static constexpr int kRecoveryAfter = 3;

signals:
    //! A delivery the bot took (2xx), or an attempt that failed (status 0 for no answer); with
    //! the latency and the start of the answer, for BotHealthTracker.
    void forwarded(const ChannelDesk::ForwardOutcome& outcome);
    void failed(const ChannelDesk::ForwardOutcome& outcome);
    //! ForwardQueue::backlog(), read at most every kBacklogMs while running.
    void backlogRead(const QList<ChannelDesk::ForwardBacklog>& backlog);
    //! A delivery of a conversation a person took over left the queue without going to the bot.
    void handledByPerson(const QString& channelId, qint64 deliveryId);

private:
    struct Loaded;
    struct Answer;
    void pump();
    //! Runs pump() soon, without reading the journal again unless something asked for it.
    void pumpSoon();
    void load();
    void send(Loaded& item, const ForwardTarget& target);
    void finished(QNetworkReply* reply, qint64 deliveryId, qint64 latencyMs, const Answer& answer);
    void fail(Loaded& item, ForwardOutcome outcome);
    void flushDone();
    void flushDoneIfDue();
    void schedule(qint64 ms);
    void readBacklog();
    void retryNow(const QString& channelId);
    void readHandoffs();
    //! Whether the delivery belongs to a person; if so, it leaves the queue with the next flush.
    bool dropHandledByPerson(const Loaded& loaded);

    QString m_path;
    const Clock* m_clock;
    ForwardPolicy m_policy;
    std::unique_ptr<ForwardQueue> m_queue;
    std::array<QNetworkAccessManager*, kNetworks> m_networks{};
    quint64 m_nextNetwork = 0;
    QTimer* m_timer = nullptr;
    QHash<QString, ForwardTarget> m_targets;
    QMap<qint64, std::shared_ptr<Loaded>> m_loaded; //!< by delivery id: acknowledgement order
    qint64 m_loadedUpTo = 0;
    qint64 m_generation = -1;
    qint64 m_handoffGeneration = -1;
    QHash<QString, ForwardHandoff> m_handoffs; //!< by channel id and ForwardConversation key
    QHash<qint64, QNetworkReply*> m_inFlight;
    QHash<QString, int> m_inFlightPerChannel;
    QList<qint64> m_done; //!< 2xx answers not yet deleted from the queue
    QHash<QString, int> m_failuresInARow; //!< per channel, since its last 2xx
    //! Channels whose bot answered again after kRecoveryAfter failures in a row, until the next
    //! failure: what waits for a retry, also rows loaded later, goes at once.
    QSet<QString> m_recovered;
    bool m_running = false;
    bool m_pumpQueued = false;
    bool m_lookAgain = true; //!< new rows or a change by another process may be in the journal
    bool m_moreWaiting = false; //!< the last load filled the window: more rows wait behind it
    QElapsedTimer m_backlogRead;
    QElapsedTimer m_flushed;
};

} // namespace ChannelDesk
