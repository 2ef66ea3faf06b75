// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace TestEnvironment {

void init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-tests"));
    qunsetenv("CHANNELDESK_DATA_DIR");
}

QByteArray allFileContents(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QStringList notOwnerOnly(const QString& dir, QStringList* seen)
{
    QStringList paths{dir};
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
        if (seen)
            seen->append(QDir(dir).relativeFilePath(paths.last()));
    }
    QStringList loose;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QFileDevice::Permissions permissions = info.permissions();
        const auto digit = [permissions](QFileDevice::Permission read, QFileDevice::Permission write,
                                         QFileDevice::Permission exe) {
            return (permissions & read ? 4 : 0) + (permissions & write ? 2 : 0) + (permissions & exe ? 1 : 0);
        };
        const int mode = digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner) * 0100
            + digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup) * 010
            + digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
        if (mode != (info.isDir() ? 0700 : 0600))
            loose.append(QStringLiteral("%1 %2").arg(path).arg(mode, 4, 8, QLatin1Char('0')));
    }
    return loose;
}

QString appSecret()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}

QString verifyToken()
{
    return QStringLiteral("fake-verify-token-ChannelDeskTests-2026");
}

} // namespace TestEnvironment
