// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListDelegate.h"

#include "model/ConversationRows.h"
#include "ConversationListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ChannelDesk {
namespace {

//! Draws text on one line, eliding at the right, with the parts between the search match markers
//! in bold.
void drawMarkedLine(QPainter* painter, const QRect& rect, QString text, const QFont& font)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QFont bold = font;
    bold.setBold(true);
    int x = rect.left();
    bool matched = false;
    QString segment;
    const auto flush = [&]() {
        if (segment.isEmpty() || x >= rect.right())
            return;
        const QFontMetrics metrics(matched ? bold : font);
        const int room = rect.right() - x;
        const QString shown = metrics.horizontalAdvance(segment) > room
            ? metrics.elidedText(segment, Qt::ElideRight, room)
            : segment;
        painter->setFont(matched ? bold : font);
        painter->drawText(QRect(x, rect.top(), room, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += shown == segment ? metrics.horizontalAdvance(segment) : room;
        segment.clear();
    };
    for (const QChar c : std::as_const(text)) {
        if (c == SearchHit::matchStart() || c == SearchHit::matchEnd()) {
            flush();
            matched = c == SearchHit::matchStart();
            continue;
        }
        segment += c;
    }
    flush();
}

} // namespace

void ConversationListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    using R = ConversationListModel::Role;
    QString number = index.data(R::PeerNumberRole).toString();
    if (number == name)
        number.clear();
    const QString channel = index.data(R::ChannelNameRole).toString();
    if (!channel.isEmpty())
        number = number.isEmpty() ? channel : number + QStringLiteral(" · ") + channel;
    const QString time = index.data(R::TimeTextRole).toString();
    const QString window = index.data(R::WindowTextRole).toString();
    const QString preview = index.data(R::PreviewRole).toString();
    const int unread = index.data(R::UnreadCountRole).toInt();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColour = textColour;
    quietColour.setAlphaF(0.7f);

    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QRect line1(area.left(), area.top(), area.width(), nameMetrics.height());
    const QRect line2(area.left(), line1.bottom() + 1, area.width(), metrics.height());
    const QRect line3(area.left(), line2.bottom() + 1, area.width(), metrics.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Right-hand column first, so the left-hand texts know how much room is left.
    const int timeWidth = metrics.horizontalAdvance(time);
    const int windowWidth = metrics.horizontalAdvance(window);
    painter->setFont(opt.font);
    painter->setPen(quietColour);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->drawText(line2, Qt::AlignRight | Qt::AlignVCenter, window);
    int badgeWidth = 0;
    if (unread > 0) {
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString count = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        const int height = badgeMetrics.height();
        badgeWidth = std::max(height, badgeMetrics.horizontalAdvance(count) + height / 2 + 2);
        const QRect badge(line3.right() - badgeWidth + 1, line3.top() + (line3.height() - height) / 2,
                          badgeWidth, height);
        QPainterPath pill;
        pill.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(pill,
                          selected ? opt.palette.color(group, QPalette::HighlightedText)
                                   : opt.palette.color(group, QPalette::Highlight));
        painter->setFont(badgeFont);
        painter->setPen(selected ? opt.palette.color(group, QPalette::Highlight)
                                 : opt.palette.color(group, QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    // Tags, drawn outlined left of the time: "Person" (taken over from the bot), "not allowed" (a
    // WeCom member outside the allowlist: replies are refused).
    QStringList tags;
    if (index.data(R::TakenOverRole).toBool())
        tags << tr("Person");
    if (index.data(R::NotAllowedRole).toBool())
        tags << tr("not allowed");
    int tagWidth = 0;
    for (const QString& tag : std::as_const(tags)) {
        const int height = metrics.height();
        const int width = metrics.horizontalAdvance(tag) + height / 2 + 2;
        const QRect box(line1.right() - timeWidth - margin - tagWidth - width + 1,
                        line1.top() + (line1.height() - height) / 2, width, height);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setPen(textColour);
        painter->drawPath(pill);
        painter->drawText(box, Qt::AlignCenter, tag);
        tagWidth += width + margin;
    }
    painter->setPen(textColour);
    painter->setFont(nameFont);
    const int nameRoom = line1.width() - timeWidth - tagWidth - margin;
    painter->drawText(line1.adjusted(0, 0, -(timeWidth + tagWidth + margin), 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameRoom));
    painter->setFont(opt.font);
    painter->setPen(quietColour);
    const int numberRoom = line2.width() - windowWidth - margin;
    painter->drawText(line2.adjusted(0, 0, -(windowWidth + margin), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(number, Qt::ElideRight, numberRoom));
    painter->setPen(textColour);
    drawMarkedLine(painter, line3.adjusted(0, 0, -(badgeWidth ? badgeWidth + margin : 0), 0), preview,
                   opt.font);
    painter->restore();
}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics metrics(option.font);
    const int height = QFontMetrics(nameFont).height() + 2 * metrics.height() + 2 + 2 * margin;
    // Only the name asks for width: everything else is elided rather than widening the list.
    const int width = QFontMetrics(nameFont).horizontalAdvance(index.data(Qt::DisplayRole).toString());
    return {width + 2 * margin, height};
}

int ConversationListDelegate::minimumViewWidth(const QAbstractItemView* view)
{
    QFont nameFont = view->font();
    nameFont.setBold(true);
    const QFontMetrics metrics(view->font());
    const QLocale locale;
    // The widest times the list shows: today's, yesterday's and an older date.
    const int time
        = std::max({metrics.horizontalAdvance(locale.toString(QTime(23, 59, 59), QLocale::ShortFormat)),
                    metrics.horizontalAdvance(ConversationListModel::tr("Yesterday")),
                    metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat))});
    const int name = QFontMetrics(nameFont).averageCharWidth() * 20;
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return name + time + 3 * margin + 2 * view->frameWidth() + scrollBar;
}

} // namespace ChannelDesk
