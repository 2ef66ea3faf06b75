// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageMediaLoader.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "util/OggOpusDuration.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonObject>

namespace ChannelDesk {
namespace {

//! Decoded thumbnails kept in memory: at most 240 × 240 × 4 bytes each, so about 140 of them.
constexpr int thumbnailBudgetKiB = 32 * 1024;

QString idOf(const QJsonObject& media)
{
    return media.value(QLatin1String("id")).toString();
}

} // namespace

MessageMediaLoader::MessageMediaLoader(Desk* desk, const QString& cacheDirectory, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_cache(cacheDirectory)
    , m_thumbnails(thumbnailBudgetKiB)
{
    // Decoding is short; two threads keep a screenful of photos quick without taking the machine.
    m_pool.setMaxThreadCount(2);
    m_announce.setSingleShot(true);
    m_announce.setInterval(30); // one layout for a burst of finished previews
    connect(&m_announce, &QTimer::timeout, this, [this] {
        const QSet<QString> changed = std::exchange(m_changed, {});
        emit previewsChanged(changed);
    });
    if (desk) {
        connect(desk, &Desk::mediaDownloaded, this, &MessageMediaLoader::onDownloaded);
        connect(desk, &Desk::mediaDescribed, this, &MessageMediaLoader::onDescribed);
    }
}

MessageMediaLoader::~MessageMediaLoader()
{
    // The jobs post back to this object: none may still run once it is gone.
    m_pool.clear();
    m_pool.waitForDone();
    if (m_desk) {
        for (auto it = m_downloading.cbegin(); it != m_downloading.cend(); ++it)
            m_desk->cancelMediaDownload(it.key());
    }
}

MessageMediaLoader::Kind MessageMediaLoader::kindOf(const QString& type, const QJsonObject& media)
{
    if (idOf(media).isEmpty())
        return Kind::None;
    if (type == QLatin1String("image") || type == QLatin1String("sticker"))
        return Kind::Thumbnail;
    // Voice notes are Ogg Opus; so may be audio we sent, whose stored media has no type at all.
    const QString mimeType = media.value(QLatin1String("mime_type")).toString();
    if (type == QLatin1String("audio")
        && (media.value(QLatin1String("voice")).toBool() || mimeType.isEmpty()
            || mimeType.startsWith(QLatin1String("audio/ogg"))))
        return Kind::Voice;
    if (type == QLatin1String("document"))
        return Kind::Document;
    return Kind::None;
}

QString MessageMediaLoader::cachePath(const QJsonObject& media) const
{
    return m_cache.filePath(idOf(media), media.value(QLatin1String("mime_type")).toString(),
                            media.value(QLatin1String("filename")).toString());
}

MessageMediaLoader::Preview MessageMediaLoader::preview(const QString& mediaId) const
{
    const auto known = m_previews.constFind(mediaId);
    if (known == m_previews.cend())
        return {};
    Preview preview = *known;
    if (preview.state == State::Ready && m_jobs.value(mediaId).kind == Kind::Thumbnail) {
        const QImage* thumbnail = m_thumbnails.object(mediaId);
        if (!thumbnail)
            return {}; // dropped from memory: decoded again from the cached file when painted
        preview.thumbnail = *thumbnail;
    }
    return preview;
}

void MessageMediaLoader::request(const QString& channelId, const QString& type, const QJsonObject& media)
{
    const Kind kind = kindOf(type, media);
    const QString mediaId = idOf(media);
    if (kind == Kind::None)
        return;
    const Preview known = preview(mediaId);
    if (known.state != State::Unknown)
        return;
    const auto channel = m_desk ? m_desk->channel(channelId) : std::nullopt;
    if (!channel || channel->kind != ChannelKinds::whatsAppCloud()) {
        // Gateways and WeCom name their media otherwise; the Desk downloads Meta's only.
        m_previews[mediaId].state = State::Unavailable;
        announce(mediaId); // after a timer: never while the row is being painted
        return;
    }
    const Job job{channelId, mediaId, cachePath(media), kind};
    m_jobs.insert(mediaId, job);
    Preview& loading = m_previews[mediaId];
    loading.state = State::Loading;
    probe(job, {});
}

void MessageMediaLoader::resetPending()
{
    for (const Job& job : std::as_const(m_waiting))
        m_previews.remove(job.mediaId);
    m_waiting.clear();
    for (auto it = m_previews.begin(); it != m_previews.end();) {
        if (it->state == State::Failed)
            it = m_previews.erase(it);
        else
            ++it;
    }
}

void MessageMediaLoader::probe(const Job& job, const QString& downloaded)
{
    m_pool.start([this, cache = m_cache, job, downloaded] {
        const Outcome outcome = load(cache, job, downloaded);
        QMetaObject::invokeMethod(
            this, [this, job, outcome] { finishJob(job, outcome); }, Qt::QueuedConnection);
    });
}

MessageMediaLoader::Outcome MessageMediaLoader::load(const MediaCache& cache, const Job& job,
                                                     const QString& downloaded)
{
    Outcome outcome;
    Preview& preview = outcome.preview;
    preview.state = State::Failed;
    if (!cache.prepare()) {
        preview.error = tr("the folder %1 cannot be created").arg(cache.directory());
        return outcome;
    }
    if (!downloaded.isEmpty()) {
        if (!cache.adopt(downloaded, job.path)) {
            preview.error = tr("the downloaded file cannot be kept in %1").arg(cache.directory());
            return outcome;
        }
        cache.trim(job.path);
    } else if (!cache.use(job.path)) {
        // A document is not fetched to measure it (it may be 100 MB): Meta says how large it is.
        if (job.kind == Kind::Document)
            preview.state = State::Ready;
        else
            outcome.missing = true;
        return outcome;
    }
    preview.filePath = job.path;
    preview.fileSize = QFileInfo(job.path).size();
    preview.state = State::Ready;
    if (job.kind == Kind::Voice) {
        preview.durationMs = OggOpusDuration::readFile(job.path).value_or(-1);
    } else if (job.kind == Kind::Thumbnail) {
        QImageReader reader(job.path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.width() > thumbnailSize || size.height() > thumbnailSize)
            reader.setScaledSize(size.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio));
        preview.thumbnail = reader.read();
        if (preview.thumbnail.isNull()) {
            preview.state = State::Failed;
            preview.error = reader.errorString();
        }
    }
    return outcome;
}

void MessageMediaLoader::finishJob(const Job& job, const Outcome& outcome)
{
    if (outcome.missing) {
        m_waiting.removeIf([&job](const Job& waiting) { return waiting.mediaId == job.mediaId; });
        m_waiting.append(job);
        startDownloads();
        return;
    }
    Preview preview = outcome.preview;
    if (!preview.thumbnail.isNull()) {
        const qsizetype kib = preview.thumbnail.sizeInBytes() / 1024 + 1;
        m_thumbnails.insert(job.mediaId, new QImage(preview.thumbnail), int(kib));
        preview.thumbnail = {};
    }
    m_previews.insert(job.mediaId, preview);
    announce(job.mediaId);
    if (job.kind == Kind::Document && preview.fileSize < 0 && m_desk && !m_described.contains(job.mediaId)) {
        m_described.insert(job.mediaId);
        m_desk->describeMedia(job.channelId, job.mediaId);
    }
}

void MessageMediaLoader::onDescribed(const QString& mediaId, qint64 fileSize, const QString&,
                                     const QString& error)
{
    // Without a size the row shows the name alone, as before it was asked: nothing to report.
    const auto known = m_previews.find(mediaId);
    if (!error.isEmpty() || fileSize <= 0 || known == m_previews.end() || known->fileSize >= 0)
        return;
    known->fileSize = fileSize;
    announce(mediaId);
}

void MessageMediaLoader::startDownloads()
{
    while (m_downloading.size() < maxDownloads && !m_waiting.isEmpty()) {
        // The most recently painted first: after a fast scroll, those are the rows on screen.
        const Job job = m_waiting.takeLast();
        if (m_downloading.contains(job.mediaId))
            continue;
        if (!m_desk) {
            m_previews[job.mediaId].state = State::Unavailable;
            announce(job.mediaId);
            continue;
        }
        m_downloading.insert(job.mediaId, job);
        const QString incoming
            = m_cache.incomingDirectory() + QLatin1Char('/') + QFileInfo(job.path).fileName();
        m_desk->downloadMedia(job.channelId, job.mediaId, incoming);
    }
}

void MessageMediaLoader::onDownloaded(const QString& mediaId, const QString& filePath, const QString& error)
{
    const auto ours = m_downloading.constFind(mediaId);
    if (ours == m_downloading.cend()) {
        // Someone else's download (an attachment opened or saved): the file is here now.
        const auto known = m_jobs.constFind(mediaId);
        if (error.isEmpty() && known != m_jobs.cend() && m_previews.value(mediaId).state != State::Loading) {
            m_previews[mediaId].state = State::Loading;
            probe(*known, filePath);
        }
        return;
    }
    const Job job = *ours;
    m_downloading.erase(ours);
    if (!error.isEmpty()) {
        Preview& failed = m_previews[mediaId];
        failed.state = State::Failed;
        failed.error = error;
        announce(mediaId);
    } else {
        // filePath may be another download's, of the same media: the Desk runs only one.
        probe(job, filePath);
    }
    startDownloads();
}

void MessageMediaLoader::announce(const QString& mediaId)
{
    m_changed.insert(mediaId);
    if (!m_announce.isActive())
        m_announce.start();
}

} // namespace ChannelDesk
