// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Draws a channel list entry on three lines: the name, and below it in a quieter colour the id
//! and kind, then the status on a line of its own so that it is never the part cut off.

#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ChannelDesk {

class ChannelListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    //! Where the name, the id and kind, and the status are drawn in an entry at option.rect.
    static QList<QRect> lineRects(const QStyleOptionViewItem& option);
    //! The narrowest view (frame and scroll bar included) in which every status shows in full.
    static int minimumViewWidth(const QAbstractItemView* view);

private:
    static constexpr int margin = 4;
};

} // namespace ChannelDesk
