// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The files a front end keeps of WhatsApp media it downloaded to show them (thumbnails, voice
//! notes' durations, attachments opened): one folder, one file per media id, capped in size with
//! the least recently used files removed first. A media id or a sender's file name never leaves
//! the folder: what is not a plain name is replaced by its hash. The folder is owner-only.
//! Everything but filePath() touches the disk: call it off the UI thread.

#include <QString>
#include <QStringList>

namespace ChannelDesk {

class MediaCache
{
public:
    static constexpr qint64 DefaultCapacity = 256LL * 1024 * 1024;

    explicit MediaCache(QString directory, qint64 capacityBytes = DefaultCapacity);

    QString directory() const { return m_directory; }
    qint64 capacity() const { return m_capacity; }

    //! Where the media is kept: its id, then the sender's file name or a suffix for its MIME type,
    //! so that the program opening it knows its kind. Empty for an empty id. No disk access.
    QString filePath(const QString& mediaId, const QString& mimeType = {},
                     const QString& fileName = {}) const;
    //! The name filePath() uses for an id: the id itself if it is a plain name, else a hash of it.
    static QString safeId(const QString& mediaId);
    //! A file name from a sender, without folders and characters a shell or file manager
    //! stumbles on; empty if nothing usable is left.
    static QString safeFileName(const QString& fileName);
    static QString suffixFor(const QString& mimeType);

    //! Where downloads are written until complete, so that trim() never sees half a file.
    QString incomingDirectory() const;
    //! Creates the folder and incomingDirectory() (0700) if missing.
    bool prepare() const;
    //! Moves a finished download from incomingDirectory() (or copies one saved elsewhere) to path,
    //! owner-only and most recently used.
    bool adopt(const QString& downloaded, const QString& path) const;
    //! Whether the file is cached; if it is, it becomes the most recently used one.
    bool use(const QString& path) const;
    //! Removes the least recently used files until the folder holds at most capacity() bytes;
    //! keep (the file just added) stays even if it alone is larger. Returns the removed paths.
    //! Also removes what a download left in incomingDirectory() more than a day ago.
    QStringList trim(const QString& keep = {}) const;
    //! Bytes the cached files take now.
    qint64 size() const;

private:
    QString m_directory;
    qint64 m_capacity;
};

} // namespace ChannelDesk
