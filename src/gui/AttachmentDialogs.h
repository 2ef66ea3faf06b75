// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The composer's attachment pickers: each asks the operator modally for one kind of content and
//! returns it only once it passes Meta's limits, so nothing that WhatsApp would refuse is queued.
//! Also the checks they share, kept static so that tests need no event loop.

#include "desk/MessageRules.h"
#include "model/OutboundContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMimeType;
class QWidget;

namespace ChannelDesk {

class AttachmentDialogs
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentDialogs)

public:
    //! Picks a file, then checks its type and size before returning it for upload.
    static std::optional<OutboundContent> askMediaFile(QWidget* parent);
    static std::optional<OutboundContent> askMediaLink(QWidget* parent);
    //! body: the composer's text, which the dialog starts from.
    static std::optional<OutboundContent> askButtons(QWidget* parent, const QString& body);
    static std::optional<OutboundContent> askList(QWidget* parent, const QString& body);
    static std::optional<OutboundContent> askLocation(QWidget* parent);

    //! The check behind askMediaFile: detects the MIME type from name and content, maps it to a
    //! kind and applies Meta's type and size limits. Returns kind, localFile, mimeType and (for
    //! documents) filename, or an Error naming the limit.
    static Result<OutboundContent> mediaFromFile(const QString& path);
    //! QFileDialog name filters for every type WhatsApp accepts, "All files" last.
    static QString fileDialogFilter();

    static std::optional<MediaKind> mediaKind(OutboundContent::Kind kind);
    static OutboundContent::Kind contentKind(MediaKind kind);
    //! MessageRules::checkContent's verdict on content whose recipient is not known yet.
    static Status checkContent(const OutboundContent& content);
};

} // namespace ChannelDesk
