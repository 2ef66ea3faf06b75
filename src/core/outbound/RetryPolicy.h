// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Decides what the outbound queue does after a failed send: retry after a delay, give up, or mark
//! the message "unknown" when Meta may have accepted it (timeouts: the API has no idempotency key).

#include "model/GraphError.h"

#include <QtGlobal>

namespace ChannelDesk {

struct RetryDecision
{
    enum class Action
    {
        Retry,
        Fail,
        Unknown, //!< do not resend; the status webhook decides
    };

    Action action = Action::Fail;
    qint64 delayMs = 0; //!< for Retry
    bool recipientOnly = false; //!< only sends to this recipient wait (pair rate limit)
    bool pauseChannel = false; //!< slow down or pause the whole channel's queue
};

class RetryPolicy
{
public:
    static constexpr int MaxAttempts = 5;
    static constexpr qint64 MaxDelayMs = 5 * 60 * 1000;
    //! Spam rate limit (131048): Meta asks not to hammer, so back off far longer.
    static constexpr qint64 SpamLimitBaseMs = 10 * 60 * 1000;
    static constexpr qint64 SpamLimitMaxDelayMs = 60 * 60 * 1000;

    //! attempt = 1 for the first failure. Retries 130429 (backoff from 2 s, pauseChannel),
    //! 131056 (recipientOnly, 4^(attempt-1) s), 80007/4/613/17/80008 (backoff from 60 s),
    //! 1/2/131000/131016/133004 (backoff from 2 s), 131057 (60 s), 131048 (from 10 min, pauseChannel),
    //! any is_transient, HTTP 5xx/429 without Meta's error object and network errors. Timeouts and
    //! 2xx answers that cannot be read → Unknown. Anything else, and any failure at attempt
    //! MaxAttempts or later → Fail. Backoff doubles per attempt with "equal jitter" (delay in
    //! [ceiling/2, ceiling]), derived deterministically from jitterSeed and the attempt.
    static RetryDecision decide(const GraphError& error, int attempt, quint32 jitterSeed = 0);

    //! The backoff delay before retrying after failure `attempt` (see decide()).
    static qint64 backoffMs(qint64 baseMs, qint64 capMs, int attempt, quint32 jitterSeed);
};

} // namespace ChannelDesk
