// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs a Forwarder on a thread of its own, so that neither the receiver nor the window ever wait
//! for a bot. Everything here is called from the owner's thread, except wake() (any thread).

#include "forward/ForwardPolicy.h"
#include "forward/ForwardTarget.h"

#include <QHash>
#include <QString>
#include <QThread>

#include <atomic>

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

private:
    QThread m_thread;
    std::atomic<Forwarder*> m_forwarder{nullptr};
    QHash<QString, ForwardTarget> m_targets;
    ForwardPolicy m_policy;
};

} // namespace ChannelDesk
