// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelListDelegate.h"

#include "ChannelListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace ChannelDesk {

void ChannelListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
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

    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailsMetrics(opt.font);
    const QList<QRect> lines = lineRects(opt);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(textColour);
    painter->drawText(lines.at(0), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, lines.at(0).width()));
    painter->setFont(opt.font);
    painter->setPen(detailsColour);
    const QString identity = index.data(ChannelListModel::IdentityRole).toString();
    painter->drawText(lines.at(1), Qt::AlignLeft | Qt::AlignVCenter,
                      detailsMetrics.elidedText(identity, Qt::ElideRight, lines.at(1).width()));
    const QString status = index.data(ChannelListModel::StatusRole).toString();
    painter->drawText(lines.at(2), Qt::AlignLeft | Qt::AlignVCenter,
                      detailsMetrics.elidedText(status, Qt::ElideRight, lines.at(2).width()));
    painter->restore();
}

QSize ChannelListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int height = QFontMetrics(nameFont).height() + 2 * QFontMetrics(option.font).height() + 2 * margin;
    // The name and the status ask for width; the id and kind are elided rather than widening the list.
    const int width = std::max(
        QFontMetrics(nameFont).horizontalAdvance(index.data(Qt::DisplayRole).toString()),
        QFontMetrics(option.font).horizontalAdvance(index.data(ChannelListModel::StatusRole).toString()));
    return {width + 2 * margin, height};
}

QList<QRect> ChannelListDelegate::lineRects(const QStyleOptionViewItem& option)
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int nameHeight = QFontMetrics(nameFont).height();
    const int lineHeight = QFontMetrics(option.font).height();
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const QRect name(area.left(), area.top(), area.width(), nameHeight);
    const QRect identity(area.left(), name.bottom() + 1, area.width(), lineHeight);
    const QRect status(area.left(), identity.bottom() + 1, area.width(), lineHeight);
    return {name, identity, status};
}

int ChannelListDelegate::minimumViewWidth(const QAbstractItemView* view)
{
    // The longest status there is, so that none is ever cut to "Enab…".
    const QFontMetrics metrics(view->font());
    int status = 0;
    for (const bool enabled : {true, false}) {
        for (const std::optional<bool> test :
             {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)})
            status = std::max(status, metrics.horizontalAdvance(ChannelListModel::statusText(enabled, test)));
    }
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return status + 2 * margin + 2 * view->frameWidth() + scrollBar;
}

} // namespace ChannelDesk
