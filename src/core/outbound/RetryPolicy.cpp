// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace ChannelDesk {
namespace {

constexpr qint64 second = 1000;

// A well-mixed 32-bit hash (the "lowbias32" finaliser) so neighbouring seeds and attempts give
// unrelated jitter, without the global random generator that would make tests flaky.
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

RetryDecision retry(qint64 delayMs)
{
    RetryDecision decision;
    decision.action = RetryDecision::Action::Retry;
    decision.delayMs = delayMs;
    return decision;
}

RetryDecision fail()
{
    return RetryDecision{};
}

RetryDecision unknown()
{
    RetryDecision decision;
    decision.action = RetryDecision::Action::Unknown;
    return decision;
}

// cloud-api.md §7: the bold rows of the error table.
RetryDecision decideApi(const GraphError& error, int attempt, quint32 seed)
{
    switch (error.code) {
    case 130429: { // throughput: slow the whole channel down
        RetryDecision decision
            = retry(RetryPolicy::backoffMs(2 * second, RetryPolicy::MaxDelayMs, attempt, seed));
        decision.pauseChannel = true;
        return decision;
    }
    case 131056: { // pair rate limit: Meta asks for 4^X seconds, other recipients are unaffected
        const double seconds = std::pow(4.0, double(attempt - 1));
        RetryDecision decision = retry(std::min<qint64>(qint64(seconds * second), RetryPolicy::MaxDelayMs));
        decision.recipientOnly = true;
        return decision;
    }
    case 131048: { // spam rate limit: do not hammer
        RetryDecision decision = retry(RetryPolicy::backoffMs(
            RetryPolicy::SpamLimitBaseMs, RetryPolicy::SpamLimitMaxDelayMs, attempt, seed));
        decision.pauseChannel = true;
        return decision;
    }
    case 4:
    case 17:
    case 613:
    case 80007:
    case 80008: // app / WABA / Graph call rate limits
        return retry(RetryPolicy::backoffMs(60 * second, RetryPolicy::MaxDelayMs, attempt, seed));
    case 1:
    case 2:
    case 131000:
    case 131016:
    case 133004: // unknown / temporary / service unavailable
        return retry(RetryPolicy::backoffMs(2 * second, RetryPolicy::MaxDelayMs, attempt, seed));
    case 131057: // maintenance, usually over within a minute
        return retry(60 * second);
    default:
        break;
    }
    if (error.transient)
        return retry(RetryPolicy::backoffMs(2 * second, RetryPolicy::MaxDelayMs, attempt, seed));
    return fail();
}

} // namespace

qint64 RetryPolicy::backoffMs(qint64 baseMs, qint64 capMs, int attempt, quint32 jitterSeed)
{
    // Doubling in floating point cannot overflow for any attempt count.
    const double grown = double(baseMs) * std::pow(2.0, double(std::max(0, attempt - 1)));
    const qint64 ceiling = qint64(std::min(grown, double(capMs)));
    // Equal jitter: never less than half the ceiling, so a rate-limited channel really waits, but
    // spread enough that queued messages do not all retry in the same instant.
    const quint32 hash = mix(jitterSeed ^ mix(quint32(attempt) + 0x9e3779b9U));
    const double unit = double(hash) / double(0xffffffffU);
    const qint64 half = ceiling / 2;
    return half + qint64(std::llround(unit * double(ceiling - half)));
}

RetryDecision RetryPolicy::decide(const GraphError& error, int attempt, quint32 jitterSeed)
{
    switch (error.kind) {
    case GraphError::Kind::Timeout:
    case GraphError::Kind::Malformed:
        // Meta may have accepted the message (a 2xx we could not read certainly did); sending it
        // again could deliver it twice. The status webhook tells what happened.
        return unknown();
    case GraphError::Kind::None:
    case GraphError::Kind::Tls:
    case GraphError::Kind::Cancelled:
        return fail();
    default:
        break;
    }
    if (attempt >= MaxAttempts)
        return fail();
    switch (error.kind) {
    case GraphError::Kind::Api:
        return decideApi(error, attempt, jitterSeed);
    case GraphError::Kind::Http:
        if (error.httpStatus >= 500)
            return retry(backoffMs(2 * second, MaxDelayMs, attempt, jitterSeed));
        // A proxy or load balancer rate-limiting us without Meta's error object.
        if (error.httpStatus == 429)
            return retry(backoffMs(60 * second, MaxDelayMs, attempt, jitterSeed));
        return fail();
    case GraphError::Kind::Network:
        return retry(backoffMs(2 * second, MaxDelayMs, attempt, jitterSeed));
    default:
        return fail();
    }
}

} // namespace ChannelDesk
