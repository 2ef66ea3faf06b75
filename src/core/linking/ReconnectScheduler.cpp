// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/ReconnectScheduler.h"

#include <QTimer>

namespace ChannelDesk {

namespace {

//! Ends the text with a full stop unless it already ends in sentence punctuation, in any script
//! (a translated reason may end in “。” or “？”).
QString sentence(const QString& text)
{
    if (text.isEmpty() || text.back().category() == QChar::Punctuation_Other)
        return text;
    return text + QLatin1Char('.');
}

} // namespace

ReconnectScheduler::ReconnectScheduler(int initialMs, int maxMs, int maxAttempts, QObject* parent)
    : QObject(parent)
    , m_backoff(initialMs, maxMs, maxAttempts)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReconnectScheduler::retryDue);
}

LinkStatus ReconnectScheduler::failed(const LinkStatus& current, TransportProblem problem,
                                      const QString& reason)
{
    LinkStatus status = current;
    if (m_backoff.exhausted()) {
        status.state = LinkState::Failed;
        status.problem = TransportProblem::GaveUp;
        status.reconnectAttempt = m_backoff.attempt();
        status.reason = tr("Gave up after %1 attempts to reach the gateway. Last problem: %2 Retry once the "
                           "gateway is back.")
                            .arg(m_backoff.attempt())
                            .arg(sentence(reason));
        return status;
    }
    const int delay = m_backoff.nextDelay();
    status.state = LinkState::Reconnecting;
    status.problem = problem;
    status.reconnectAttempt = m_backoff.attempt();
    status.reason = tr("%1 Reconnecting: attempt %2 of %3 in %4 s.")
                        .arg(sentence(reason))
                        .arg(m_backoff.attempt())
                        .arg(m_backoff.maxAttempts())
                        .arg(double(delay) / 1000.0, 0, 'f', 1);
    m_timer->start(delay);
    return status;
}

LinkStatus ReconnectScheduler::authRejected(const LinkStatus& current, const QString& reason)
{
    cancel();
    LinkStatus status = current;
    status.state = LinkState::Failed;
    status.problem = TransportProblem::AuthRejected;
    status.reconnectAttempt = 0;
    status.reason = reason;
    return status;
}

LinkStatus ReconnectScheduler::refused(const LinkStatus& current, const QString& reason)
{
    cancel();
    LinkStatus status = current;
    status.state = LinkState::Failed;
    status.problem = TransportProblem::None;
    status.reconnectAttempt = 0;
    status.reason = reason;
    return status;
}

void ReconnectScheduler::succeeded()
{
    m_backoff.reset();
}

void ReconnectScheduler::cancel()
{
    m_timer->stop();
}

bool ReconnectScheduler::pending() const
{
    return m_timer->isActive();
}

} // namespace ChannelDesk
