// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A small chart of a bot's last 24 h: per bar the deliveries it took and, stacked above in red,
//! the attempts that failed, with a tick every hour. The 1440 minutes are summed into as many
//! bars as the width allows; the tooltip gives the numbers of the bar under the mouse.

#include "model/BotMinute.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

namespace ChannelDesk {

class BotHistoryChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinutes = 24 * 60;

    struct Bucket
    {
        QDateTime start; //!< UTC
        int minutes = 1; //!< how many minutes the bar sums
        int forwarded = 0;
        int failed = 0;
    };

    explicit BotHistoryChart(QWidget* parent = nullptr);

    //! minutes: oldest first, as Desk::botHistory answers; end: now (the chart shows [end − 24 h, end)).
    void setMinutes(const QList<BotMinute>& minutes, const QDateTime& end);
    const QList<BotMinute>& minutes() const { return m_minutes; }
    QDateTime end() const { return m_end; }

    //! The bars as drawn at the current width.
    int bucketCount() const;
    //! The bar under x (widget coordinates); nullopt outside the plot.
    std::optional<Bucket> bucketAt(int x) const;
    //! Sums minutes into count bars covering the 24 h before end (minutes outside are dropped).
    static QList<Bucket> buckets(const QList<BotMinute>& minutes, const QDateTime& end, int count);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotRect() const;
    //! The bars for the current width, summed again only when the width or the minutes changed.
    const QList<Bucket>& currentBuckets() const;

    QList<BotMinute> m_minutes;
    QDateTime m_end;
    mutable QList<Bucket> m_buckets;
    mutable int m_bucketsWidth = -1; //!< the plot width m_buckets were made for; -1: stale
};

} // namespace ChannelDesk
