// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Numbers the codes of one pairing window: a new value (or new image) is the next code, with an
//! expiry estimate from the gateway's known rotation (WAHA: ~60 s for the first code, ~20 s later).
//! The number of codes in a window is an expectation too: a gateway that goes past it is
//! shown without a maximum from then on.

#include "model/LinkTypes.h"

#include <optional>

namespace ChannelDesk {

class QrWindow
{
public:
    QrWindow(int maxCodes, int firstLifetimeSecs, int laterLifetimeSecs);

    //! The next value starts a new window at code 1.
    void reset();
    //! The gateway entered its QR state: a new window, unless resetUnlessSame() left it open.
    void beginWindow();
    /*!
     * After our connection dropped we cannot tell whether the gateway kept the window: the next
     * value continues it when it is the code already shown, and starts a new window otherwise.
     */
    void resetUnlessSame();
    //! A value from the gateway; returns the code to show when it differs from the current one.
    std::optional<PairingQr> offer(const QString& raw, const QByteArray& image, const QDateTime& now);

    bool shown() const { return m_current.sequence > 0; }
    const PairingQr& current() const { return m_current; }

private:
    int m_maxCodes;
    int m_firstLifetimeSecs;
    int m_laterLifetimeSecs;
    bool m_pendingReset = false;
    PairingQr m_current;
};

} // namespace ChannelDesk
