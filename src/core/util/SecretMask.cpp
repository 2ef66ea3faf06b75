// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SecretMask.h"

namespace ChannelDesk::SecretMask {

QString mask(const QString& secret)
{
    if (secret.isEmpty())
        return {};
    // Below 12 characters, 6 visible characters would reveal too much of the secret.
    if (secret.size() < 12)
        return QString(qMin<qsizetype>(secret.size(), 8), QChar(0x2022));
    return secret.left(3) + QChar(0x2026) + secret.right(3);
}

} // namespace ChannelDesk::SecretMask
