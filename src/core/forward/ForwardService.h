// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs a Forwarder on a thread of its own, so that neither the receiver nor the window ever wait
//! for a bot. Everything here is called from the owner's thread, except wake() (any thread).
//! It keeps each channel's BotHealth on the owner's thread, fed by the forwarder's outcomes and
//! backlog through queued signals, so health() never waits for the forwarder or the journal.

#include "forward/BotHealthTracker.h"
#include "forward/ForwardPolicy.h"
#include "forward/ForwardTarget.h"

#include <QHash>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace ChannelDesk {

class Forwarder;

class ForwardService
{
public:
    ForwardService();
    ~ForwardService();
    ForwardService(const ForwardService&) = delete;
    ForwardService& operator=(const ForwardService&) = delete;

    //! Starts forwarding from the journal at journalPath; again after stop() with another path.
    void start(const QString& journalPath);
    //! Aborts what is in flight (it is sent again at the next start) and stops the thread.
    void stop();
    bool isRunning() const { return m_forwarder != nullptr; }
    void setTargets(const QHash<QString, ForwardTarget>& targets);
    //! Kept across stop() and start(); a running forwarder uses it from its next failure on.
    void setPolicy(const ForwardPolicy& policy);
    //! Thread-safe: the journal has new rows.
    void wake();
    //! The bot's health as last reported; a channel without a forward target is paused.
    BotHealth health(const QString& channelId) const { return m_health.health(channelId); }
    QList<BotMinute> history(const QString& channelId) const { return m_health.history(channelId); }
    //! Called on the owner's thread with a channel whose health may have changed (after each
    //! outcome, and for every forwarding channel when the backlog was read), so callers coalesce.
    void setHealthObserver(std::function<void(const QString& channelId)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    void notify(const QString& channelId) const;

    QThread m_thread;
    std::atomic<Forwarder*> m_forwarder{nullptr};
    QHash<QString, ForwardTarget> m_targets;
    ForwardPolicy m_policy;
    BotHealthTracker m_health;
    std::function<void(const QString&)> m_observer;
    //! Receives the forwarder's signals on the owner's thread; declared last so that it goes
    //! first, with the events still queued for it, before what its lambdas use.
    std::unique_ptr<QObject> m_context;
};

} // namespace ChannelDesk
