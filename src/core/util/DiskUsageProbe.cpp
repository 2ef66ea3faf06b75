// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DiskUsageProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStorageInfo>

namespace ChannelDesk::DiskUsageProbe {

DiskUsage measure(const QString& dataDir)
{
    DiskUsage usage;
    usage.directory = QDir(dataDir).absolutePath();
    const QDir dir(dataDir);
    if (!dir.exists())
        return usage;
    usage.valid = true;
    // Files only, top level: everything ChannelDesk writes there is a file, and a folder someone
    // put there is not ours to add up.
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& entry : entries)
        usage.files.append({entry.fileName(), entry.size()});
    const QStorageInfo storage(usage.directory);
    if (storage.isValid() && storage.isReady()) {
        usage.freeBytes = storage.bytesAvailable();
        usage.totalBytes = storage.bytesTotal();
        usage.low = usage.freeBytes >= 0 && usage.freeBytes < DiskUsage::kLowFreeBytes;
    }
    return usage;
}

QJsonObject toJson(const DiskUsage& usage)
{
    QJsonArray files;
    for (const DataFileSize& file : usage.files)
        files.append(QJsonObject{{QStringLiteral("name"), file.name}, {QStringLiteral("bytes"), file.bytes}});
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("data_bytes"), usage.dataBytes()},
                       {QStringLiteral("free_bytes"), usage.freeBytes},
                       {QStringLiteral("total_bytes"), usage.totalBytes},
                       {QStringLiteral("low"), usage.low}};
}

DiskUsage fromJson(const QJsonObject& object)
{
    DiskUsage usage;
    const QJsonValue files = object.value(QStringLiteral("files"));
    if (!files.isArray())
        return usage;
    usage.valid = true;
    for (const QJsonValue& file : files.toArray())
        usage.files.append(
            {file[QStringLiteral("name")].toString(), qint64(file[QStringLiteral("bytes")].toDouble())});
    usage.freeBytes = qint64(object.value(QStringLiteral("free_bytes")).toDouble(-1));
    usage.totalBytes = qint64(object.value(QStringLiteral("total_bytes")).toDouble(-1));
    usage.low = object.value(QStringLiteral("low")).toBool();
    return usage;
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("DiskUsageProbe", "unknown");
    if (bytes < 1024)
        return QCoreApplication::translate("DiskUsageProbe", "%n bytes", nullptr, int(bytes));
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString lowDiskWarning(const DiskUsage& usage)
{
    if (!usage.low)
        return {};
    return QCoreApplication::translate("DiskUsageProbe",
                                       "Only %1 free on the disk holding %2: ChannelDesk stops "
                                       "accepting deliveries when SQLite cannot write. Free some "
                                       "space, or shorten the retention (settings.ini [retention]).")
        .arg(formatBytes(usage.freeBytes),
             usage.directory.isEmpty() ? QCoreApplication::translate("DiskUsageProbe", "the data directory")
                                       : usage.directory);
}

} // namespace ChannelDesk::DiskUsageProbe
