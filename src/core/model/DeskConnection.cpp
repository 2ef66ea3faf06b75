// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DeskConnection.h"

namespace ChannelDesk {

QString DeskConnection::placeName() const
{
    if (state == State::Local || url.isEmpty())
        return tr("local");
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort));
}

QString DeskConnection::refusal(ApiRole needed) const
{
    if (state == State::Local || allows(role, needed))
        return {};
    return tr("Your key “%1” has the role %2; this needs %3. Ask the server's admin for a key with "
              "that role.")
        .arg(keyName, apiRoleName(role), apiRoleName(needed));
}

QString DeskConnection::stateText() const
{
    switch (state) {
    case State::Local:
        return tr("Local data");
    case State::Connecting:
        return tr("Connecting to %1…").arg(placeName());
    case State::Connected:
        return tr("Connected to %1 as %2 (%3)").arg(placeName(), keyName, apiRoleName(role));
    case State::Reconnecting:
        return tr("Reconnecting to %1 (attempt %2)…").arg(placeName()).arg(attempt);
    case State::Refused:
        return tr("%1 refused the key").arg(placeName());
    case State::UntrustedCertificate:
        return tr("%1: certificate not trusted yet").arg(placeName());
    case State::ChangedCertificate:
        return tr("%1: certificate changed — refused").arg(placeName());
    }
    return {};
}

} // namespace ChannelDesk
