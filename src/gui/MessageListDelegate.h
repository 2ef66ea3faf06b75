// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Draws a message as a bubble: inbound on the left, outbound on the right. A non-text message
//! starts with its type in brackets ("[Image]") before its caption or text; the time sits at the
//! bottom, and outbound messages carry delivery ticks: one for sent, two for delivered, two blue
//! for read, a cross for failed. The status is also in the row's tooltip and accessible text, so
//! neither the ticks' shape nor their colour is the only signal. A WeCom event ("opened the app")
//! is a short centred system line without a bubble. WhatsApp's formatting (*bold*, _italic_,
//! ~strike~, ```monospace```) is drawn as such, without its markers. A reply shows the message it
//! quotes above its text behind a bar; reactions sit in a chip under the bubble.
//! With a MessageMediaLoader, a photo or sticker shows its thumbnail above its caption (a line
//! saying it is loading or why it could not be, until then), a voice note its duration and a
//! document its size once known; painting a row asks the loader for what it lacks.

#include "MessageMediaLoader.h"

#include <QImage>
#include <QPointer>
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
    //! "0:04", "12:30", "1:02:03"
    static QString durationText(qint64 milliseconds);

    void setMediaLoader(MessageMediaLoader* loader) { m_media = loader; }
    //! The line above the text: "[Image]", "🎤 Voice message · 0:04", "[Document] invoice.pdf · 1.2 MB".
    QString labelText(const QModelIndex& index) const;
    //! Where the row's thumbnail (or the line standing for it) is, in the view's coordinates;
    //! empty if the row has none.
    QRect mediaRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    //! Where the parts of one bubble go, relative to the item's top left corner.
    struct Geometry
    {
        QRect bubble;
        QRect quote; //!< the quoted message, above the text; empty if none
        QRect reactions; //!< the reactions chip under the bubble; empty if none
        QRect label;
        QString labelText;
        QRect media; //!< the thumbnail, or the line saying it is loading or failed
        QImage thumbnail;
        QString mediaText; //!< that line
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
    static constexpr int quoteIndent = 9; //!< the quote's bar and the gap after it

    QPointer<MessageMediaLoader> m_media;
};

} // namespace ChannelDesk
