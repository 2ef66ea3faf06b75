// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyAttachMenu.h"

#include "AttachmentDialogs.h"
#include "ReplyComposerWidget.h"

#include <QPlainTextEdit>

namespace ChannelDesk {

ReplyAttachMenu::ReplyAttachMenu(QWidget* composer, QPlainTextEdit* replyTextEdit, QWidget* parent)
    : QMenu(parent)
{
    addAction(ReplyComposerWidget::tr("Image, video, audio or document from a &file…"), this,
              [this, composer] { offer(AttachmentDialogs::askMediaFile(composer)); });
    addAction(ReplyComposerWidget::tr("Media from a &link…"), this,
              [this, composer] { offer(AttachmentDialogs::askMediaLink(composer)); });
    addSeparator();
    addAction(ReplyComposerWidget::tr("Reply &buttons…"), this, [this, composer, replyTextEdit] {
        offer(AttachmentDialogs::askButtons(composer, replyTextEdit->toPlainText()));
    });
    addAction(ReplyComposerWidget::tr("&List…"), this, [this, composer, replyTextEdit] {
        offer(AttachmentDialogs::askList(composer, replyTextEdit->toPlainText()));
    });
    addAction(ReplyComposerWidget::tr("L&ocation…"), this,
              [this, composer] { offer(AttachmentDialogs::askLocation(composer)); });
}

void ReplyAttachMenu::offer(const std::optional<OutboundContent>& content)
{
    if (content)
        emit chosen(*content);
}

} // namespace ChannelDesk
