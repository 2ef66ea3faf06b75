// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the conversation view shows of a message's media besides its caption: a photo's or
//! sticker's thumbnail, a voice note's duration, a document's size. preview() answers from memory
//! only, so painting never waits; request() (called when a row is painted) fetches what is
//! missing: the file from the media cache, or else downloaded through the Desk with the channel's
//! token (at most two at once, each media once), then a thread pool decodes and scales it or reads
//! its duration. previewsChanged() follows, so the view lays those rows out again.

#include "desk/MediaCache.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

class QJsonObject;

namespace ChannelDesk {

class Desk;

class MessageMediaLoader : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        None,
        Thumbnail, //!< an image or a sticker
        Voice, //!< an Ogg Opus voice note or audio file: its duration
        Document, //!< its size: from the cached file, else as Meta describes it (never fetched for it)
    };
    enum class State
    {
        Unknown, //!< not asked for, or dropped from memory
        Loading,
        Ready,
        Failed,
        Unavailable, //!< not a Cloud API channel's: its media cannot be fetched by id
    };
    struct Preview
    {
        State state = State::Unknown;
        QImage thumbnail = {};
        qint64 durationMs = -1; //!< -1: unknown
        qint64 fileSize = -1; //!< -1: unknown
        QString filePath = {}; //!< the cached file, once known to exist
        QString error = {};
    };

    static constexpr int maxDownloads = 2;
    //! Thumbnails fit in a square this large (logical pixels).
    static constexpr int thumbnailSize = 240;

    MessageMediaLoader(Desk* desk, const QString& cacheDirectory, QObject* parent = nullptr);
    ~MessageMediaLoader() override;

    static Kind kindOf(const QString& type, const QJsonObject& media);
    //! What is known now, from memory only.
    Preview preview(const QString& mediaId) const;
    //! Fetches the preview unless it is known, loading or failed. Never emits before returning.
    void request(const QString& channelId, const QString& type, const QJsonObject& media);
    //! For another conversation: forgets failures, so that they are tried again when painted,
    //! and the downloads not started yet, whose rows are no longer shown.
    void resetPending();

    const MediaCache& cache() const { return m_cache; }
    //! Where the media is (or will be) cached; empty without an id.
    QString cachePath(const QJsonObject& media) const;
    int activeDownloads() const { return int(m_downloading.size()); }
    bool isDownloading(const QString& mediaId) const { return m_downloading.contains(mediaId); }

signals:
    void previewsChanged(const QSet<QString>& mediaIds);

private:
    struct Job
    {
        QString channelId;
        QString mediaId;
        QString path;
        Kind kind = Kind::None;
    };
    //! What a pool thread found.
    struct Outcome
    {
        Preview preview;
        bool missing = false; //!< not cached: to be downloaded
    };

    void probe(const Job& job, const QString& downloaded);
    void finishJob(const Job& job, const Outcome& outcome);
    void startDownloads();
    void onDownloaded(const QString& mediaId, const QString& filePath, const QString& error);
    void onDescribed(const QString& mediaId, qint64 fileSize, const QString& mimeType, const QString& error);
    void announce(const QString& mediaId);
    static Outcome load(const MediaCache& cache, const Job& job, const QString& downloaded);

    QPointer<Desk> m_desk;
    MediaCache m_cache;
    QThreadPool m_pool;
    QHash<QString, Job> m_jobs; //!< every media asked for
    QHash<QString, Preview> m_previews; //!< everything but the pixels
    QCache<QString, QImage> m_thumbnails; //!< cost in KiB
    QList<Job> m_waiting; //!< to be downloaded, the most recently painted last
    QHash<QString, Job> m_downloading;
    QSet<QString> m_described; //!< documents whose size Meta was asked for
    QSet<QString> m_changed;
    QTimer m_announce;
};

} // namespace ChannelDesk
