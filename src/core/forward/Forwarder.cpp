// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/Forwarder.h"

#include "forward/ForwardConversation.h"
#include "forward/ForwardQueue.h"
#include "util/Logging.h"
#include "util/ReplyBuffer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ChannelDesk {

struct Forwarder::Loaded
{
    ForwardItem item;
    QString conversation; //!< ForwardQueue::handoffKey(channel id, ForwardConversation key)
};

//! What is kept of a bot's answer while it arrives: its start, never the whole of a huge one.
struct Forwarder::Answer
{
    QByteArray excerpt; //!< the first kAnswerExcerptBytes
    qint64 received = 0;
    int timeoutMs = 0;
    bool pastDeadline = false; //!< stopped by the overall deadline, not by the bot
};

Forwarder::Forwarder(QString journalPath, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_path(std::move(journalPath))
    , m_clock(clock)
{ }

Forwarder::~Forwarder()
{
    shutdown();
}

void Forwarder::start()
{
    if (m_running)
        return;
    m_running = true;
    m_queue = std::make_unique<ForwardQueue>(m_path);
    for (auto& network : m_networks)
        network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_lookAgain = true; // also what another process changed: `forward --retry`, a take-over
        pump();
    });
    pump();
}

void Forwarder::shutdown()
{
    if (!m_running)
        return;
    m_running = false;
    // Aborted replies finish synchronously; m_running false makes finished() ignore them, so
    // their rows stay and are sent again by the next run.
    const auto replies = m_inFlight.values();
    m_inFlight.clear();
    for (QNetworkReply* reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
    flushDone();
    delete m_timer;
    m_timer = nullptr;
    for (auto& network : m_networks) {
        delete network;
        network = nullptr;
    }
    m_loaded.clear();
    m_queue.reset();
    m_backlogRead.invalidate();
}

void Forwarder::setTargets(const QHash<QString, ForwardTarget>& targets)
{
    m_targets = targets;
    wake();
}

void Forwarder::wake()
{
    m_lookAgain = true;
    pumpSoon();
}

void Forwarder::pumpSoon()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &Forwarder::pump, Qt::QueuedConnection);
}

void Forwarder::schedule(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, kPollMs);
    if (!m_timer->isActive() || m_timer->remainingTime() > ms)
        m_timer->start(int(ms));
}

void Forwarder::readHandoffs()
{
    const Result<qint64> generation = m_queue->handoffGeneration();
    if (!generation.ok() || generation.value() == m_handoffGeneration)
        return;
    const Result<QHash<QString, ForwardHandoff>> handoffs = m_queue->handoffs();
    if (!handoffs.ok()) {
        qCWarning(lcWebhook) << "Could not read the taken-over conversations:" << handoffs.error().message;
        return;
    }
    m_handoffs = handoffs.value();
    m_handoffGeneration = generation.value();
}

bool Forwarder::dropHandledByPerson(const Loaded& loaded)
{
    const auto handoff = m_handoffs.constFind(loaded.conversation);
    if (handoff == m_handoffs.cend() || !handoff->handledByPerson(loaded.item.deliveryId))
        return false;
    // Deleted like a 2xx: a person answered it, which is not the bot's failure.
    m_done.append(loaded.item.deliveryId);
    emit handledByPerson(loaded.item.channelId, loaded.item.deliveryId);
    return true;
}

void Forwarder::load()
{
    const Result<qint64> generation = m_queue->generation();
    if (generation.ok() && generation.value() != m_generation) {
        // Parked rows were queued again (by `channeldesk forward --retry`, maybe in another
        // process): they sit below the window, so it is loaded again from the start.
        m_generation = generation.value();
        flushDone(); // or rows the bot took would be read again
        for (auto it = m_loaded.begin(); it != m_loaded.end();) {
            if (m_inFlight.contains(it.key()))
                ++it;
            else
                it = m_loaded.erase(it);
        }
        m_loadedUpTo = 0;
    }
    if (m_loaded.size() > kWindow / 2) {
        m_moreWaiting = true;
        return;
    }
    const int limit = kWindow - int(m_loaded.size());
    const Result<QList<ForwardItem>> items = m_queue->waitingAfter(m_loadedUpTo, limit);
    m_moreWaiting = !items.ok() || items.value().size() == limit;
    if (!items.ok()) {
        qCWarning(lcWebhook) << "Could not read the forward queue; trying again:" << items.error().message;
        return;
    }
    for (const ForwardItem& item : items.value()) {
        m_loadedUpTo = item.deliveryId;
        if (m_loaded.contains(item.deliveryId))
            continue;
        auto loaded = std::make_shared<Loaded>();
        loaded->item = item;
        // Beyond the window when the bot came back: its stored backoff is over too.
        if (m_recovered.contains(item.channelId))
            loaded->item.nextAt = {};
        loaded->conversation
            = ForwardQueue::handoffKey(item.channelId, ForwardConversation::keyOf(item.body));
        m_loaded.insert(item.deliveryId, loaded);
    }
}

void Forwarder::pump()
{
    m_pumpQueued = false;
    if (!m_running)
        return;
    flushDoneIfDue();
    if (m_targets.isEmpty()) {
        // No bot to send to: reading the journal after every group it takes would cost the
        // receiver a tenth of its CPU for nothing. setTargets() wakes this to read it then.
        readBacklog();
        schedule(kPollMs);
        return;
    }
    // The journal is read again only when told there is something new (or on the poll), or when
    // the window was full: not after every answer, which under load means thousands a second.
    if (std::exchange(m_lookAgain, false)) {
        readHandoffs();
        load();
    } else if (m_moreWaiting) {
        load();
    }
    readBacklog();
    const QDateTime now = m_clock->now();
    qint64 nextDue = kPollMs;
    QSet<QString> blocked; // conversations with an older delivery still waiting or in flight
    // Channels that may take another request now: once none is left, the rest of the window need
    // not be looked at (this runs after every answer, thousands of times a second under load).
    int open = 0;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        open += m_inFlightPerChannel.value(it.key()) < kInFlightPerChannel ? 1 : 0;
    for (auto it = m_loaded.begin(); it != m_loaded.end() && open > 0;) {
        if (!m_inFlight.contains(it.key()) && dropHandledByPerson(**it)) {
            it = m_loaded.erase(it);
            continue;
        }
        Loaded& loaded = **(it++);
        if (blocked.contains(loaded.conversation))
            continue;
        blocked.insert(loaded.conversation);
        if (m_inFlight.contains(loaded.item.deliveryId))
            continue;
        const auto target = m_targets.constFind(loaded.item.channelId);
        if (target == m_targets.cend())
            continue; // forwarding switched off: kept until it is switched on again
        if (loaded.item.nextAt.isValid() && loaded.item.nextAt > now) {
            nextDue = std::min(nextDue, now.msecsTo(loaded.item.nextAt));
            continue;
        }
        if (m_inFlightPerChannel.value(loaded.item.channelId) >= kInFlightPerChannel)
            continue;
        send(loaded, *target);
        if (m_inFlightPerChannel.value(loaded.item.channelId) >= kInFlightPerChannel)
            --open;
    }
    flushDoneIfDue();
    if (!m_done.isEmpty())
        nextDue = std::min<qint64>(nextDue, kFlushMs);
    schedule(nextDue);
}

void Forwarder::send(Loaded& loaded, const ForwardTarget& target)
{
    QNetworkRequest request(target.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!target.secret.isEmpty())
        request.setRawHeader(target.signatureHeader, ForwardTarget::sign(target.secret, loaded.item.body));
    else if (!loaded.item.signature.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"), loaded.item.signature);
    request.setTransferTimeout(target.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt keeps at most six connections to one host per manager; a bot answering in 1 ms needs
    // more requests in flight than that to take thousands a second, so they are spread.
    QNetworkAccessManager* network = m_networks[size_t(m_nextNetwork++ % m_networks.size())];
    QNetworkReply* reply = network->post(request, loaded.item.body);
    const qint64 id = loaded.item.deliveryId;
    m_inFlight.insert(id, reply);
    // Bounded, so Qt's network thread stops reading at the cap instead of racing past it.
    boundReadBuffer(reply);
    ++m_inFlightPerChannel[loaded.item.channelId];
    QElapsedTimer sent; // monotonic: the manual clock of the tests does not move by itself
    sent.start();
    auto answer = std::make_shared<Answer>();
    answer->timeoutMs = target.timeoutMs;
    // The transfer timeout only notices silence; a bot trickling its answer needs this as well.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, answer] {
        answer->pastDeadline = true;
        reply->abort();
    });
    deadline->start(target.timeoutMs);
    // Only the status and the answer's start are used: keep that, drop the rest as it arrives so a
    // huge answer is never buffered, and hang up once it is clearly not a bot's short reply.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, answer] {
        const QByteArray taken = reply->read(kAnswerExcerptBytes - answer->excerpt.size());
        answer->excerpt += taken;
        answer->received += taken.size() + std::max<qint64>(0, reply->skip(reply->bytesAvailable()));
        if (answer->received > kMaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, sent, answer, deadline] {
        deadline->stop();
        finished(reply, id, sent.elapsed(), *answer);
    });
}

void Forwarder::finished(QNetworkReply* reply, qint64 deliveryId, qint64 latencyMs, const Answer& answer)
{
    reply->deleteLater();
    if (!m_running || m_inFlight.value(deliveryId) != reply)
        return;
    m_inFlight.remove(deliveryId);
    const auto it = m_loaded.constFind(deliveryId);
    if (it == m_loaded.cend())
        return;
    // A copy on purpose: m_loaded.remove() below must not free what is still read after it.
    const std::shared_ptr<Loaded> loaded = *it; // NOLINT(performance-unnecessary-copy-initialization)
    --m_inFlightPerChannel[loaded->item.channelId];
    ForwardOutcome outcome;
    outcome.channelId = loaded->item.channelId;
    outcome.deliveryId = deliveryId;
    outcome.finishedAt = m_clock->now();
    outcome.latencyMs = latencyMs;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.answer = answer.excerpt;
    if (reply->isOpen())
        outcome.answer += reply->read(kAnswerExcerptBytes - outcome.answer.size());
    if (outcome.succeeded()) {
        m_loaded.remove(deliveryId);
        m_done.append(deliveryId);
        // Only after a run of failures (the bot was down), not after one delivery it refuses
        // among others it takes: that one keeps its backoff.
        if (m_failuresInARow.take(outcome.channelId) >= kRecoveryAfter) {
            m_recovered.insert(outcome.channelId);
            retryNow(outcome.channelId);
        }
        emit forwarded(outcome);
    } else {
        outcome.error = outcome.status > 0
            ? QStringLiteral("HTTP %1: %2").arg(outcome.status).arg(QString::fromUtf8(outcome.answer))
            : answer.pastDeadline
            ? QStringLiteral("no complete answer within %1 s").arg(answer.timeoutMs / 1000.0)
            : reply->errorString();
        ++m_failuresInARow[outcome.channelId];
        m_recovered.remove(outcome.channelId);
        fail(*loaded, std::move(outcome));
    }
    pumpSoon();
}

void Forwarder::retryNow(const QString& channelId)
{
    // The bot answers again: what waits for a retry goes now rather than after a backoff that
    // grew while it was down (after an hour's outage, up to five minutes).
    for (const std::shared_ptr<Loaded>& loaded : std::as_const(m_loaded)) {
        if (loaded->item.channelId == channelId)
            loaded->item.nextAt = {};
    }
}

void Forwarder::readBacklog()
{
    if (m_backlogRead.isValid() && m_backlogRead.elapsed() < kBacklogMs)
        return;
    m_backlogRead.start();
    const Result<QList<ForwardBacklog>> backlog = m_queue->backlog();
    if (backlog.ok())
        emit backlogRead(backlog.value());
    else
        qCWarning(lcWebhook) << "Could not read the forward backlog:" << backlog.error().message;
}

void Forwarder::flushDoneIfDue()
{
    // Each deletion takes the journal's write lock, which the receiver holds through its fsyncs:
    // a few batches a second, rather than one per answer, keep the sending thread from waiting.
    if (int(m_done.size()) < kFlushBatch && m_flushed.isValid() && m_flushed.elapsed() < kFlushMs)
        return;
    flushDone();
    m_flushed.start();
}

void Forwarder::flushDone()
{
    if (m_done.isEmpty() || !m_queue)
        return;
    // Deleted in batches, one transaction for all the answers that came in meanwhile.
    const Status removed = m_queue->remove(m_done);
    if (!removed.ok())
        qCWarning(lcWebhook) << "Could not record forwarded deliveries; they may reach the bot twice:"
                             << removed.error().message;
    m_done.clear();
}

void Forwarder::fail(Loaded& loaded, ForwardOutcome outcome)
{
    ForwardItem& item = loaded.item;
    const QDateTime now = outcome.finishedAt;
    const QString error = outcome.error;
    ++item.attempts;
    emit failed(outcome);
    if (m_policy.expired(item.receivedAt, now)) {
        // The ones of its conversation behind it park too: sent before it, they would overtake.
        QList<qint64> ids;
        for (auto it = m_loaded.begin(); it != m_loaded.end();) {
            if ((*it)->conversation == loaded.conversation && !m_inFlight.contains(it.key())) {
                ids << it.key();
                it = m_loaded.erase(it);
            } else {
                ++it;
            }
        }
        const Status parked = m_queue->park(ids, now, error);
        if (!parked.ok())
            qCWarning(lcWebhook) << "Could not park deliveries the bot refused:" << parked.error().message;
        return;
    }
    item.nextAt = now.addMSecs(m_policy.retryDelayMs(item.attempts, QRandomGenerator::global()->generate()));
    const Status recorded = m_queue->recordFailure(item.deliveryId, item.attempts, item.nextAt, error);
    if (!recorded.ok())
        qCWarning(lcWebhook) << "Could not record a failed forward:" << recorded.error().message;
}

} // namespace ChannelDesk
