// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BotHistoryChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ChannelDesk {

namespace {

const QColor Forwarded(0x1e, 0x6f, 0xb8);
const QColor Failed(0xc6, 0x28, 0x28);
constexpr int kAxisHeight = 14;

QDateTime minuteStart(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
}

} // namespace

BotHistoryChart::BotHistoryChart(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Forwarded and failed per minute, last 24 hours"));
}

void BotHistoryChart::setMinutes(const QList<BotMinute>& minutes, const QDateTime& end)
{
    m_minutes = minutes;
    m_end = end;
    m_bucketsWidth = -1;
    update();
}

QList<BotHistoryChart::Bucket> BotHistoryChart::buckets(const QList<BotMinute>& minutes, const QDateTime& end,
                                                        int count)
{
    QList<Bucket> out;
    if (count <= 0 || !end.isValid())
        return out;
    count = std::min(count, kMinutes);
    // The current minute is the last one shown, so "now" is always on the chart.
    const QDateTime start = minuteStart(end).addSecs(60 - qint64(kMinutes) * 60);
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int first = int(qint64(i) * kMinutes / count);
        const int next = int(qint64(i + 1) * kMinutes / count);
        out.append({start.addSecs(qint64(first) * 60), next - first, 0, 0});
    }
    for (const BotMinute& minute : minutes) {
        const qint64 index = start.secsTo(minuteStart(minute.minute)) / 60;
        if (index < 0 || index >= kMinutes)
            continue;
        Bucket& bucket = out[int(index * count / kMinutes)];
        bucket.forwarded += minute.forwarded;
        bucket.failed += minute.failed;
    }
    return out;
}

QRect BotHistoryChart::plotRect() const
{
    return rect().adjusted(1, 1, -1, -1 - kAxisHeight);
}

int BotHistoryChart::bucketCount() const
{
    return int(currentBuckets().size());
}

std::optional<BotHistoryChart::Bucket> BotHistoryChart::bucketAt(int x) const
{
    const QRect plot = plotRect();
    const QList<Bucket>& bars = currentBuckets();
    if (bars.isEmpty() || x < plot.left() || x > plot.right())
        return std::nullopt;
    const int index = int(qint64(x - plot.left()) * bars.size() / plot.width());
    return bars.value(std::clamp(index, 0, int(bars.size()) - 1));
}

const QList<BotHistoryChart::Bucket>& BotHistoryChart::currentBuckets() const
{
    const int width = plotRect().width();
    if (width != m_bucketsWidth) {
        m_buckets = buckets(m_minutes, m_end, width);
        m_bucketsWidth = width;
    }
    return m_buckets;
}

QSize BotHistoryChart::sizeHint() const
{
    return {480, 90};
}

QSize BotHistoryChart::minimumSizeHint() const
{
    return {120, 50};
}

void BotHistoryChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect plot = plotRect();
    painter.fillRect(plot, palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(plot.adjusted(0, 0, -1, -1));
    const QList<Bucket>& bars = currentBuckets();
    if (bars.isEmpty())
        return;
    int highest = 1;
    for (const Bucket& bucket : std::as_const(bars))
        highest = std::max(highest, bucket.forwarded + bucket.failed);
    const double barWidth = double(plot.width()) / bars.size();
    const double scale = double(plot.height() - 2) / highest;
    for (int i = 0; i < bars.size(); ++i) {
        const Bucket& bucket = bars.at(i);
        const double x = plot.left() + i * barWidth;
        const double w = std::max(1.0, barWidth);
        const double forwarded = bucket.forwarded * scale;
        const double failed = bucket.failed * scale;
        // Any activity at all gets at least a pixel, or a lone failure would vanish.
        const double shownForwarded = bucket.forwarded > 0 ? std::max(1.0, forwarded) : 0.0;
        const double shownFailed = bucket.failed > 0 ? std::max(1.0, failed) : 0.0;
        const double bottom = plot.bottom();
        if (shownForwarded > 0)
            painter.fillRect(QRectF(x, bottom - shownForwarded, w, shownForwarded), Forwarded);
        if (shownFailed > 0)
            painter.fillRect(QRectF(x, bottom - shownForwarded - shownFailed, w, shownFailed), Failed);
    }
    // Hour ticks, labelled every 6 hours in local time.
    painter.setPen(palette().text().color());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    const QDateTime start = bars.first().start;
    const QDateTime firstHour = QDateTime(start.date(), QTime(start.time().hour(), 0), Qt::UTC).addSecs(3600);
    for (QDateTime hour = firstHour; start.secsTo(hour) < qint64(kMinutes) * 60; hour = hour.addSecs(3600)) {
        const double x = plot.left() + double(start.secsTo(hour)) / (kMinutes * 60.0) * plot.width();
        const QDateTime local = hour.toLocalTime();
        const bool labelled = local.time().hour() % 6 == 0;
        painter.drawLine(QPointF(x, plot.bottom() + 1), QPointF(x, plot.bottom() + (labelled ? 5 : 3)));
        if (labelled)
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, kAxisHeight - 2), Qt::AlignCenter,
                             QLocale().toString(local.time(), QLocale::ShortFormat));
    }
}

bool BotHistoryChart::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const auto bucket = bucketAt(help->pos().x());
    if (!bucket) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QLocale locale;
    const QDateTime from = bucket->start.toLocalTime();
    const QString when = bucket->minutes == 1
        ? locale.toString(from.time(), QLocale::ShortFormat)
        : tr("%1–%2").arg(
            locale.toString(from.time(), QLocale::ShortFormat),
            locale.toString(from.addSecs(qint64(bucket->minutes) * 60).time(), QLocale::ShortFormat));
    QToolTip::showText(help->globalPos(),
                       tr("%1: %2 forwarded, %3 failed").arg(when).arg(bucket->forwarded).arg(bucket->failed),
                       this);
    return true;
}

} // namespace ChannelDesk
