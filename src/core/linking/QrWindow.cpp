// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/QrWindow.h"

namespace ChannelDesk {

QrWindow::QrWindow(int maxCodes, int firstLifetimeSecs, int laterLifetimeSecs)
    : m_maxCodes(maxCodes)
    , m_firstLifetimeSecs(firstLifetimeSecs)
    , m_laterLifetimeSecs(laterLifetimeSecs)
{ }

void QrWindow::reset()
{
    m_current = {};
    m_pendingReset = false;
}

void QrWindow::beginWindow()
{
    if (!m_pendingReset)
        reset();
}

void QrWindow::resetUnlessSame()
{
    m_pendingReset = true;
}

std::optional<PairingQr> QrWindow::offer(const QString& raw, const QByteArray& image, const QDateTime& now)
{
    if (raw.isEmpty() && image.isEmpty())
        return std::nullopt;
    const bool same = m_current.sequence > 0 && raw == m_current.raw && image == m_current.image;
    if (m_pendingReset) {
        m_pendingReset = false;
        if (!same)
            m_current = {};
    }
    if (same)
        return std::nullopt;
    PairingQr next;
    next.raw = raw;
    next.image = image;
    next.sequence = m_current.sequence + 1;
    // The maximum is what the gateway is known to do; one that rotates further proves it wrong
    // ("Code 8 of 6"), so from then on no maximum is claimed.
    if (m_maxCodes > 0 && next.sequence > m_maxCodes)
        m_maxCodes = 0;
    next.maxCodes = m_maxCodes;
    next.receivedAt = now;
    next.expiresAt = now.addSecs(next.sequence == 1 ? m_firstLifetimeSecs : m_laterLifetimeSecs);
    m_current = next;
    return m_current;
}

} // namespace ChannelDesk
