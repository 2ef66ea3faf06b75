// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Draws a conversation (or a search result) on three lines: the peer's name and the time of the
//! last message; the number (and channel) and the time left in the 24 h window, in words; the
//! preview and an unread badge with its count. Matches in a search snippet are drawn in bold.

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ChannelDesk {

class ConversationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    //! The narrowest view (frame and scroll bar included) in which a name of about 20 characters
    //! shows in full beside the time of the last message.
    static int minimumViewWidth(const QAbstractItemView* view);

private:
    static constexpr int margin = 6;
};

} // namespace ChannelDesk
