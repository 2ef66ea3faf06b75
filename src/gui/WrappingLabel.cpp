// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingLabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace ChannelDesk {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappingLabel::minimumSizeHint() const
{
    QSize minimum = QLabel::minimumSizeHint();
    // Only once laid out: a hidden label still has its default width of 100 pixels, and the
    // height for that could push a window larger than its screen.
    if (wordWrap() && isVisible() && width() > 0 && !text().isEmpty())
        minimum.setHeight(std::max(minimum.height(), heightForWidth(width())));
    return minimum;
}

void WrappingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    // The height needed follows the width; the width never follows the height, so this settles.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace ChannelDesk
