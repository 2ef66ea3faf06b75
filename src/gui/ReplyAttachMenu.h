// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The reply composer's Attach menu: media from a file or a link, reply buttons, a list or a
//! location, each asked for in its own dialog (AttachmentDialogs). Its texts are the composer's:
//! they use ReplyComposerWidget's translation context, so the existing translations keep applying.

#include "model/OutboundContent.h"

#include <QMenu>

#include <optional>

class QPlainTextEdit;

namespace ChannelDesk {

class ReplyAttachMenu : public QMenu
{
    Q_OBJECT

public:
    //! composer is the dialogs' parent; replyTextEdit holds the body of buttons and lists.
    ReplyAttachMenu(QWidget* composer, QPlainTextEdit* replyTextEdit, QWidget* parent);

signals:
    //! The operator filled in a dialog and confirmed it.
    void chosen(const ChannelDesk::OutboundContent& content);

private:
    void offer(const std::optional<OutboundContent>& content);
};

} // namespace ChannelDesk
