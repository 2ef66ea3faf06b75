// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

//! Something the receiver saw happen to a channel: a verification attempt, a rejected POST, a
//! value-level error from Meta. Shown on the channel's page. Repeats within one minute (same
//! channel, kind, reason and address) are one event with a count: the first request's time and
//! detail, and the last one's.
struct ChannelEvent
{
    QString channelId; //!< may be empty when no channel matched
    QDateTime at;
    QString kind; //!< "verification", "rejected", "meta-error"
    QString reason; //!< machine-readable: verified, wrong-verify-token, bad-signature, …
    QString detail; //!< human-readable, secrets masked
    QString remote; //!< client address
    int count = 1; //!< requests this event stands for
    QDateTime lastAt = {}; //!< the last of them; invalid when count is 1
    QString lastDetail = {};

    static constexpr qint64 kMinuteMs = 60 * 1000;

    //! Whether other counts as a repeat of this event: same channel, kind, reason and address,
    //! first seen in the same minute.
    bool sameBucket(const ChannelEvent& other) const
    {
        return channelId == other.channelId && kind == other.kind && reason == other.reason
            && remote == other.remote
            && at.toMSecsSinceEpoch() / kMinuteMs == other.at.toMSecsSinceEpoch() / kMinuteMs;
    }
    //! Adds other's requests: its count, and its last time and detail if they are newer.
    void merge(const ChannelEvent& other)
    {
        count += other.count;
        const QDateTime otherLast = other.lastAt.isValid() ? other.lastAt : other.at;
        if (!lastAt.isValid() || otherLast >= lastAt) {
            lastAt = otherLast;
            lastDetail = other.lastDetail.isEmpty() ? other.detail : other.lastDetail;
        }
    }
};

} // namespace ChannelDesk
