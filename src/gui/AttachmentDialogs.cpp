// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentDialogs.h"

#include "InteractiveMessageDialog.h"
#include "LocationDialog.h"
#include "MediaLinkDialog.h"
#include "desk/MessageRules.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>

namespace ChannelDesk {
namespace {

using Kind = OutboundContent::Kind;

template <typename Dialog> std::optional<OutboundContent> ask(Dialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.content();
}

} // namespace

std::optional<OutboundContent> AttachmentDialogs::askMediaFile(QWidget* parent)
{
    const QString path
        = QFileDialog::getOpenFileName(parent, tr("Attach a File"), QString(), fileDialogFilter());
    if (path.isEmpty())
        return std::nullopt;
    const Result<OutboundContent> media = mediaFromFile(path);
    if (!media.ok()) {
        QMessageBox::warning(parent, tr("File Not Accepted"), media.error().message);
        return std::nullopt;
    }
    return media.value();
}

std::optional<OutboundContent> AttachmentDialogs::askMediaLink(QWidget* parent)
{
    MediaLinkDialog dialog(parent);
    return ask(dialog);
}

std::optional<OutboundContent> AttachmentDialogs::askButtons(QWidget* parent, const QString& body)
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, body, parent);
    return ask(dialog);
}

std::optional<OutboundContent> AttachmentDialogs::askList(QWidget* parent, const QString& body)
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::List, body, parent);
    return ask(dialog);
}

std::optional<OutboundContent> AttachmentDialogs::askLocation(QWidget* parent)
{
    LocationDialog dialog(parent);
    return ask(dialog);
}

Result<OutboundContent> AttachmentDialogs::mediaFromFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error{MessageRules::ContentError::InvalidValue,
                     tr("“%1” cannot be read: it does not exist, is a folder or you lack permission.")
                         .arg(info.fileName())};
    // Name and content together: a renamed file is still recognised by what it holds.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    const QString mimeType = MessageRules::metaMimeType(type);
    const std::optional<MediaKind> kind = MessageRules::kindForMimeType(mimeType);
    if (!kind)
        return Error{
            131053,
            tr("WhatsApp cannot send “%1” (%2, %3). It accepts images (JPEG, PNG), videos (MP4, 3GPP), "
               "audio (AAC, AMR, MP3, M4A, OGG), documents (PDF, text, Word, Excel, PowerPoint) and "
               "stickers (WebP).")
                .arg(info.fileName(), type.comment(), mimeType)};
    const bool animated = *kind == MediaKind::Sticker && MessageRules::isAnimatedWebp(path);
    const Status allowed = MessageRules::checkMedia(*kind, mimeType, info.size(), animated);
    if (!allowed.ok())
        return Error{allowed.error().code,
                     tr("“%1” cannot be sent: %2").arg(info.fileName(), allowed.error().message)};

    OutboundContent content;
    content.kind = contentKind(*kind);
    content.localFile = info.absoluteFilePath();
    content.mimeType = mimeType;
    if (content.kind == Kind::Document)
        content.filename = info.fileName();
    return content;
}

QString AttachmentDialogs::fileDialogFilter()
{
    const QMimeDatabase database;
    const auto patterns = [&database](MediaKind kind) {
        QStringList globs;
        for (const QString& name : MessageRules::allowedMimeTypes(kind)) {
            for (const QString& glob : database.mimeTypeForName(name).globPatterns()) {
                if (!globs.contains(glob))
                    globs.append(glob);
            }
        }
        return globs;
    };
    const QList<QPair<QString, MediaKind>> groups{{tr("Images"), MediaKind::Image},
                                                  {tr("Videos"), MediaKind::Video},
                                                  {tr("Audio"), MediaKind::Audio},
                                                  {tr("Documents"), MediaKind::Document},
                                                  {tr("Stickers"), MediaKind::Sticker}};
    QStringList all;
    QStringList filters;
    for (const auto& [title, kind] : groups) {
        const QStringList globs = patterns(kind);
        all += globs;
        filters.append(QStringLiteral("%1 (%2)").arg(title, globs.join(QLatin1Char(' '))));
    }
    filters.prepend(tr("Everything WhatsApp accepts (%1)").arg(all.join(QLatin1Char(' '))));
    // Other files stay choosable, so that the refusal can say why rather than the file just missing.
    filters.append(tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

std::optional<MediaKind> AttachmentDialogs::mediaKind(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return MediaKind::Image;
    case Kind::Video:
        return MediaKind::Video;
    case Kind::Audio:
        return MediaKind::Audio;
    case Kind::Document:
        return MediaKind::Document;
    case Kind::Sticker:
        return MediaKind::Sticker;
    default:
        return std::nullopt;
    }
}

OutboundContent::Kind AttachmentDialogs::contentKind(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return Kind::Image;
    case MediaKind::Video:
        return Kind::Video;
    case MediaKind::Audio:
        return Kind::Audio;
    case MediaKind::Document:
        return Kind::Document;
    case MediaKind::Sticker:
        return Kind::Sticker;
    }
    return Kind::Document;
}

Status AttachmentDialogs::checkContent(const OutboundContent& content)
{
    // The check also covers the recipient, which the dialogs do not know yet: a valid stand-in.
    return MessageRules::checkContent(content, QStringLiteral("4930901820"));
}

} // namespace ChannelDesk
