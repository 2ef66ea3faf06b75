// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One send in the persisted outbound queue, as the store and the queue see it.

#include "model/OutboundContent.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace ChannelDesk {

//! Why a send was refused or failed, in the stable words the CLI prints and scripts match.
enum class SendCode
{
    Ok,
    NotConnected,
    RateLimited,
    InvalidNumber,
    WindowClosed,
    OptedOut,
    SendFailed,
    AuthFailed,
    NotAllowed, //!< WeCom: the recipient is not on the channel's allowlist
};

struct OutboundItem
{
    qint64 id = 0;
    QString channelId;
    QString peer;
    OutboundContent content;
    //! queued, sending, accepted (Meta took it), sent, delivered, read, failed, unknown (the
    //! request timed out or the process died during it: Meta may or may not have taken it).
    QString state;
    QString messageId; //!< Meta's wamid once accepted; "local-<id>" before
    int attempts = 0;
    QDateTime nextAttemptAt;
    //! Meta's error code, or kNetworkFailure when the request never got an answer
    int errorCode = 0;
    QString error; //!< Meta's or the network's own words, with the decoder's explanation
    QString source; //!< gui, cli, test-message
    QString sentBy; //!< an API key's name or the operator's login name; empty when not known
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt;
    //! Meta's delivery reports so far (sent, delivered, read, failed) with their times, oldest first.
    QList<QPair<QString, QDateTime>> statusHistory;

    static constexpr int kNetworkFailure = -1;

    bool isFinal() const;
    //! The stable code for a failed or unknown item (AUTH_FAILED for 190, WINDOW_CLOSED for
    //! 131047…); Ok for any other state. The CLI, the API and the window all read failures this way.
    SendCode code() const;
    static QString codeName(SendCode code);
};

} // namespace ChannelDesk
