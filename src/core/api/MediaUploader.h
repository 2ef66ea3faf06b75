// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Uploads local files as WhatsApp media (POST /{phone-number-id}/media) after checking Meta's type
//! and size limits, so an oversized or unsupported file fails at once with a clear reason instead of
//! as error 131053 later.

#include "api/GraphApiClient.h"
#include "model/GraphError.h"
#include "model/MediaKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

class QMimeType;
class QNetworkAccessManager;

namespace ChannelDesk {

class GraphReply;

struct MediaUploadResult
{
    QString mediaId; //!< Meta's id, usable for 30 days
    QString mimeType;
    qint64 size = 0;
    QString rejection; //!< set when the file was refused before uploading (type, size, unreadable)
    GraphError error; //!< set when the upload itself failed

    bool ok() const { return rejection.isEmpty() && !error.isError(); }
};

class MediaUploader : public QObject
{
    Q_OBJECT

public:
    MediaUploader(QNetworkAccessManager* network, GraphEndpoint endpoint, QString phoneNumberId,
                  QObject* parent = nullptr);

    //! Uploads the file as `kind` (or the kind its MIME type implies). mimeType empty: detected from
    //! the file. Emits finished(reference, result) exactly once; a refused file never reaches Meta.
    void upload(const QString& reference, const QString& filePath, std::optional<MediaKind> kind = {},
                const QString& mimeType = {});
    void cancel(const QString& reference);
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }

    //! Meta's limits (spec §6). Returns the error text naming the limit, or nothing if allowed.
    static Status check(MediaKind kind, const QString& mimeType, qint64 size, bool animated = false);
    static std::optional<MediaKind> kindForMimeType(const QString& mimeType);
    static qint64 maxSize(MediaKind kind, bool animated = false);
    static QStringList allowedMimeTypes(MediaKind kind);
    static QString kindName(MediaKind kind);
    //! The MIME type as Meta names it for a detected file type (a parent or alias where needed).
    static QString metaMimeType(const QMimeType& type);
    //! Animated stickers have a larger size limit.
    static bool isAnimatedWebp(const QString& filePath);

signals:
    void finished(const QString& reference, const ChannelDesk::MediaUploadResult& result);

private:
    void finishLater(const QString& reference, const MediaUploadResult& result);

    GraphApiClient m_client;
    QString m_phoneNumberId;
    QHash<QString, QPointer<GraphReply>> m_pending;
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::MediaUploadResult)
