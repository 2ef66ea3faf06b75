// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns the gateway's bare session states into LinkStatus, using what came before: a QR that
//! was shown and is followed by "starting" means the phone scanned it; a link that existed and is
//! now asking for a scan means it is gone (after a gateway restart, or removed on the phone).

#include "model/LinkTypes.h"

#include <QCoreApplication>

namespace ChannelDesk {

class LinkStateTracker
{
    Q_DECLARE_TR_FUNCTIONS(LinkStateTracker)

public:
    struct Step
    {
        LinkStatus status;
        bool newWindow = false; //!< the gateway just entered its QR state: codes start over
    };

    /*!
     * The gateway reported its session state. base is the plain mapping of its word (WAHA's
     * SCAN_QR_CODE → AwaitingScan, …), qrShown whether a code of the current window was shown,
     * detail the gateway's own explanation if it gave one.
     */
    Step gatewayReported(LinkState base, const QString& word, bool qrShown, const QString& detail = {});
    //! Our connection to the gateway dropped: what it says next may follow a restart.
    void transportLost();
    LinkStatus pairingCodeIssued();
    //! The admin asked for a new pairing window: a following "starting" is not a scan.
    void newPairingWindow();
    LinkStatus loggedOut(const QString& reason);
    void setSelf(const QString& id, const QString& name);

    const LinkStatus& current() const { return m_status; }
    //! The gateway last said the phone is linked (also while reconnecting or stopped since).
    bool isLinked() const { return m_linked; }
    bool codeIssued() const { return m_codeIssued; }

private:
    QString reasonFor(LinkState state, LinkState base, bool qrShown, const QString& word) const;

    LinkStatus m_status;
    LinkState m_lastBase = LinkState::Unknown;
    bool m_linked = false;
    bool m_droppedSinceLinked = false;
    bool m_needsNewScan = false;
    bool m_codeIssued = false;
    QString m_lostReason;
    QString m_selfId;
    QString m_selfName;
};

} // namespace ChannelDesk
