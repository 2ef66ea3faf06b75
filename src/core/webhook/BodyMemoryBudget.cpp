// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/BodyMemoryBudget.h"

namespace ChannelDesk {

BodyMemoryBudget::BodyMemoryBudget(qint64 totalCap, qint64 perAddressCap)
    : m_totalCap(totalCap)
    , m_perAddressCap(perAddressCap)
{ }

bool BodyMemoryBudget::grow(Hold& hold, const QString& address, qint64 bytes)
{
    // The receiver serves 20-30k small deliveries a second on two threads, so the common body
    // costs one atomic add per chunk and never the mutex. The total is exact; the per-address map
    // is only touched once a body passes kUntrackedPerAddressBytes, and from then on it counts the
    // whole body. What escapes the per-address count is at most kUntrackedPerAddressBytes per
    // connection, i.e. bounded by the per-address connection limit (and still within the total).
    const qint64 total = m_total.fetch_add(bytes, std::memory_order_relaxed) + bytes;
    if (total > m_totalCap) {
        m_total.fetch_sub(bytes, std::memory_order_relaxed);
        return false;
    }
    const qint64 body = hold.total + bytes;
    if (body > kUntrackedPerAddressBytes) {
        // On crossing, the part received so far is charged too.
        const qint64 charge = body - hold.perAddress;
        std::lock_guard lock(m_mutex);
        qint64& used = m_byAddress[address];
        if (used + charge > m_perAddressCap) {
            if (used == 0)
                m_byAddress.remove(address);
            m_total.fetch_sub(bytes, std::memory_order_relaxed);
            return false;
        }
        used += charge;
        hold.perAddress = body;
    }
    hold.total = body;
    return true;
}

bool BodyMemoryBudget::fits(const QString& address, qint64 bytes) const
{
    if (m_total.load(std::memory_order_relaxed) + bytes > m_totalCap)
        return false;
    if (bytes <= kUntrackedPerAddressBytes)
        return true;
    std::lock_guard lock(m_mutex);
    return m_byAddress.value(address) + bytes <= m_perAddressCap;
}

void BodyMemoryBudget::release(Hold& hold, const QString& address)
{
    if (hold.total != 0)
        m_total.fetch_sub(hold.total, std::memory_order_relaxed);
    if (hold.perAddress != 0) {
        std::lock_guard lock(m_mutex);
        const auto it = m_byAddress.find(address);
        if (it != m_byAddress.end()) {
            *it -= hold.perAddress;
            if (*it <= 0)
                m_byAddress.erase(it);
        }
    }
    hold = {};
}

qint64 BodyMemoryBudget::heldBy(const QString& address) const
{
    std::lock_guard lock(m_mutex);
    return m_byAddress.value(address);
}

} // namespace ChannelDesk
