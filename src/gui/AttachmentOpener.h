// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Opens or saves an inbound attachment of a conversation: from the message view's media cache
//! when it is there, otherwise downloaded through the Desk behind a progress dialog that cancels
//! the download. Nothing here touches the disk or the network on the UI thread.

#include "channels/FieldCheck.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWidget;

namespace ChannelDesk {

class Desk;
class MessageMediaLoader;

class AttachmentOpener : public QObject
{
    Q_OBJECT

public:
    //! dialogParent owns the progress dialogs and the opener.
    AttachmentOpener(Desk* desk, QWidget* dialogParent);

    void setMediaLoader(MessageMediaLoader* loader) { m_media = loader; }
    //! savePath empty: opens the attachment with the desktop's application for its type.
    void open(const QString& channelId, const QJsonObject& media, const QString& savePath);
    //! The sender's file name without any folder, or a name from the media id and its type.
    static QString suggestedName(const QJsonObject& media);

signals:
    //! What became of a download or a copy, in words for the conversation's notice line.
    void notice(FieldCheck::Severity severity, const QString& text);

private:
    void download(const QString& channelId, const QJsonObject& media, const QString& path, bool open);
    //! Opens a file just downloaded into the cache, once it is owner-only.
    void openOwnerOnly(const QString& cached);
    //! Opens the cached file (savePath empty) or copies it to savePath.
    void useCached(const QString& cached, const QString& savePath);

    QPointer<Desk> m_desk;
    QWidget* m_dialogParent;
    QPointer<MessageMediaLoader> m_media;
};

} // namespace ChannelDesk
