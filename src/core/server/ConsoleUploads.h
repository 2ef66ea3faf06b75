// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Files a remote window uploads for a send (the console's `upload` verb, docs/api.md): kept in
//! <data>/uploads as <token>-<name>, readable by the server's user only, until the send that uses
//! one ends or it is a day old. The token is 128 random bits in hex and the only way a client names
//! a file here, so no client ever chooses a path on the server. Safe to use from any thread.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ChannelDesk {

class ConsoleUploads
{
public:
    //! The largest file a console uploads: Meta takes up to 100 MB documents, but the whole file
    //! travels base64 in one JSON body and is held in memory on both ends.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    //! An upload no send has used (or whose send never ended) is removed after this long.
    static constexpr qint64 MaxAgeSeconds = 24 * 3600;

    //! databasePath: the server's database; the uploads live next to it.
    explicit ConsoleUploads(const QString& databasePath);

    QString directory() const { return m_directory; }
    //! Writes data under a new token and returns the token.
    Result<QString> store(const QString& filename, const QByteArray& data) const;
    //! The file of token, or empty when token is malformed or names no file.
    QString path(const QString& token) const;
    //! Removes uploads last written before now minus MaxAgeSeconds; returns how many went.
    int removeStale(const QDateTime& now) const;

    //! Exactly 32 lowercase hexadecimal digits.
    static bool isToken(const QString& token);
    //! A name safe on any file system: no directories, only [A-Za-z0-9._-], at most 80 characters
    //! (the end, so the extension that tells the media type stays), never empty or hidden.
    static QString sanitised(const QString& filename);

private:
    QString m_directory;
};

} // namespace ChannelDesk
