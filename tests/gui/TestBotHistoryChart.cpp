// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bot history chart: which minutes end up in which bar at a given width, and what the bar under
// the mouse says.
#include "BotHistoryChart.h"

#include "TestEnvironment.h"

#include <QImage>
#include <QTest>

using namespace ChannelDesk;

class TestBotHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testMinutesAreSummedIntoBars();
    void testOneBarPerMinuteWhenWideEnough();
    void testBarUnderTheMouse();
    void testFailuresArePaintedRed();

private:
    static QDateTime end() { return QDateTime(QDate(2026, 3, 2), QTime(12, 0, 30), Qt::UTC); }
    static BotMinute minute(int minutesBeforeEnd, int forwarded, int failed)
    {
        // The minute that contains end() is the last one shown.
        const QDateTime current(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        return {current.addSecs(-60LL * minutesBeforeEnd), forwarded, failed};
    }
};

void TestBotHistoryChart::testMinutesAreSummedIntoBars()
{
    const QList<BotMinute> minutes{minute(24 * 60, 99, 99), // one minute too old: dropped
                                   minute(24 * 60 - 1, 5, 1), // the first minute shown
                                   minute(61, 2, 0),          minute(60, 3, 4),
                                   minute(0, 7, 0), // the current minute
                                   minute(-1, 50, 50)}; // in the future: dropped
    // 24 bars: one per hour.
    const QList<BotHistoryChart::Bucket> bars = BotHistoryChart::buckets(minutes, end(), 24);
    QCOMPARE(bars.size(), 24);
    QCOMPARE(bars.first().start, QDateTime(QDate(2026, 3, 1), QTime(12, 1), Qt::UTC));
    QCOMPARE(bars.first().minutes, 60);
    QCOMPARE(bars.first().forwarded, 5);
    QCOMPARE(bars.first().failed, 1);
    // 11:00 belongs to the bar 10:01–11:00 (index 22); 10:59 too.
    QCOMPARE(bars.at(22).start, QDateTime(QDate(2026, 3, 2), QTime(10, 1), Qt::UTC));
    QCOMPARE(bars.at(22).forwarded, 5);
    QCOMPARE(bars.at(22).failed, 4);
    QCOMPARE(bars.last().forwarded, 7);
    QCOMPARE(bars.last().failed, 0);
    int forwarded = 0;
    for (const BotHistoryChart::Bucket& bar : bars)
        forwarded += bar.forwarded;
    QCOMPARE(forwarded, 5 + 2 + 3 + 7);
    QVERIFY(BotHistoryChart::buckets(minutes, end(), 0).isEmpty());
    QVERIFY(BotHistoryChart::buckets(minutes, QDateTime(), 24).isEmpty());
}

void TestBotHistoryChart::testOneBarPerMinuteWhenWideEnough()
{
    const QList<BotHistoryChart::Bucket> bars = BotHistoryChart::buckets({minute(3, 1, 2)}, end(), 5000);
    QCOMPARE(bars.size(), BotHistoryChart::kMinutes);
    QCOMPARE(bars.at(BotHistoryChart::kMinutes - 4).forwarded, 1);
    QCOMPARE(bars.at(BotHistoryChart::kMinutes - 4).failed, 2);
    QCOMPARE(bars.at(BotHistoryChart::kMinutes - 4).minutes, 1);
    // Uneven widths still cover every minute exactly once.
    int covered = 0;
    for (const BotHistoryChart::Bucket& bar : BotHistoryChart::buckets({}, end(), 7))
        covered += bar.minutes;
    QCOMPARE(covered, BotHistoryChart::kMinutes);
}

void TestBotHistoryChart::testBarUnderTheMouse()
{
    BotHistoryChart chart;
    chart.resize(242, 80); // a plot 240 pixels wide: 6 minutes a bar
    chart.setMinutes({minute(0, 7, 1), minute(5, 2, 0), minute(6, 4, 0)}, end());
    QCOMPARE(chart.bucketCount(), 240);
    const auto last = chart.bucketAt(240);
    QVERIFY(last);
    QCOMPARE(last->minutes, 6);
    QCOMPARE(last->forwarded, 9);
    QCOMPARE(last->failed, 1);
    const auto before = chart.bucketAt(239);
    QVERIFY(before);
    QCOMPARE(before->forwarded, 4);
    QVERIFY(!chart.bucketAt(-5));
    QVERIFY(!chart.bucketAt(500));
    chart.resize(122, 80);
    QCOMPARE(chart.bucketCount(), 120);
    QCOMPARE(chart.bucketAt(120)->forwarded, 13);
}

void TestBotHistoryChart::testFailuresArePaintedRed()
{
    BotHistoryChart chart;
    chart.resize(242, 80);
    // Only failures, in the last bar: the right edge of the plot is red, the left is not.
    chart.setMinutes({minute(0, 0, 10)}, end());
    const QImage image = chart.grab().toImage();
    const QColor right = image.pixelColor(240, 40);
    QVERIFY2(right.red() > 150 && right.green() < 80, qPrintable(right.name()));
    const QColor left = image.pixelColor(20, 40);
    QVERIFY2(!(left.red() > 150 && left.green() < 80), qPrintable(left.name()));
}

QTEST_MAIN(TestBotHistoryChart)
#include "TestBotHistoryChart.moc"
