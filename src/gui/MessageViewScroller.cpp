// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageViewScroller.h"

#include "MessageListModel.h"

#include <QListView>
#include <QScrollBar>

namespace ChannelDesk {

MessageViewScroller::MessageViewScroller(MessageListModel* messages, QListView* view, QObject* parent)
    : QObject(parent)
    , m_messages(messages)
    , m_view(view)
{
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first) { keepScrollPosition(first); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &MessageViewScroller::restoreScrollPosition);
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] { m_followNewest = true; });
    QScrollBar* scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this, [this, scrollBar](int value) {
        m_followNewest = value == scrollBar->maximum();
        if (value == scrollBar->minimum() && m_messages->canFetchOlder() && !m_messages->isLoading())
            m_messages->fetchOlder();
    });
}

void MessageViewScroller::onMessagesLoaded()
{
    if (m_focusMessageId != 0) {
        const int row = m_messages->rowOf(m_focusMessageId);
        if (row >= 0) {
            m_focusMessageId = 0;
            const QModelIndex index = m_messages->index(row);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    }
    // Asked for at the top while another request was loading: ask again.
    const QScrollBar* scrollBar = m_view->verticalScrollBar();
    if (scrollBar->maximum() > 0 && scrollBar->value() == scrollBar->minimum()
        && m_messages->canFetchOlder()) {
        m_messages->fetchOlder();
        return;
    }
    // Until the messages fill the view there is no scrolling up to ask for older ones. Only a
    // first page can be that short; laying out more rows here would cost every refresh.
    if (m_messages->canFetchOlder() && m_messages->rowCount() <= m_messages->pageSize()) {
        m_view->doItemsLayout();
        if (m_view->verticalScrollBar()->maximum() == 0)
            m_messages->fetchOlder();
    }
}

void MessageViewScroller::keepNewestInSight()
{
    if (m_followNewest && m_focusMessageId == 0) {
        m_view->doItemsLayout();
        m_view->scrollToBottom();
    }
}

void MessageViewScroller::keepScrollPosition(int first)
{
    const QScrollBar* scrollBar = m_view->verticalScrollBar();
    if (first == 0 && m_messages->rowCount() > 0)
        m_distanceFromBottom = scrollBar->maximum() - scrollBar->value();
}

void MessageViewScroller::restoreScrollPosition()
{
    if (m_distanceFromBottom) {
        // Older messages went in above: the ones being read stay where they were.
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum() - *m_distanceFromBottom);
        m_distanceFromBottom.reset();
    } else if (m_followNewest && m_focusMessageId == 0) {
        m_view->scrollToBottom();
    }
}

} // namespace ChannelDesk
