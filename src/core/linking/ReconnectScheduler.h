// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The reliability rules shared by all gateway adapters: a transient failure schedules one retry
//! with backoff and says so in the status (attempt N of M, the reason in words); after the last
//! attempt it gives up; an authentication failure is never retried.

#include "linking/Backoff.h"
#include "model/LinkTypes.h"

#include <QObject>

class QTimer;

namespace ChannelDesk {

class ReconnectScheduler : public QObject
{
    Q_OBJECT

public:
    ReconnectScheduler(int initialMs, int maxMs, int maxAttempts, QObject* parent = nullptr);

    /*!
     * A retryable failure. Returns the status to show: Reconnecting with the attempt count while a
     * retry is scheduled (retryDue follows), or Failed/GaveUp once the attempts are used up. Callers
     * check pending() first: failures while a retry is scheduled belong to the same outage.
     */
    LinkStatus failed(const LinkStatus& current, TransportProblem problem, const QString& reason);
    //! HTTP 401/403 or WebSocket 1008: Failed/AuthRejected, and no retry.
    LinkStatus authRejected(const LinkStatus& current, const QString& reason);
    //! A definite refusal (400, 422, …) of a request the link cannot do without: Failed, no retry.
    LinkStatus refused(const LinkStatus& current, const QString& reason);
    //! The gateway answered properly: the next failure starts counting from one again.
    void succeeded();
    void cancel();
    bool pending() const;
    Backoff& backoff() { return m_backoff; }

signals:
    void retryDue();

private:
    Backoff m_backoff;
    QTimer* m_timer;
};

} // namespace ChannelDesk
