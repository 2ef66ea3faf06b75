// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ChannelDesk {

namespace {

constexpr int DefaultPort = 8646;

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidInput, message);
}

} // namespace

Result<QUrl> ServerAddress::parse(const QString& text)
{
    const QString example = tr("For example: desk.example.com:8646 or https://desk.example.com");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter the server's address. %1").arg(example));

    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    QString scheme;
    QString rest = trimmed;
    if (schemeEnd >= 0) {
        scheme = trimmed.left(schemeEnd).toLower();
        rest = trimmed.mid(schemeEnd + 3);
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return invalid(tr("“%1” is not a scheme the server speaks; use http:// or https://. %2")
                               .arg(trimmed.left(schemeEnd), example));
    }
    // Without brackets, an IPv6 address cannot be told from a host followed by a port.
    const QString authority = rest.section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0);
    if (authority.count(QLatin1Char(':')) > 1 && !authority.startsWith(QLatin1Char('['))
        && !authority.contains(QLatin1Char('@')))
        return invalid(tr("Put an IPv6 address in brackets, as in [2001:db8::1]:8646."));

    // Parsed with a scheme in front, so that "host:port" is not taken for "scheme:path".
    const QUrl url(QStringLiteral("http://") + rest, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(tr("“%1” is not a server address. %2").arg(trimmed, example));
    if (!url.userInfo().isEmpty())
        return invalid(
            tr("Leave out the user name and password: the API key is asked for separately. %1").arg(example));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("Leave out everything after “?” or “#”. %1").arg(example));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty() && path != QLatin1String("/api/v1"))
        return invalid(tr("The server's API is at /api/v1, not at “%1”. %2").arg(url.path(), example));
    if (url.port() == 0)
        return invalid(tr("Port 0 is not a server's port. %1").arg(example));

    if (scheme.isEmpty())
        scheme = isLoopback(url.host()) ? QStringLiteral("http") : QStringLiteral("https");
    QUrl server;
    server.setScheme(scheme);
    server.setHost(url.host());
    server.setPort(url.port(DefaultPort));
    return server;
}

QString ServerAddress::name(const QUrl& server)
{
    const QString host = server.host();
    const QString shown = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return shown + QLatin1Char(':') + QString::number(server.port(DefaultPort));
}

} // namespace ChannelDesk
