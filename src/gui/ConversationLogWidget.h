// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The conversation log: a channel filter, a search field whose results take the place of the
//! conversation list, the conversations, the messages of the selected one and a composer for
//! replies under them. Everything is read through the Desk and follows the log live.
//! Selecting a conversation marks it read.

#include "model/ConversationRows.h"
#include "util/Result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConversationLogWidget;
}

namespace ChannelDesk {

class AttachmentOpener;
class ConversationListModel;
class Desk;
class MessageActions;
class MessageListDelegate;
class MessageListModel;
class MessageMediaLoader;
class MessageViewScroller;
class SearchResultModel;

class ConversationLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationLogWidget(Desk* desk, QWidget* parent = nullptr);
    ~ConversationLogWidget() override;

    ConversationListModel* conversationModel() const { return m_conversations; }
    MessageListModel* messageModel() const { return m_messages; }
    SearchResultModel* searchModel() const { return m_search; }
    qint64 currentConversationId() const { return m_conversationId; }
    MessageMediaLoader* mediaLoader() const { return m_media; }
    //! Where thumbnails, voice notes and opened attachments are cached (default: the user's cache
    //! folder, media-cache). Call it before a conversation is shown.
    void setMediaCacheDirectory(const QString& directory);

    //! Opens the conversation in the message view, around focusMessageId when it is set.
    void showConversation(qint64 conversationId, qint64 focusMessageId = 0);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateChannelFilter();
    //! Reads again what is shown: the list, the open conversation and its header.
    void refresh();
    void applyChannelFilter();
    void startSearch();
    void showSearchResults();
    void updateListStatus();
    void onConversationsLoaded();
    void selectCurrentInList();
    void onMessagesLoaded();
    void loadHeader();
    void showHeader();
    void markCurrentRead();
    //! Takes the open conversation over from the bot, or gives it back.
    void toggleHandoff();
    void updateHandoffButton();
    //! Tells Meta the customer's messages were read (blue ticks on their phone).
    void sendReadReceipt();
    void onPreviewsChanged(const QSet<QString>& mediaIds);

    std::unique_ptr<Ui::ConversationLogWidget> m_ui;
    QPointer<Desk> m_desk;
    ConversationListModel* m_conversations;
    MessageListModel* m_messages;
    MessageListDelegate* m_messageDelegate;
    MessageMediaLoader* m_media = nullptr;
    AttachmentOpener* m_attachments;
    MessageActions* m_messageActions;
    MessageViewScroller* m_scroller;
    QString m_receiptSentFor; //!< the last inbound wamid a read receipt went out for
    SearchResultModel* m_search;
    QHash<QString, QString> m_channelNames;
    QTimer m_searchDelay;
    QTimer m_clock; //!< redraws the times and countdowns that depend on the current time
    qint64 m_conversationId = 0;
    std::optional<ConversationRow> m_header;
    quint64 m_headerGeneration = 0;
};

} // namespace ChannelDesk
