// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RecentServers.h"

#include <QSettings>

namespace ChannelDesk {

namespace {

const QString Group = QStringLiteral("recent-servers");
const QString Key = QStringLiteral("urls");

void save(const QString& fileName, const QList<QUrl>& servers)
{
    QStringList urls;
    for (const QUrl& server : servers)
        urls.append(server.toString());
    QSettings settings(fileName, QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.setValue(Key, urls);
}

} // namespace

RecentServers::RecentServers(QString fileName)
    : m_fileName(std::move(fileName))
{ }

QList<QUrl> RecentServers::list() const
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.beginGroup(Group);
    QList<QUrl> servers;
    const QStringList urls = settings.value(Key).toStringList();
    for (const QString& url : urls) {
        const QUrl server(url, QUrl::StrictMode);
        if (server.isValid() && !servers.contains(server) && servers.size() < MaxEntries)
            servers.append(server);
    }
    return servers;
}

void RecentServers::add(const QUrl& server)
{
    QList<QUrl> servers = list();
    servers.removeAll(server);
    servers.prepend(server);
    save(m_fileName, servers.mid(0, MaxEntries));
}

void RecentServers::remove(const QUrl& server)
{
    QList<QUrl> servers = list();
    servers.removeAll(server);
    save(m_fileName, servers);
}

} // namespace ChannelDesk
