// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/MediaCache.h"

#include "util/PrivateFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <utility>

namespace ChannelDesk {
namespace {

constexpr int maxIdLength = 128;
constexpr int maxNameLength = 80;

bool isPlainIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

MediaCache::MediaCache(QString directory, qint64 capacityBytes)
    : m_directory(std::move(directory))
    , m_capacity(capacityBytes)
{ }

QString MediaCache::safeId(const QString& mediaId)
{
    const bool plain = !mediaId.isEmpty() && mediaId.size() <= maxIdLength
        && std::all_of(mediaId.cbegin(), mediaId.cend(), isPlainIdChar);
    if (plain)
        return mediaId;
    // Dots, slashes, control characters or a length no file system takes: the hash names the same
    // media every time without letting the id choose where the file goes.
    return QStringLiteral("id-")
        + QString::fromLatin1(QCryptographicHash::hash(mediaId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString MediaCache::safeFileName(const QString& fileName)
{
    // Either separator: a name from another system may use the other one.
    QString name = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString safe;
    for (const QChar c : std::as_const(name)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')
            || c == QLatin1Char(' ') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            safe.append(c);
    }
    while (safe.startsWith(QLatin1Char('.')) || safe.startsWith(QLatin1Char(' '))
           || safe.startsWith(QLatin1Char('-')))
        safe.remove(0, 1);
    if (safe.size() > maxNameLength)
        safe = safe.right(maxNameLength); // the end holds the suffix
    return safe.trimmed();
}

QString MediaCache::suffixFor(const QString& mimeType)
{
    // WhatsApp's media types (see the Cloud API's limits); a table and not QMimeDatabase, which
    // reads the system's database from disk on first use.
    static const QHash<QString, QString> suffixes{
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mp4"), QStringLiteral("m4a")},
        {QStringLiteral("audio/aac"), QStringLiteral("aac")},
        {QStringLiteral("audio/amr"), QStringLiteral("amr")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/3gpp"), QStringLiteral("3gp")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("application/msword"), QStringLiteral("doc")},
        {QStringLiteral("application/vnd.ms-excel"), QStringLiteral("xls")},
        {QStringLiteral("application/vnd.ms-powerpoint"), QStringLiteral("ppt")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
         QStringLiteral("docx")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         QStringLiteral("xlsx")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
         QStringLiteral("pptx")},
    };
    // "audio/ogg; codecs=opus"
    const QString type = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return suffixes.value(type, QStringLiteral("bin"));
}

QString MediaCache::filePath(const QString& mediaId, const QString& mimeType, const QString& fileName) const
{
    if (mediaId.isEmpty())
        return {};
    QString name = safeId(mediaId);
    const QString given = safeFileName(fileName);
    if (!given.isEmpty())
        name += QLatin1Char('-') + given;
    if (given.isEmpty() || QFileInfo(given).suffix().isEmpty())
        name += QLatin1Char('.') + suffixFor(mimeType);
    return m_directory + QLatin1Char('/') + name;
}

QString MediaCache::incomingDirectory() const
{
    return m_directory + QStringLiteral("/incoming");
}

bool MediaCache::prepare() const
{
    return PrivateFile::makeDirectory(m_directory) && PrivateFile::makeDirectory(incomingDirectory());
}

bool MediaCache::adopt(const QString& downloaded, const QString& path) const
{
    if (QFileInfo(downloaded).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return use(path);
    QFile::remove(path);
    // A rename within the folder; a copy when the file was saved elsewhere (another download of
    // the same media that was already on its way, to where the user saved it).
    const bool moved
        = QFileInfo(downloaded).absolutePath() == QFileInfo(incomingDirectory()).absoluteFilePath()
        ? QFile::rename(downloaded, path)
        : QFile::copy(downloaded, path);
    if (!moved)
        return false;
    PrivateFile::narrow(path);
    return use(path);
}

bool MediaCache::use(const QString& path) const
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return false;
    // The modification time is the recency: reading a file does not change it (noatime mounts
    // would not keep an access time either), and a download sets it.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return true;
}

QStringList MediaCache::trim(const QString& keep) const
{
    // What a download left behind when the window closed during it.
    const QDateTime stale = QDateTime::currentDateTime().addDays(-1);
    const QFileInfoList incoming = QDir(incomingDirectory()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : incoming) {
        if (file.lastModified() < stale)
            QFile::remove(file.absoluteFilePath());
    }
    // Files only: downloads in progress sit in a subfolder (see incomingDirectory()).
    QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    qint64 total = 0;
    for (const QFileInfo& file : std::as_const(files))
        total += file.size();
    if (total <= m_capacity)
        return {};
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime at = a.lastModified();
        const QDateTime bt = b.lastModified();
        return at != bt ? at < bt : a.fileName() < b.fileName();
    });
    const QString kept = keep.isEmpty() ? QString() : QFileInfo(keep).absoluteFilePath();
    QStringList removed;
    for (const QFileInfo& file : std::as_const(files)) {
        if (total <= m_capacity)
            break;
        if (file.absoluteFilePath() == kept)
            continue;
        if (QFile::remove(file.absoluteFilePath())) {
            total -= file.size();
            removed.append(file.absoluteFilePath());
        }
    }
    return removed;
}

qint64 MediaCache::size() const
{
    qint64 total = 0;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& file : files)
        total += file.size();
    return total;
}

} // namespace ChannelDesk
