// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/LinkStateTracker.h"
#include "linking/GatewayAdapter.h"

namespace ChannelDesk {

LinkStateTracker::Step LinkStateTracker::gatewayReported(LinkState base, const QString& word, bool qrShown,
                                                         const QString& detail)
{
    Step step;
    const LinkState previous = m_lastBase;
    const LinkState shown = m_status.state;
    m_lastBase = base;

    LinkState state = base;
    switch (base) {
    case LinkState::AwaitingScan:
        step.newWindow = previous != LinkState::AwaitingScan;
        if (m_linked) {
            // A session that was linked only asks for a scan again when WhatsApp dropped the
            // device: the gateway lost its auth data across a restart (devlikeapro/waha#1020), or
            // the device was removed on the phone.
            m_linked = false;
            m_needsNewScan = true;
            m_lostReason = m_droppedSinceLinked
                ? tr("The gateway restarted and the link is gone: scan again")
                : tr("WhatsApp ended the link (removed on the phone?): scan again");
        }
        if (m_codeIssued)
            state = LinkState::AwaitingCode;
        break;
    case LinkState::Starting:
        // WhatsApp restarts the connection right after a successful scan (the "515 restart"), so
        // starting after a shown code is the phone confirming, not a fresh start.
        if ((previous == LinkState::AwaitingScan && (qrShown || m_codeIssued))
            || shown == LinkState::Authenticating)
            state = LinkState::Authenticating;
        else if (previous == LinkState::Connected
                 || (shown == LinkState::Reconnecting && previous == LinkState::Starting))
            state = LinkState::Reconnecting;
        break;
    case LinkState::Connected:
        m_linked = true;
        m_droppedSinceLinked = false;
        m_needsNewScan = false;
        m_codeIssued = false;
        break;
    case LinkState::LoggedOut:
        m_linked = false;
        m_needsNewScan = false;
        m_codeIssued = false;
        break;
    default:
        break;
    }

    LinkStatus status;
    status.state = state;
    status.gatewayState = word;
    status.needsNewScan = m_needsNewScan;
    status.selfId = m_selfId;
    status.selfName = m_selfName;
    status.reason = reasonFor(state, base, qrShown, word);
    if (!detail.isEmpty())
        status.reason += QLatin1String(" (") + tr("the gateway says: %1").arg(detail) + QLatin1Char(')');
    if (base == LinkState::Failed)
        m_codeIssued = false;
    m_status = status;
    step.status = status;
    return step;
}

QString LinkStateTracker::reasonFor(LinkState state, LinkState base, bool qrShown, const QString& word) const
{
    if (m_needsNewScan && (state == LinkState::AwaitingScan || state == LinkState::AwaitingCode))
        return m_lostReason;
    switch (state) {
    case LinkState::AwaitingScan:
        return tr("Scan the code with WhatsApp on the phone: Settings → Linked devices → Link a device");
    case LinkState::AwaitingCode:
        return tr("Enter the pairing code on the phone: Linked devices → Link with phone number instead");
    case LinkState::Authenticating:
        return tr("Scanned, confirming on the phone");
    case LinkState::Starting:
        return tr("The gateway is starting the session");
    case LinkState::Reconnecting:
        return tr("The gateway is reconnecting to WhatsApp");
    case LinkState::Connected:
        if (!m_selfName.isEmpty())
            return tr("Linked as %1 (%2)").arg(m_selfName, normalisePeer(m_selfId));
        return m_selfId.isEmpty() ? tr("Linked") : tr("Linked as %1").arg(normalisePeer(m_selfId));
    case LinkState::Failed:
        if (m_codeIssued)
            return tr("The pairing code was not entered in time: start a new pairing window");
        if (qrShown && base == LinkState::Failed)
            return tr("All pairing codes expired: start a new pairing window");
        return tr("The session failed on the gateway: start a new pairing window; if that does not help, "
                  "log out and link again");
    case LinkState::Stopped:
        return tr("The session is stopped on the gateway");
    case LinkState::LoggedOut:
        return tr("Logged out: link again with a new scan");
    case LinkState::Unknown:
        return tr("The gateway reports \"%1\"").arg(word);
    }
    return {};
}

void LinkStateTracker::transportLost()
{
    m_lastBase = LinkState::Unknown;
    if (m_linked)
        m_droppedSinceLinked = true;
}

LinkStatus LinkStateTracker::pairingCodeIssued()
{
    m_codeIssued = true;
    m_status.state = LinkState::AwaitingCode;
    m_status.reason = reasonFor(LinkState::AwaitingCode, m_lastBase, false, m_status.gatewayState);
    return m_status;
}

void LinkStateTracker::newPairingWindow()
{
    m_lastBase = LinkState::Unknown;
    m_codeIssued = false;
    if (m_status.state == LinkState::Authenticating)
        m_status.state = LinkState::Starting;
}

LinkStatus LinkStateTracker::loggedOut(const QString& reason)
{
    m_linked = false;
    m_needsNewScan = false;
    m_codeIssued = false;
    m_lastBase = LinkState::Unknown;
    m_status.state = LinkState::LoggedOut;
    m_status.needsNewScan = false;
    m_status.reason = reason;
    return m_status;
}

void LinkStateTracker::setSelf(const QString& id, const QString& name)
{
    m_selfId = id;
    m_selfName = name;
    m_status.selfId = id;
    m_status.selfName = name;
}

} // namespace ChannelDesk
