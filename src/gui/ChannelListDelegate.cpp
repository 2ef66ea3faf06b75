// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelListDelegate.h"

#include "ChannelListModel.h"

#include <QApplication>
#include <QPainter>

namespace ChannelDesk {

void ChannelListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString details = index.data(ChannelListModel::DetailsRole).toString();
    // Let the style draw selection, focus and hover; the text is ours.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailsColour = textColour;
    detailsColour.setAlphaF(0.7f);

    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailsMetrics(opt.font);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(textColour);
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(detailsColour);
    painter->drawText(
        QRect(area.left(), area.top() + nameMetrics.height(), area.width(), detailsMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, detailsMetrics.elidedText(details, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ChannelListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int height = QFontMetrics(nameFont).height() + QFontMetrics(option.font).height() + 2 * margin;
    // Ask only for the name's width: the details line is elided rather than widening the list.
    const int width = QFontMetrics(nameFont).horizontalAdvance(index.data(Qt::DisplayRole).toString());
    return {width + 2 * margin, height};
}

} // namespace ChannelDesk
