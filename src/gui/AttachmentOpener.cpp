// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentOpener.h"

#include "MessageMediaLoader.h"
#include "desk/Desk.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProgressDialog>
#include <QThreadPool>
#include <QUrl>
#include <QWidget>

#include <algorithm>

namespace ChannelDesk {

AttachmentOpener::AttachmentOpener(Desk* desk, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_desk(desk)
    , m_dialogParent(dialogParent)
{ }

QString AttachmentOpener::suggestedName(const QJsonObject& media)
{
    const QString filename = media.value(QLatin1String("filename")).toString();
    if (!filename.isEmpty())
        return QFileInfo(filename).fileName(); // never a path from the sender
    const QMimeType type
        = QMimeDatabase().mimeTypeForName(media.value(QLatin1String("mime_type")).toString());
    const QString suffix = type.preferredSuffix().isEmpty() ? QStringLiteral("bin") : type.preferredSuffix();
    return QStringLiteral("whatsapp-%1.%2").arg(media.value(QLatin1String("id")).toString(), suffix);
}

void AttachmentOpener::open(const QString& channelId, const QJsonObject& media, const QString& savePath)
{
    if (!m_desk || !m_media)
        return;
    const QString mediaId = media.value(QLatin1String("id")).toString();
    if (m_media->isDownloading(mediaId)) {
        // The Desk runs one download per media and the thumbnail's is on its way: take its file.
        auto* once = new QObject(this);
        connect(m_media, &MessageMediaLoader::previewsChanged, once,
                [this, once, mediaId, savePath](const QSet<QString>& ids) {
                    if (!ids.contains(mediaId))
                        return;
                    delete once;
                    const MessageMediaLoader::Preview cached = m_media->preview(mediaId);
                    if (cached.filePath.isEmpty())
                        emit notice(FieldCheck::Severity::Error,
                                    tr("The attachment was not downloaded: %1").arg(cached.error));
                    else
                        useCached(cached.filePath, savePath);
                });
        return;
    }
    // The view's cache: a photo shown as a thumbnail opens (or is saved) without a second
    // download, and a document opened once shows its size. Looked at only on the user's click.
    m_media->cache().prepare();
    const QString path = m_media->cachePath(media);
    if (m_media->cache().use(path))
        useCached(path, savePath);
    else if (!savePath.isEmpty())
        download(channelId, media, savePath, false);
    else
        download(channelId, media, path, true);
}

void AttachmentOpener::download(const QString& channelId, const QJsonObject& media, const QString& path,
                                bool open)
{
    const QString mediaId = media.value(QLatin1String("id")).toString();
    auto* progress = new QProgressDialog(tr("Downloading %1…").arg(suggestedName(media)), tr("Cancel"), 0, 0,
                                         m_dialogParent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, m_desk, [desk = m_desk, mediaId] {
        if (desk)
            desk->cancelMediaDownload(mediaId);
    });
    connect(m_desk, &Desk::mediaProgress, progress,
            [progress, mediaId](const QString& id, qint64 received, qint64 total) {
                if (id != mediaId)
                    return;
                progress->setMaximum(int(std::max<qint64>(total / 1024, 0)));
                progress->setValue(int(received / 1024));
            });
    connect(m_desk, &Desk::mediaDownloaded, progress,
            [this, progress, mediaId, open](const QString& id, const QString& file, const QString& error) {
                if (id != mediaId)
                    return;
                progress->close();
                if (!error.isEmpty())
                    emit notice(FieldCheck::Severity::Error,
                                tr("The attachment was not downloaded: %1").arg(error));
                else if (open)
                    openOwnerOnly(file);
                else
                    emit notice(FieldCheck::Severity::Ok, tr("Saved to %1.").arg(file));
            });
    m_desk->downloadMedia(channelId, mediaId, path);
}

void AttachmentOpener::openOwnerOnly(const QString& cached)
{
    // Like everything in the media cache, owner-only (the download wrote it with the umask's
    // mode); a chmod, but still off the UI thread.
    QThreadPool::globalInstance()->start([self = QPointer<AttachmentOpener>(this), cached] {
        PrivateFile::narrow(cached);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cached] {
                if (self)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(cached));
            },
            Qt::QueuedConnection);
    });
}

void AttachmentOpener::useCached(const QString& cached, const QString& savePath)
{
    if (savePath.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(cached));
        return;
    }
    // Off the UI thread: a document can be 100 MB.
    QThreadPool::globalInstance()->start([self = QPointer<AttachmentOpener>(this), cached, savePath] {
        QFile::remove(savePath);
        const bool copied = QFile::copy(cached, savePath);
        // Through the application object: the opener may be gone by now, which only its own
        // thread can tell.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, copied, savePath] {
                if (!self)
                    return;
                if (copied)
                    emit self->notice(FieldCheck::Severity::Ok, tr("Saved to %1.").arg(savePath));
                else
                    emit self->notice(FieldCheck::Severity::Error,
                                      tr("The attachment could not be saved to %1.").arg(savePath));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ChannelDesk
