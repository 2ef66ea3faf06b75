// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where one channel's accepted deliveries go: its forward_url, how long the bot may take, and how
//! the body is signed. Signed at send time, so a regenerated secret applies to waiting rows too.

#include <QByteArray>
#include <QUrl>

namespace ChannelDesk {

struct ForwardTarget
{
    QUrl url; //!< exactly as configured
    int timeoutMs = 10000;
    //! Empty: the row's own signature (Meta's X-Hub-Signature-256) goes along as received. Else
    //! the body is signed with HMAC-SHA256 under this key, as "sha256=<hex>" in signatureHeader.
    QByteArray secret = {};
    QByteArray signatureHeader = {};

    //! "sha256=<lowercase hex of HMAC-SHA256(secret, body)>".
    static QByteArray sign(const QByteArray& secret, const QByteArray& body);
};

} // namespace ChannelDesk
