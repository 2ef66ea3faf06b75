// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrafficChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ChannelDesk {

namespace {

constexpr int kAxisHeight = 14;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

int legendHeight(const QFontMetrics& metrics)
{
    return metrics.height() + 4;
}

} // namespace

TrafficChart::TrafficChart(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Messages per hour, last 24 hours"));
    updateDescription();
}

void TrafficChart::setTraffic(const QDateTime& start, const QList<TrafficHour>& hours)
{
    m_start = start;
    m_hours = hours;
    updateDescription();
    update();
}

void TrafficChart::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    updateGeometry();
    update();
}

QColor TrafficChart::colour(Series series, const QPalette& palette)
{
    // Darker shades on a light base, lighter ones on a dark base: both keep a contrast above 3:1.
    const bool dark = isDark(palette);
    switch (series) {
    case Series::Received:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Series::Sent:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Series::Failed:
        break;
    }
    return dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc6, 0x28, 0x28);
}

QRect TrafficChart::plotRect() const
{
    if (m_compact)
        return rect().adjusted(1, 1, -1, -1);
    return rect().adjusted(1, 1 + legendHeight(fontMetrics()), -1, -1 - kAxisHeight);
}

int TrafficChart::hourAt(int x) const
{
    const QRect plot = plotRect();
    if (m_hours.isEmpty() || x < plot.left() || x > plot.right() || plot.width() <= 0)
        return -1;
    const int index = int(qint64(x - plot.left()) * m_hours.size() / plot.width());
    return std::clamp(index, 0, int(m_hours.size()) - 1);
}

QString TrafficChart::hourText(int index) const
{
    if (index < 0 || index >= m_hours.size())
        return {};
    const QLocale locale;
    const QDateTime from = m_start.addSecs(qint64(index) * 3600).toLocalTime();
    const TrafficHour& hour = m_hours.at(index);
    return tr("%1–%2: %3 received, %4 sent, %5 failed")
        .arg(locale.toString(from.time(), QLocale::ShortFormat),
             locale.toString(from.addSecs(3600).time(), QLocale::ShortFormat))
        .arg(hour.in)
        .arg(hour.out)
        .arg(hour.failed);
}

QSize TrafficChart::sizeHint() const
{
    return m_compact ? QSize(150, 22) : QSize(480, 96 + legendHeight(fontMetrics()));
}

QSize TrafficChart::minimumSizeHint() const
{
    return m_compact ? QSize(72, 16) : QSize(160, 50 + legendHeight(fontMetrics()));
}

void TrafficChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect plot = plotRect();
    painter.fillRect(plot, palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(plot.adjusted(0, 0, -1, -1));
    if (m_hours.isEmpty())
        return;
    int highest = 1;
    for (const TrafficHour& hour : std::as_const(m_hours))
        highest = std::max(
            {highest, m_compact ? hour.in + hour.out + hour.failed : hour.in, hour.out, hour.failed});
    if (m_compact) {
        paintCompact(painter, plot, highest);
        return;
    }
    paintFull(painter, plot, highest);
    paintLegend(painter);
}

void TrafficChart::paintCompact(QPainter& painter, const QRect& plot, int highest)
{
    const double slot = double(plot.width()) / m_hours.size();
    const double scale = double(plot.height() - 2) / highest;
    for (int i = 0; i < m_hours.size(); ++i) {
        const TrafficHour& hour = m_hours.at(i);
        const double x = plot.left() + i * slot + (slot > 3 ? 0.5 : 0);
        const double w = std::max(1.0, slot > 3 ? slot - 1 : slot);
        double bottom = plot.bottom();
        // Stacked: received, sent, failed on top. Any message at all gets at least a pixel.
        const std::pair<int, Series> parts[]
            = {{hour.in, Series::Received}, {hour.out, Series::Sent}, {hour.failed, Series::Failed}};
        for (const auto& [count, series] : parts) {
            if (count <= 0)
                continue;
            const double h = std::max(1.0, count * scale);
            painter.fillRect(QRectF(x, bottom - h, w, h), colour(series, palette()));
            bottom -= h;
        }
    }
}

void TrafficChart::paintFull(QPainter& painter, const QRect& plot, int highest)
{
    const double slot = double(plot.width()) / m_hours.size();
    const double bar = std::max(1.0, (slot - 2) / 3);
    const double scale = double(plot.height() - 4) / highest;
    for (int i = 0; i < m_hours.size(); ++i) {
        const TrafficHour& hour = m_hours.at(i);
        const double left = plot.left() + i * slot + 1;
        const std::pair<int, Series> bars[]
            = {{hour.in, Series::Received}, {hour.out, Series::Sent}, {hour.failed, Series::Failed}};
        for (int b = 0; b < 3; ++b) {
            const auto& [count, series] = bars[b];
            if (count <= 0)
                continue;
            const double h = std::max(1.0, count * scale);
            painter.fillRect(QRectF(left + b * bar, plot.bottom() - h, bar, h), colour(series, palette()));
        }
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    painter.setPen(palette().text().color());
    // The scale: the highest hour's count in the top left corner, so heights read as numbers.
    painter.drawText(plot.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop, QLocale().toString(highest));
    for (int i = 0; i <= m_hours.size(); ++i) {
        const double x = plot.left() + i * slot;
        const QDateTime local = m_start.addSecs(qint64(i) * 3600).toLocalTime();
        const bool labelled = local.time().hour() % 6 == 0 && local.time().minute() == 0;
        painter.drawLine(QPointF(x, plot.bottom() + 1), QPointF(x, plot.bottom() + (labelled ? 5 : 3)));
        if (labelled && i < m_hours.size())
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, kAxisHeight - 2), Qt::AlignCenter,
                             QLocale().toString(local.time(), QLocale::ShortFormat));
    }
}

void TrafficChart::paintLegend(QPainter& painter)
{
    painter.setFont(font());
    int received = 0;
    int sent = 0;
    int failed = 0;
    for (const TrafficHour& hour : std::as_const(m_hours)) {
        received += hour.in;
        sent += hour.out;
        failed += hour.failed;
    }
    const std::pair<QString, Series> entries[] = {
        {tr("Received: %1").arg(received), Series::Received},
        {tr("Sent: %1").arg(sent), Series::Sent},
        {tr("Failed: %1").arg(failed), Series::Failed},
    };
    const QFontMetrics metrics = fontMetrics();
    const int box = metrics.height() - 6;
    int x = 2;
    for (const auto& [text, series] : entries) {
        painter.fillRect(QRect(x, 3 + (metrics.height() - box) / 2, box, box), colour(series, palette()));
        x += box + 4;
        painter.setPen(palette().text().color());
        painter.drawText(QRect(x, 2, width() - x, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 12;
    }
}

void TrafficChart::updateDescription()
{
    int received = 0;
    int sent = 0;
    int failed = 0;
    for (const TrafficHour& hour : std::as_const(m_hours)) {
        received += hour.in;
        sent += hour.out;
        failed += hour.failed;
    }
    const QString text
        = tr("Last 24 hours: %1 received, %2 sent, %3 failed").arg(received).arg(sent).arg(failed);
    setAccessibleDescription(text);
    // The compact chart has no legend: its tooltip outside a bar says what it shows.
    setToolTip(text);
}

bool TrafficChart::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int index = hourAt(help->pos().x());
    QToolTip::showText(help->globalPos(), index < 0 ? toolTip() : hourText(index), this);
    return true;
}

} // namespace ChannelDesk
