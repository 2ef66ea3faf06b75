// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps the conversation's message view where the reader expects it: at the newest message while
//! they follow it, on the message a search result opened, and on the same messages while older
//! ones are prepended; scrolling to the top (or a first page too short to scroll) fetches older
//! messages.

#include <QObject>

#include <optional>

class QListView;

namespace ChannelDesk {

class MessageListModel;

class MessageViewScroller : public QObject
{
    Q_OBJECT

public:
    MessageViewScroller(MessageListModel* messages, QListView* view, QObject* parent);

    //! The message to show once it is loaded (0: the newest).
    void setFocusMessage(qint64 messageId) { m_focusMessageId = messageId; }
    //! A page of messages arrived.
    void onMessagesLoaded();
    //! Rows grew (e.g. a thumbnail arrived): the newest message stays in sight if it was.
    void keepNewestInSight();

private:
    void keepScrollPosition(int first);
    void restoreScrollPosition();

    MessageListModel* m_messages;
    QListView* m_view;
    qint64 m_focusMessageId = 0;
    //! While older messages are prepended: the distance of the view from the bottom, to keep.
    std::optional<int> m_distanceFromBottom;
    bool m_followNewest = true;
};

} // namespace ChannelDesk
