// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardTarget.h"

#include <QMessageAuthenticationCode>

namespace ChannelDesk {

QByteArray ForwardTarget::sign(const QByteArray& secret, const QByteArray& body)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace ChannelDesk
