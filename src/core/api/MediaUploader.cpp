// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MediaUploader.h"

#include "api/GraphReply.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QMimeDatabase>

namespace ChannelDesk {
namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

QString normalized(const QString& mimeType)
{
    return mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QString formattedSize(qint64 bytes, int precision)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString MediaUploader::metaMimeType(const QMimeType& type)
{
    // The detected type may be a more specific child (Opus audio is "audio/x-opus+ogg" to
    // shared-mime-info, a child of "audio/ogg") or an alias of the name Meta uses.
    QStringList candidates{type.name()};
    candidates << type.aliases() << type.allAncestors();
    for (const QString& candidate : std::as_const(candidates)) {
        if (kindForMimeType(normalized(candidate)))
            return normalized(candidate);
    }
    return normalized(type.name());
}

bool MediaUploader::isAnimatedWebp(const QString& filePath)
{
    // Animated WebP files carry the animation flag in their VP8X header (RIFF....WEBPVP8X, flags).
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(21);
    return header.size() == 21 && header.startsWith("RIFF") && header.mid(8, 8) == "WEBPVP8X"
        && (header.at(20) & 0x02);
}

MediaUploader::MediaUploader(QNetworkAccessManager* network, GraphEndpoint endpoint, QString phoneNumberId,
                             QObject* parent)
    : QObject(parent)
    , m_client(network, std::move(endpoint))
    , m_phoneNumberId(std::move(phoneNumberId))
{ }

QStringList MediaUploader::allowedMimeTypes(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio:
        return {QStringLiteral("audio/aac"), QStringLiteral("audio/amr"), QStringLiteral("audio/mpeg"),
                QStringLiteral("audio/mp4"), QStringLiteral("audio/ogg")};
    case MediaKind::Document:
        return {QStringLiteral("text/plain"),
                QStringLiteral("application/pdf"),
                QStringLiteral("application/msword"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                QStringLiteral("application/vnd.ms-excel"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                QStringLiteral("application/vnd.ms-powerpoint"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation")};
    case MediaKind::Image:
        return {QStringLiteral("image/jpeg"), QStringLiteral("image/png")};
    case MediaKind::Sticker:
        return {QStringLiteral("image/webp")};
    case MediaKind::Video:
        return {QStringLiteral("video/mp4"), QStringLiteral("video/3gpp")};
    }
    return {};
}

qint64 MediaUploader::maxSize(MediaKind kind, bool animated)
{
    switch (kind) {
    case MediaKind::Audio:
    case MediaKind::Video:
        return 16 * MiB;
    case MediaKind::Document:
        return 100 * MiB;
    case MediaKind::Image:
        return 5 * MiB;
    case MediaKind::Sticker:
        return animated ? 500 * KiB : 100 * KiB;
    }
    return 0;
}

QString MediaUploader::kindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio:
        return tr("audio");
    case MediaKind::Document:
        return tr("document");
    case MediaKind::Image:
        return tr("image");
    case MediaKind::Sticker:
        return tr("sticker");
    case MediaKind::Video:
        return tr("video");
    }
    return {};
}

std::optional<MediaKind> MediaUploader::kindForMimeType(const QString& mimeType)
{
    const QString type = normalized(mimeType);
    for (MediaKind kind :
         {MediaKind::Image, MediaKind::Sticker, MediaKind::Video, MediaKind::Audio, MediaKind::Document}) {
        if (allowedMimeTypes(kind).contains(type))
            return kind;
    }
    return std::nullopt;
}

Status MediaUploader::check(MediaKind kind, const QString& mimeType, qint64 size, bool animated)
{
    const QString type = normalized(mimeType);
    if (!allowedMimeTypes(kind).contains(type))
        return Error{131053,
                     tr("WhatsApp does not accept %1 files as %2; allowed types: %3.")
                         .arg(type.isEmpty() ? tr("untyped") : type, kindName(kind),
                              allowedMimeTypes(kind).join(QStringLiteral(", ")))};
    if (size <= 0)
        return Error{131053, tr("The file is empty.")};
    const qint64 limit = maxSize(kind, animated);
    if (size > limit) {
        const QString what = kind == MediaKind::Sticker
            ? (animated ? tr("animated sticker") : tr("static sticker"))
            : kindName(kind);
        QString actual = formattedSize(size, 1);
        // Just over the limit rounds to the limit itself; then only the byte count shows the difference.
        if (actual == formattedSize(limit, 1))
            actual = tr("%1 (%2 bytes)").arg(actual, QLocale().toString(size));
        return Error{131053,
                     tr("The file is %1, but WhatsApp accepts %3 files only up to %2.")
                         .arg(actual, formattedSize(limit, 0), what)};
    }
    return Done{};
}

void MediaUploader::finishLater(const QString& reference, const MediaUploadResult& result)
{
    // Queued, so finished() never fires inside upload() before the caller is ready for it.
    QMetaObject::invokeMethod(
        this, [this, reference, result] { emit finished(reference, result); }, Qt::QueuedConnection);
}

void MediaUploader::upload(const QString& reference, const QString& filePath, std::optional<MediaKind> kind,
                           const QString& mimeType)
{
    cancel(reference);
    MediaUploadResult result;
    const QFileInfo info(filePath);
    result.size = info.size();
    result.mimeType
        = mimeType.isEmpty() ? metaMimeType(QMimeDatabase().mimeTypeForFile(filePath)) : normalized(mimeType);
    if (!info.isFile() || !info.isReadable()) {
        result.rejection = tr("Cannot read the file %1.").arg(filePath);
        return finishLater(reference, result);
    }
    if (!kind)
        kind = kindForMimeType(result.mimeType);
    if (!kind) {
        result.rejection = tr("WhatsApp does not accept %1 files. Send JPEG/PNG images, MP4/3GPP videos, "
                              "AAC/AMR/MP3/M4A/OGG audio, WebP stickers, or PDF, text and Office documents.")
                               .arg(result.mimeType);
        return finishLater(reference, result);
    }
    const bool animated = *kind == MediaKind::Sticker && isAnimatedWebp(filePath);
    const Status allowed = check(*kind, result.mimeType, result.size, animated);
    if (!allowed.ok()) {
        result.rejection = allowed.error().message;
        return finishLater(reference, result);
    }

    auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto* file = new QFile(filePath, multiPart);
    if (!file->open(QIODevice::ReadOnly)) {
        delete multiPart;
        result.rejection = tr("Cannot read the file %1: %2").arg(filePath, file->errorString());
        return finishLater(reference, result);
    }
    auto textPart = [](const char* name, const QString& value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray(QByteArray("form-data; name=\"") + name + '"'));
        part.setBody(value.toUtf8());
        return part;
    };
    multiPart->append(textPart("messaging_product", QStringLiteral("whatsapp")));
    multiPart->append(textPart("type", result.mimeType));
    QHttpPart filePart;
    QString fileName = info.fileName();
    fileName.replace(QLatin1Char('"'), QLatin1Char('_'));
    filePart.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QByteArray(QByteArray("form-data; name=\"file\"; filename=\"") + fileName.toUtf8() + '"'));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, result.mimeType.toUtf8());
    filePart.setBodyDevice(file);
    multiPart->append(filePart);

    GraphReply* reply = m_client.postMultipart(m_phoneNumberId + QStringLiteral("/media"), multiPart);
    m_pending.insert(reference, reply);
    connect(reply, &GraphReply::finished, this, [this, reference, reply, result]() mutable {
        if (m_pending.value(reference) == reply)
            m_pending.remove(reference);
        reply->deleteLater();
        result.error = reply->error();
        if (!result.error.isError()) {
            result.mediaId = reply->json().value(QLatin1String("id")).toString();
            if (result.mediaId.isEmpty()) {
                result.error.kind = GraphError::Kind::Malformed;
                result.error.httpStatus = 200;
                result.error.message = tr("Meta's answer to the upload has no media ID.");
            }
        }
        emit finished(reference, result);
    });
}

void MediaUploader::cancel(const QString& reference)
{
    const QPointer<GraphReply> reply = m_pending.value(reference);
    if (reply)
        reply->cancel();
}

} // namespace ChannelDesk
