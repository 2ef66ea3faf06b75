// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace ChannelDesk {

bool SignatureVerifier::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // The lengths are not secret (a signature is always 64 hex digits), only the contents.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray SignatureVerifier::sign(const QByteArray& body, const QByteArray& appSecret)
{
    QByteArray header = QByteArrayLiteral("sha256=");
    header.append(QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex());
    return header;
}

SignatureVerifier::Outcome SignatureVerifier::verify(const QByteArray& header, const QByteArray& body,
                                                     const QByteArray& appSecret)
{
    if (header.isEmpty())
        return Outcome::Missing;
    const QByteArray prefix = QByteArrayLiteral("sha256=");
    if (!header.startsWith(prefix) || header.size() != prefix.size() + 64)
        return Outcome::Malformed;
    // Meta sends lowercase hex; accept uppercase too rather than reject a valid signature.
    const QByteArray received = header.mid(prefix.size()).toLower();
    const QByteArray expected
        = QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
    return constantTimeEquals(received, expected) ? Outcome::Valid : Outcome::Mismatch;
}

} // namespace ChannelDesk
