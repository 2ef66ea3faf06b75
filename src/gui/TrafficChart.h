// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A channel's last 24 clock hours on the dashboard: per hour the messages received, sent and
//! failed. Compact, it is a sparkline beside the card's name (received and sent stacked, failures
//! on top); full, three bars per hour with a scale, hour labels and a legend that says in words
//! what the colours say. The colours follow the palette's lightness so the bars stay readable on
//! a dark theme, and the tooltip gives the numbers of the hour under the mouse.

#include "health/ChannelActivity.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace ChannelDesk {

class TrafficChart : public QWidget
{
    Q_OBJECT

public:
    enum class Series
    {
        Received,
        Sent,
        Failed,
    };

    explicit TrafficChart(QWidget* parent = nullptr);

    //! start: the UTC start of the first hour; hours: oldest first (ChannelActivity::traffic).
    void setTraffic(const QDateTime& start, const QList<TrafficHour>& hours);
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QDateTime start() const { return m_start; }
    const QList<TrafficHour>& hours() const { return m_hours; }
    //! The hour under x (widget coordinates), -1 outside the plot.
    int hourAt(int x) const;
    //! "14:00–15:00: 12 received, 3 sent, 1 failed" for hour index.
    QString hourText(int index) const;
    //! The colour a series is drawn in with palette (light or dark).
    static QColor colour(Series series, const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotRect() const;
    void paintCompact(QPainter& painter, const QRect& plot, int highest);
    void paintFull(QPainter& painter, const QRect& plot, int highest);
    void paintLegend(QPainter& painter);
    void updateDescription();

    QDateTime m_start;
    QList<TrafficHour> m_hours;
    bool m_compact = false;
};

} // namespace ChannelDesk
