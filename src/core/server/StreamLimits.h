// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How much the server API's event stream lets its consumers take: memory per consumer, number
//! of consumers, keep-alive timing and how long events are kept for replay.

#include <QtGlobal>

namespace ChannelDesk {

struct StreamLimits
{
    //! Unsent bytes a consumer may have queued before it is cut off (close 1008).
    qint64 maxPendingBytes = 8 * 1024 * 1024;
    //! Replay from the store continues only while a consumer has less than this queued.
    qint64 replayLowWater = 256 * 1024;
    int replayPageSize = 500;
    //! Further streams are closed at once with 1013.
    int maxConsumers = 256;
    int pingIntervalMs = 30 * 1000;
    //! A consumer from whom nothing (not even a pong) came for this long is dropped.
    int idleTimeoutMs = 90 * 1000;
    //! How often the store is checked for events that no nudge announced (other processes).
    int pollIntervalMs = 5;
    qint64 keepRows = 1000 * 1000;
    int keepDays = 7;
    int pruneIntervalMs = 60 * 60 * 1000;
    //! How long a closing consumer's close frame may take to get out before it is released anyway.
    int closeGraceMs = 2000;
};

} // namespace ChannelDesk
