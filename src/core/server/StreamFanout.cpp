// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StreamFanout.h"

#include "server/StreamConsumer.h"
#include "server/WebSocketFrames.h"
#include "store/Database.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {

StreamFanout::StreamFanout(QString databasePath, const StreamLimits& limits)
    : m_path(databasePath)
    , m_limits(limits)
    , m_log(std::move(databasePath))
    , m_pollTimer(new QTimer(this))
    , m_housekeepingTimer(new QTimer(this))
    , m_pruneTimer(new QTimer(this))
{
    connect(m_pollTimer, &QTimer::timeout, this, &StreamFanout::poll);
    connect(m_housekeepingTimer, &QTimer::timeout, this, &StreamFanout::housekeep);
    connect(m_pruneTimer, &QTimer::timeout, this, &StreamFanout::prune);
}

StreamFanout::~StreamFanout()
{
    // Consumers release their sockets as they are deleted with us.
    for (StreamConsumer* consumer : std::as_const(m_consumers))
        disconnect(consumer, nullptr, this, nullptr);
}

Status StreamFanout::open()
{
    const auto latest = m_log.latestCursor();
    if (!latest.ok())
        return latest.error();
    m_live = latest.value();
    m_open = true;
    m_pollTimer->start(m_limits.pollIntervalMs);
    m_housekeepingTimer->start(qBound(10, m_limits.pingIntervalMs / 4, 1000));
    m_pruneTimer->start(m_limits.pruneIntervalMs);
    prune();
    return Done{};
}

void StreamFanout::shutDown()
{
    m_open = false;
    m_pollTimer->stop();
    m_housekeepingTimer->stop();
    m_pruneTimer->stop();
    const QList<StreamConsumer*> consumers = m_consumers;
    for (StreamConsumer* consumer : consumers)
        consumer->closeNow(1001, QByteArrayLiteral("server stopping"));
    qDeleteAll(m_consumers);
    m_consumers.clear();
    updateCount();
    Database::close(m_path);
}

void StreamFanout::adopt(int fd, const QByteArray& alreadyRead, std::function<void()> release,
                         const QString& keyName, std::optional<qint64> after)
{
    if (!m_open) {
        if (release)
            release();
        return;
    }
    const bool full = m_openCount.load() >= m_limits.maxConsumers;
    auto* consumer = new StreamConsumer(fd, std::move(release), keyName, m_limits, this);
    connect(consumer, &StreamConsumer::finished, this, &StreamFanout::remove);
    connect(consumer, &StreamConsumer::drained, this, &StreamFanout::replay);
    m_consumers.append(consumer);
    consumer->start(alreadyRead);
    if (!consumer->isOpen())
        return;
    if (full) {
        consumer->closeWith(1013, QByteArrayLiteral("too many streams"));
        return;
    }
    updateCount();
    // Send what is new to everyone else first, so that m_live is the store's newest cursor.
    poll();
    if (!after) {
        consumer->position = m_live;
        consumer->caughtUp = true;
        return;
    }
    consumer->position = qMin(*after, m_live);
    const auto oldest = m_log.oldestCursor();
    if (!oldest.ok()) {
        consumer->closeWith(1011, QByteArrayLiteral("cannot read the event store"));
        return;
    }
    // What the consumer missed was pruned: say so, and go on from the oldest event kept.
    const qint64 firstKept = oldest.value() > 0 ? oldest.value() : m_live + 1;
    if (consumer->position < firstKept - 1) {
        consumer->send(
            WebSocketFrames::text("{\"type\":\"reset\",\"oldest\":" + QByteArray::number(firstKept) + '}'));
        consumer->position = firstKept - 1;
    }
    replay(consumer);
}

void StreamFanout::replay(StreamConsumer* consumer)
{
    while (consumer->isOpen() && !consumer->caughtUp && consumer->pendingBytes() < m_limits.replayLowWater) {
        if (consumer->position >= m_live) {
            consumer->caughtUp = true;
            return;
        }
        const auto page = m_log.after(consumer->position, m_limits.replayPageSize);
        if (!page.ok()) {
            consumer->closeWith(1011, QByteArrayLiteral("cannot read the event store"));
            return;
        }
        if (page.value().isEmpty()) {
            // Pruned while replaying: nothing between here and m_live is left.
            consumer->position = m_live;
            continue;
        }
        for (const StreamEvent& event : page.value()) {
            // Newer events go out through the live fan-out once this consumer has caught up.
            if (event.cursor > m_live)
                break;
            if (!consumer->send(WebSocketFrames::text(event.toWire()), event.cursor))
                return;
            consumer->position = event.cursor;
            // Stop within the page too: the rest comes when the queue drained (see drained()).
            if (consumer->pendingBytes() >= m_limits.replayLowWater)
                return;
        }
    }
}

void StreamFanout::poll()
{
    nudgeQueued = false;
    if (!m_open)
        return;
    const bool anyLive = std::any_of(m_consumers.cbegin(), m_consumers.cend(),
                                     [](const StreamConsumer* c) { return c->caughtUp && c->isOpen(); });
    if (!anyLive) {
        // Nobody to send to: skip ahead instead of reading rows (those still replaying read
        // up to m_live themselves).
        const auto latest = m_log.latestCursor();
        if (latest.ok())
            m_live = latest.value();
        return;
    }
    for (;;) {
        const auto page = m_log.after(m_live, m_limits.replayPageSize);
        if (!page.ok()) {
            qCWarning(lcStore) << "Cannot read the event stream:" << page.error().message;
            return;
        }
        for (const StreamEvent& event : page.value()) {
            QByteArray frame;
            for (StreamConsumer* consumer : std::as_const(m_consumers)) {
                if (!consumer->caughtUp || !consumer->isOpen() || consumer->position >= event.cursor)
                    continue;
                if (frame.isNull())
                    frame = liveFrame(event);
                if (consumer->send(frame, event.cursor))
                    consumer->position = event.cursor;
            }
            m_live = event.cursor;
        }
        if (page.value().size() < m_limits.replayPageSize)
            return;
    }
}

QByteArray StreamFanout::liveFrame(const StreamEvent& event) const
{
    if (event.type != QLatin1String("qr") || !m_qrSource)
        return WebSocketFrames::text(event.toWire());
    // The QR value is a pairing credential: never stored, added only while it is still current.
    QJsonObject body = QJsonDocument::fromJson(event.body).object();
    const std::optional<LiveQr> current = m_qrSource(event.channelId);
    if (!current || current->value.isEmpty() || current->serial != body.value(QLatin1String("code")).toInt())
        return WebSocketFrames::text(event.toWire());
    body.insert(QStringLiteral("value"), current->value);
    StreamEvent withValue = event;
    withValue.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return WebSocketFrames::text(withValue.toWire());
}

void StreamFanout::dropKey(const QString& keyName)
{
    const QList<StreamConsumer*> consumers = m_consumers;
    for (StreamConsumer* consumer : consumers) {
        if (consumer->isOpen() && consumer->keyName() == keyName)
            consumer->closeWith(1008, QByteArrayLiteral("key revoked"), true);
    }
    updateCount();
}

void StreamFanout::housekeep()
{
    const QList<StreamConsumer*> consumers = m_consumers;
    for (StreamConsumer* consumer : consumers) {
        if (!consumer->isOpen())
            continue;
        if (consumer->msSinceHeard() >= m_limits.idleTimeoutMs)
            consumer->closeWith(1001, QByteArrayLiteral("no answer to pings"), true);
        else if (consumer->msSincePing() >= m_limits.pingIntervalMs)
            consumer->ping();
    }
    updateCount();
}

void StreamFanout::prune()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-m_limits.keepDays);
    const auto pruned = m_log.prune(m_limits.keepRows, before);
    if (!pruned.ok())
        qCWarning(lcStore) << "Cannot prune the event stream:" << pruned.error().message;
}

void StreamFanout::remove(StreamConsumer* consumer)
{
    m_consumers.removeOne(consumer);
    consumer->deleteLater();
    updateCount();
}

void StreamFanout::updateCount()
{
    int open = 0;
    for (const StreamConsumer* consumer : std::as_const(m_consumers))
        open += consumer->isOpen() ? 1 : 0;
    m_openCount = open;
    if (m_consumers.isEmpty())
        m_pollTimer->stop();
    else if (m_open && !m_pollTimer->isActive())
        m_pollTimer->start(m_limits.pollIntervalMs);
}

} // namespace ChannelDesk
