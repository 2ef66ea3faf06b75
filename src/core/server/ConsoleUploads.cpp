// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleUploads.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace ChannelDesk {
namespace {

constexpr int kTokenLength = 32;
constexpr int kMaxNameLength = 80;

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsoleUploads", text);
}

} // namespace

ConsoleUploads::ConsoleUploads(const QString& databasePath)
    : m_directory(QFileInfo(databasePath).absolutePath() + QStringLiteral("/uploads"))
{ }

bool ConsoleUploads::isToken(const QString& token)
{
    if (token.size() != kTokenLength)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString ConsoleUploads::sanitised(const QString& filename)
{
    QString name = QFileInfo(filename).fileName();
    for (QChar& c : name) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!safe)
            c = QLatin1Char('_');
    }
    name = name.right(kMaxNameLength);
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("file") : name;
}

Result<QString> ConsoleUploads::store(const QString& filename, const QByteArray& data) const
{
    if (!QDir().mkpath(m_directory))
        return Error{ErrorCode::Failed, tr("Cannot create %1.").arg(m_directory)};
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    const QString token
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex());
    QFile file(m_directory + QLatin1Char('/') + token + QLatin1Char('-') + sanitised(filename));
    // Created owner-only rather than narrowed afterwards, so the bytes are never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{ErrorCode::Failed, tr("Cannot write in %1: %2").arg(m_directory, file.errorString())};
    if (file.write(data) != data.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return Error{ErrorCode::Failed, tr("Cannot write in %1: %2").arg(m_directory, why)};
    }
    return token;
}

QString ConsoleUploads::path(const QString& token) const
{
    if (!isToken(token))
        return {};
    // The token is plain hex, so it cannot act as a wildcard in the filter.
    const QStringList names
        = QDir(m_directory).entryList({token + QStringLiteral("-*")}, QDir::Files | QDir::Hidden);
    return names.size() == 1 ? m_directory + QLatin1Char('/') + names.first() : QString();
}

int ConsoleUploads::removeStale(const QDateTime& now) const
{
    const QDateTime cutoff = now.addSecs(-MaxAgeSeconds);
    int removed = 0;
    QDirIterator entries(m_directory, QDir::Files | QDir::Hidden);
    while (entries.hasNext()) {
        entries.next();
        if (entries.fileInfo().lastModified() < cutoff && QFile::remove(entries.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace ChannelDesk
