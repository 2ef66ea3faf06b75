// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ApiSettings.h"

#include "settings/ReceiverSettings.h"

#include <QHostAddress>

namespace ChannelDesk {

ApiSettings::ApiSettings()
    : listen(QStringLiteral("127.0.0.1:8646"))
{ }

FieldCheck ApiSettings::checkListen(const QString& text) const
{
    QString host;
    quint16 port = 0;
    if (!ReceiverSettings::parseListen(text, &host, &port)) {
        const FieldCheck format = ReceiverSettings::checkListen(text);
        return format.isError() ? format
                                : FieldCheck::error(tr("Write it as HOST:PORT, e.g. 127.0.0.1:8646."));
    }
    if (port == 0)
        return FieldCheck::error(tr("Choose a port from 1 to 65535."));
    if (!QHostAddress(host).isLoopback() && tlsCertificateFile.isEmpty() && !insecure)
        return FieldCheck::error(
            tr("Other machines can reach this address: choose a TLS certificate and key, or "
               "allow plain HTTP only if a TLS proxy in front is the only way in."));
    if (port < 1024)
        return FieldCheck::warning(tr("Ports below 1024 usually need administrator rights."));
    return FieldCheck::ok();
}

} // namespace ChannelDesk
