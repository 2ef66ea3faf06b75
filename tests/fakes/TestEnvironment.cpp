// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
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

QString appSecret()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}

QString verifyToken()
{
    return QStringLiteral("fake-verify-token-ChannelDeskTests-2026");
}

} // namespace TestEnvironment
