// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ChannelDesk::DataDirectory {

QString resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("CHANNELDESK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir = QDir::cleanPath(QDir(dir).absolutePath());
    if (!QDir().mkpath(dir))
        return {};
    // Conversations are personal data: keep the directory private like ~/.ssh.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

QString databasePath(const QString& dataDir)
{
    return dataDir + QStringLiteral("/channeldesk.sqlite");
}

QString journalPath(const QString& dataDir)
{
    return dataDir + QStringLiteral("/delivery-journal.sqlite");
}

QString settingsPath(const QString& dataDir)
{
    return dataDir + QStringLiteral("/settings.ini");
}

} // namespace ChannelDesk::DataDirectory
