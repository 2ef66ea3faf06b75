// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What can be done with a message in the conversation log's message view: its context menu (copy,
//! open the map, open or save a Cloud API attachment, react) and a click on a thumbnail, which
//! opens the photo. Its texts are the conversation log's: they use ConversationLogWidget's
//! translation context, so the existing translations keep applying.

#include <QObject>
#include <QPointer>

class QListView;
class QPoint;
class QWidget;

namespace ChannelDesk {

class AttachmentOpener;
class Desk;
class MessageListDelegate;
class MessageMediaLoader;
class ReplyComposerWidget;

class MessageActions : public QObject
{
    Q_OBJECT

public:
    //! log holds view and is where menus and the save dialog open.
    MessageActions(Desk* desk, QListView* view, MessageListDelegate* delegate, AttachmentOpener* attachments,
                   ReplyComposerWidget* composer, QWidget* log);

    void setMediaLoader(MessageMediaLoader* media) { m_media = media; }
    //! The channel of the conversation shown; empty until its header is known, when nothing is offered.
    void setChannelId(const QString& channelId) { m_channelId = channelId; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMenu(const QPoint& position);
    //! A click on a thumbnail opens the photo.
    void openClickedMedia(const QPoint& at);

    QPointer<Desk> m_desk;
    QListView* m_view;
    MessageListDelegate* m_delegate;
    AttachmentOpener* m_attachments;
    ReplyComposerWidget* m_composer;
    QWidget* m_log;
    QPointer<MessageMediaLoader> m_media;
    QString m_channelId;
};

} // namespace ChannelDesk
