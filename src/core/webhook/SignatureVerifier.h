// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Checks Meta's X-Hub-Signature-256 header (HMAC-SHA256 of the raw body, keyed with the App
//! Secret) and compares secrets in constant time.

#include <QByteArray>

namespace ChannelDesk {

class SignatureVerifier
{
public:
    enum class Outcome
    {
        Valid,
        Missing,
        Malformed,
        Mismatch
    };

    //! header is the whole header value, "sha256=<64 hex>"; body the bytes exactly as received.
    static Outcome verify(const QByteArray& header, const QByteArray& body, const QByteArray& appSecret);
    //! "sha256=<hex>" for body, as Meta would send it (tests and benchmarks sign with it).
    static QByteArray sign(const QByteArray& body, const QByteArray& appSecret);
    //! Compares without an early exit, so the time taken does not reveal where a guess differs.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

} // namespace ChannelDesk
