// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ReceiverSettings.h"

#include "webhook/ListenAddress.h"

#include <QHostAddress>

#include <algorithm>

namespace ChannelDesk {
ReceiverSettings::ReceiverSettings()
    : listen(ListenAddress::defaultAddress())
{ }

QStringList ReceiverSettings::clampTuning()
{
    QStringList changed;
    // Read from a file the user edits by hand: out of range is said once, at load, and the
    // nearest allowed value used, rather than refusing to receive.
    const auto clamp = [&changed](int& value, int low, int high, const QString& key) {
        const int clamped = std::clamp(value, low, high);
        if (clamped != value)
            changed.append(tr("settings.ini: %1 = %2 is outside %3 to %4; using %5.")
                               .arg(key)
                               .arg(value)
                               .arg(low)
                               .arg(high)
                               .arg(clamped));
        value = clamped;
    };
    clamp(headerTimeoutSeconds, 1, 60, QStringLiteral("receiver/headerTimeout"));
    clamp(unverifiedBodyMiB, kMinUnverifiedBodyMiB, kMaxUnverifiedBodyMiB,
          QStringLiteral("receiver/unverifiedBodyMiB"));
    // One address may use all of the total, never more.
    clamp(unverifiedBodyPerAddressMiB, 1, unverifiedBodyMiB,
          QStringLiteral("receiver/unverifiedBodyPerAddressMiB"));
    return changed;
}

bool ReceiverSettings::parseListen(const QString& text, QString* host, quint16* port)
{
    return ListenAddress::parse(text.trimmed(), host, port) && !QHostAddress(*host).isNull();
}

FieldCheck ReceiverSettings::checkListen(const QString& text)
{
    QString host;
    quint16 port = 0;
    if (text.trimmed().isEmpty())
        return FieldCheck::error(tr("Enter an address and port, e.g. 127.0.0.1:8645."));
    if (!ListenAddress::parse(text.trimmed(), &host, &port))
        return FieldCheck::error(tr("Write it as HOST:PORT, e.g. 127.0.0.1:8645 or [::1]:8645."));
    const QHostAddress address(host);
    if (address.isNull())
        return FieldCheck::error(
            tr("“%1” is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every "
               "network interface.")
                .arg(host));
    if (port == 0)
        return FieldCheck::error(tr("Choose a port from 1 to 65535."));
    if (!address.isLoopback())
        return FieldCheck::warning(
            tr("Other machines can reach this address. Put a TLS reverse proxy or tunnel in front of it; "
               "Meta only calls https:// URLs."));
    if (port < 1024)
        return FieldCheck::warning(tr("Ports below 1024 usually need administrator rights."));
    return FieldCheck::ok();
}

} // namespace ChannelDesk
