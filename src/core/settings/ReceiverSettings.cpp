// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ReceiverSettings.h"

#include <QHostAddress>

namespace ChannelDesk {
namespace {

// The same HOST:PORT split as `channeldesk serve --listen`, without its command-line layer.
bool splitHostPort(const QString& text, QString* host, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || h.isEmpty())
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

} // namespace

ReceiverSettings::ReceiverSettings()
    : listen(defaultListen())
{ }

QString ReceiverSettings::defaultListen()
{
    return QStringLiteral("127.0.0.1:8645");
}

bool ReceiverSettings::parseListen(const QString& text, QString* host, quint16* port)
{
    return splitHostPort(text.trimmed(), host, port) && !QHostAddress(*host).isNull();
}

FieldCheck ReceiverSettings::checkListen(const QString& text)
{
    QString host;
    quint16 port = 0;
    if (text.trimmed().isEmpty())
        return FieldCheck::error(tr("Enter an address and port, e.g. 127.0.0.1:8645."));
    if (!splitHostPort(text.trimmed(), &host, &port))
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
