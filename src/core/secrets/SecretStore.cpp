// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

namespace ChannelDesk {

QString SecretStore::serviceName()
{
    return QStringLiteral("ChannelDesk");
}

QString SecretStore::keyFor(const QString& channelId, const QString& field)
{
    return QStringLiteral("channel/%1/%2").arg(channelId, field);
}

} // namespace ChannelDesk
