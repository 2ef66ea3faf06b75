// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PrivateFile.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ChannelDesk::PrivateFile {
namespace {

constexpr QFileDevice::Permissions kOwnerBits
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool create(const QString& path)
{
    QFile file(path);
    // NewOnly with an explicit mode: the umask can only narrow it, so the file is never readable
    // by others, not even between its creation and a later chmod.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    // Mostly "exists": another process or an earlier run created it.
    return QFileInfo::exists(path) && narrow(path);
}

bool narrow(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const QFileDevice::Permissions permissions = info.permissions();
    if (!(permissions & kOthersBits))
        return true;
    if (QFile::setPermissions(path, permissions & kOwnerBits))
        return true;
    qCWarning(lcStore) << "Cannot make" << path << "owner-only";
    return false;
}

bool makeDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    // Qt 6.4's mkpath takes no mode, and the umask alone would leave it 0755.
    return QFile::setPermissions(path, kOwnerBits);
}

} // namespace ChannelDesk::PrivateFile
