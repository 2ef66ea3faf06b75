// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DataDirectory.h"

#include "util/PrivateFile.h"

#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>
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
    // Conversations are personal data: keep the directory private like ~/.ssh.
    if (!PrivateFile::makeDirectory(dir) && !QFileInfo(dir).isDir())
        return {};
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

QString unusableMessage(const QString& explicitDir)
{
    const QString attempted
        = explicitDir.isEmpty() ? qEnvironmentVariable("CHANNELDESK_DATA_DIR") : explicitDir;
    if (attempted.isEmpty())
        return QCoreApplication::translate("DataDirectory",
                                           "ChannelDesk could not create its data directory in your user "
                                           "data location. Check the permissions "
                                           "of that location, or start ChannelDesk with --data-dir DIR.");
    return QCoreApplication::translate(
               "DataDirectory",
               "ChannelDesk could not create or open the data directory “%1” (from "
               "--data-dir or CHANNELDESK_DATA_DIR). Check that the path is right and "
               "that you may write there.")
        .arg(attempted);
}

} // namespace ChannelDesk::DataDirectory
