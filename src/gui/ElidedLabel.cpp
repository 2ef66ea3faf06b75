// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidedLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStatusBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace ChannelDesk {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, int preferredCharacters, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode)
    , m_preferredCharacters(preferredCharacters)
{
    setTextFormat(Qt::PlainText);
}

bool ElidedLabel::isElided() const
{
    return shownText() != text();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), m_mode, contentsRect().width());
}

QSize ElidedLabel::preferredSize() const
{
    QSize hint = QLabel::sizeHint();
    const int margins = contentsMargins().left() + contentsMargins().right();
    hint.setWidth(std::min(hint.width(), fontMetrics().averageCharWidth() * m_preferredCharacters + margins));
    return hint;
}

QSize ElidedLabel::sizeHint() const
{
    QSize hint = preferredSize();
    const auto* bar = qobject_cast<const QStatusBar*>(parentWidget());
    if (m_message.isEmpty() || !bar)
        return hint;
    // What the message leaves (with QStatusBar's margins and spacing), shared in proportion.
    const QList<QWidget*> widgets = bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    int wanted = 0;
    int shown = 0;
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        const auto* label = qobject_cast<const ElidedLabel*>(widget);
        wanted += label ? label->preferredSize().width() : widget->sizeHint().width();
        ++shown;
    }
    const int room = bar->width() - bar->fontMetrics().horizontalAdvance(m_message) - 12 - 8 * shown;
    if (wanted > room && wanted > 0)
        hint.setWidth(std::max(minimumSizeHint().width(), int(qint64(hint.width()) * room / wanted)));
    return hint;
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters around the ellipsis: enough to tell what the label is about.
    QSize minimum = QLabel::minimumSizeHint();
    const int margins = contentsMargins().left() + contentsMargins().right();
    minimum.setWidth(std::min(minimum.width(), fontMetrics().averageCharWidth() * 8 + margins));
    return minimum;
}

bool ElidedLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        const QString details = toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                           details.isEmpty() ? text() : text() + QLatin1Char('\n') + details, this);
        return true;
    }
    return QLabel::event(event);
}

bool ElidedLabel::eventFilter(QObject* watched, QEvent* event)
{
    // The share of a narrower or wider bar differs.
    if (event->type() == QEvent::Resize && !m_message.isEmpty())
        updateGeometry();
    return QLabel::eventFilter(watched, event);
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // QStatusBar draws its message in what its permanent widgets leave, and cuts it off.
    if (event->type() == QEvent::ParentChange) {
        if (auto* bar = qobject_cast<QStatusBar*>(parentWidget())) {
            bar->installEventFilter(this);
            connect(bar, &QStatusBar::messageChanged, this, [this](const QString& message) {
                m_message = message;
                updateGeometry();
            });
        }
    }
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    drawFrame(&painter);
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), shownText(), foregroundRole());
}

} // namespace ChannelDesk
