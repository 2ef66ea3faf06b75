// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Bounds the memory held by request bodies that have not been verified yet, across all
//! connections and per client address, so that many connections sending large unsigned bodies
//! cannot grow the receiver without limit. Thread-safe.

#include <QHash>
#include <QString>

#include <atomic>
#include <mutex>

namespace ChannelDesk {

class BodyMemoryBudget
{
public:
    //! What one body holds; owned by its request, given back with release().
    struct Hold
    {
        qint64 total = 0; //!< counted in the receiver-wide total
        qint64 perAddress = 0; //!< counted against the client's address
    };

    //! Bodies up to this size are counted in the total only (see grow()).
    static constexpr qint64 kUntrackedPerAddressBytes = 64 * 1024;

    BodyMemoryBudget(qint64 totalCap, qint64 perAddressCap);

    //! Counts bytes more for the body of hold, from address. False, and nothing counted, when
    //! either cap would be exceeded.
    bool grow(Hold& hold, const QString& address, qint64 bytes);
    //! Whether a body of bytes from address would fit now; nothing is reserved.
    bool fits(const QString& address, qint64 bytes) const;
    //! Gives back all that hold counts and empties it; harmless on an empty hold.
    void release(Hold& hold, const QString& address);

    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    qint64 heldBy(const QString& address) const;

private:
    const qint64 m_totalCap;
    const qint64 m_perAddressCap;
    std::atomic<qint64> m_total{0};
    mutable std::mutex m_mutex;
    QHash<QString, qint64> m_byAddress;
};

} // namespace ChannelDesk
