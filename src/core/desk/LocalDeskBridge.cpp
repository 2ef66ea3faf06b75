// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LocalDesk.h"

#include "forward/ForwardQueue.h"
#include "util/DataDirectory.h"
#include "util/DiskUsageProbe.h"
#include "webhook/ReceiverController.h"

#include <QtConcurrent>

namespace ChannelDesk {

namespace {

//! How often botHealthChanged() may be emitted per channel: a bot taking 2,000 deliveries a
//! second reports as many outcomes, which no view needs to hear about one by one.
constexpr int kBotHealthCoalesceMs = 500;

} // namespace

void LocalDesk::watchBotHealth()
{
    m_botHealthTimer.setSingleShot(true);
    m_botHealthTimer.setInterval(kBotHealthCoalesceMs);
    connect(&m_botHealthTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> dirty = std::exchange(m_botHealthDirty, {});
        for (const QString& channelId : dirty)
            emit botHealthChanged(channelId);
    });
    m_receiver->forwardService().setHealthObserver([this](const QString& channelId) {
        m_botHealthDirty.insert(channelId);
        if (!m_botHealthTimer.isActive())
            m_botHealthTimer.start();
    });
}

BotHealth LocalDesk::botHealth(const QString& channelId) const
{
    if (!m_receiver) {
        BotHealth health;
        health.state = BotHealth::State::Paused;
        return health;
    }
    return m_receiver->forwardService().health(channelId);
}

QFuture<Result<QList<BotMinute>>> LocalDesk::botHistory(const QString& channelId)
{
    const QList<BotMinute> minutes
        = m_receiver ? m_receiver->forwardService().history(channelId) : QList<BotMinute>();
    return QtFuture::makeReadyFuture(Result<QList<BotMinute>>(minutes));
}

QFuture<Result<qint64>> LocalDesk::retryParkedForwards(const QString& channelId)
{
    // The journal is a file of its own with its own connection per thread; the running forwarder
    // notices the change through the queue's generation and is woken to look at once.
    const QString path = DataDirectory::journalPath(m_dataDirectory);
    QFuture<Result<qint64>> retried = QtConcurrent::run([path, channelId]() -> Result<qint64> {
        ForwardQueue queue(path);
        if (Status opened = queue.open(); !opened.ok())
            return opened.error();
        return queue.retryParked(channelId);
    });
    if (m_receiver) {
        QPointer<ReceiverController> receiver = m_receiver;
        return retried.then(this, [receiver](const Result<qint64>& result) {
            if (receiver && result.ok())
                receiver->forwardService().wake();
            return result;
        });
    }
    return retried;
}

QFuture<DiskUsage> LocalDesk::diskUsage()
{
    // A directory listing and a statfs: off the GUI thread all the same, the disk may be slow.
    return QtConcurrent::run(
        [dataDirectory = m_dataDirectory] { return DiskUsageProbe::measure(dataDirectory); });
}

} // namespace ChannelDesk
