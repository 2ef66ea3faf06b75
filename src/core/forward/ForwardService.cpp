// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardService.h"

#include "forward/Forwarder.h"

#include <utility>

namespace ChannelDesk {

ForwardService::ForwardService()
    : m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("channeldesk-forward"));
}

ForwardService::~ForwardService()
{
    stop();
}

void ForwardService::start(const QString& journalPath)
{
    if (m_forwarder)
        return;
    auto* forwarder = new Forwarder(journalPath);
    forwarder->moveToThread(&m_thread);
    QObject* context = m_context.get();
    const auto record = [this](const ForwardOutcome& outcome) {
        m_health.record(outcome);
        notify(outcome.channelId);
    };
    QObject::connect(forwarder, &Forwarder::forwarded, context, record);
    QObject::connect(forwarder, &Forwarder::failed, context, record);
    QObject::connect(forwarder, &Forwarder::backlogRead, context,
                     [this](const QList<ForwardBacklog>& backlog) {
                         m_health.setBacklog(backlog);
                         for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
                             notify(it.key());
                     });
    m_thread.start();
    m_forwarder = forwarder;
    QMetaObject::invokeMethod(forwarder, [forwarder, targets = m_targets, policy = m_policy] {
        forwarder->setPolicy(policy);
        forwarder->setTargets(targets);
        forwarder->start();
    });
}

void ForwardService::stop()
{
    if (!m_forwarder)
        return;
    Forwarder* forwarder = m_forwarder.exchange(nullptr);
    QMetaObject::invokeMethod(
        forwarder, [forwarder] { forwarder->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // The thread has ended and shutdown() freed its children there; nothing of it runs any more.
    delete forwarder;
}

void ForwardService::setTargets(const QHash<QString, ForwardTarget>& targets)
{
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!targets.contains(it.key()))
            m_health.setForwarding(it.key(), false);
    }
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        m_health.setForwarding(it.key(), true);
    const QHash<QString, ForwardTarget> previous = std::exchange(m_targets, targets);
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        notify(it.key());
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        notify(it.key());
    if (m_forwarder) {
        Forwarder* forwarder = m_forwarder;
        QMetaObject::invokeMethod(forwarder, [forwarder, targets] { forwarder->setTargets(targets); });
    }
}

void ForwardService::setPolicy(const ForwardPolicy& policy)
{
    m_policy = policy;
    if (Forwarder* forwarder = m_forwarder)
        QMetaObject::invokeMethod(forwarder, [forwarder, policy] { forwarder->setPolicy(policy); });
}

void ForwardService::notify(const QString& channelId) const
{
    if (m_observer)
        m_observer(channelId);
}

void ForwardService::wake()
{
    // The receiver stops before the forwarder (ReceiverController), so a forwarder read here is
    // not deleted while the call is queued.
    if (Forwarder* forwarder = m_forwarder)
        QMetaObject::invokeMethod(forwarder, [forwarder] { forwarder->wake(); });
}

} // namespace ChannelDesk
