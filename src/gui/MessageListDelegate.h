// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Draws a message as a bubble: inbound on the left, outbound on the right. A non-text message
//! starts with its type in brackets ("[Image]") before its caption or text; the time sits at the
//! bottom, and outbound messages carry delivery ticks: one for sent, two for delivered, two blue
//! for read, a cross for failed. The status is also in the row's tooltip and accessible text, so
//! neither the ticks' shape nor their colour is the only signal. A WeCom event ("opened the app")
//! is a short centred system line without a bubble. WhatsApp's formatting (*bold*, _italic_,
//! ~strike~, ```monospace```) is drawn as such, without its markers.

#include <QStyledItemDelegate>
#include <QTextLayout>

namespace ChannelDesk {

class MessageListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    //! The text as drawn: WhatsApp's markers removed, their styles as formats for a QTextLayout.
    static QString formattedText(const QString& text, QList<QTextLayout::FormatRange>* formats);

private:
    //! Where the parts of one bubble go, relative to the item's top left corner.
    struct Geometry
    {
        QRect bubble;
        QRect label;
        QPoint text;
        QRect footer;
        int height = 0;
    };
    Geometry layout(const QStyleOptionViewItem& option, const QModelIndex& index, QTextLayout* text) const;
    static bool isEvent(const QModelIndex& index);
    //! "opened the app · 10:42"
    static QString eventLine(const QModelIndex& index);

    static constexpr int padding = 8;
    static constexpr int spacing = 3;
    static constexpr int tickWidth = 18;
};

} // namespace ChannelDesk
