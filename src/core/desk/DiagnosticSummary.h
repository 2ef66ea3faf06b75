// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A plain-text summary of this installation for a problem report: versions, system, where the
//! data lives, the channels with their kinds and states, the receiver and the newest errors. It
//! never holds a secret: channel fields and secrets are left out altogether, and error texts (which
//! quote servers) are scrubbed of anything that looks like a token or key.

#include <QString>

namespace ChannelDesk {

class Desk;

class DiagnosticSummary
{
public:
    //! What the desk knows now, without keychain or network access; without a desk (it could not
    //! start) only the versions and the system.
    static QString build(const Desk* desk);
    //! text with token-like runs (24 or more letters, digits, '-' or '_') and "key=value" pairs
    //! naming a token, secret, key or password replaced by "[redacted]".
    static QString scrub(const QString& text);
};

} // namespace ChannelDesk
