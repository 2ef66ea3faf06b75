// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's 24-hour traffic chart: which hour is under the mouse, what it says, and that its
// bars are drawn where the figures say, readable on a light and on a dark palette.
#include "TrafficChart.h"

#include "TestEnvironment.h"

#include <QImage>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace ChannelDesk;

namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue());
}

//! WCAG's contrast ratio: 3:1 is the minimum for graphics such as bars.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return palette;
}

} // namespace

class TestTrafficChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testHourUnderTheMouse();
    void testBarsWhereTheFiguresSay_data();
    void testBarsWhereTheFiguresSay();
    void testColoursReadableOnLightAndDark();
    void testDescriptionSumsTheDay();

private:
    static QDateTime start() { return QDateTime(QDate(2026, 5, 1), QTime(11, 0), Qt::UTC); }
    static QList<TrafficHour> fixture()
    {
        QList<TrafficHour> hours(ChannelActivity::TrafficHours);
        hours[4] = {40, 0, 0};
        hours[12] = {0, 40, 0};
        hours[18] = {0, 0, 40};
        hours[23] = {10, 5, 1};
        return hours;
    }
};

void TestTrafficChart::testHourUnderTheMouse()
{
    TrafficChart chart;
    chart.resize(480 + 2, 120);
    chart.setTraffic(start(), fixture());
    QCOMPARE(chart.hourAt(0), -1); // the frame, left of the plot
    QCOMPARE(chart.hourAt(1), 0);
    QCOMPARE(chart.hourAt(1 + 20 * 23 + 10), 23);
    QCOMPARE(chart.hourAt(1 + 20 * 4 + 5), 4);
    QCOMPARE(chart.hourAt(481), -1);
    const QString text = chart.hourText(23);
    QVERIFY2(text.endsWith(QStringLiteral(": 10 received, 5 sent, 1 failed")), qPrintable(text));
    QVERIFY(chart.hourText(24).isEmpty());
}

void TestTrafficChart::testBarsWhereTheFiguresSay_data()
{
    QTest::addColumn<bool>("compact");
    QTest::addColumn<bool>("dark");
    QTest::newRow("full, light") << false << false;
    QTest::newRow("full, dark") << false << true;
    QTest::newRow("compact, light") << true << false;
    QTest::newRow("compact, dark") << true << true;
}

void TestTrafficChart::testBarsWhereTheFiguresSay()
{
    QFETCH(bool, compact);
    QFETCH(bool, dark);
    TrafficChart chart;
    if (dark)
        chart.setPalette(darkPalette());
    chart.setCompact(compact);
    chart.resize(compact ? 24 * 8 + 2 : 24 * 20 + 2, compact ? 30 : 140);
    chart.setTraffic(start(), fixture());
    const QImage image = chart.grab().toImage();
    const QPalette palette = chart.palette();
    // Which colours appear in the column of each hour, just above the plot's bottom.
    const auto coloursIn = [&](int hour) {
        QSet<QRgb> found;
        const int slot = compact ? 8 : 20;
        const int bottom = compact ? image.height() - 4 : image.height() - 14 - 4;
        for (int x = 1 + hour * slot; x < 1 + (hour + 1) * slot; ++x)
            found.insert(image.pixelColor(x, bottom).rgb());
        return found;
    };
    const QRgb received = TrafficChart::colour(TrafficChart::Series::Received, palette).rgb();
    const QRgb sent = TrafficChart::colour(TrafficChart::Series::Sent, palette).rgb();
    const QRgb failed = TrafficChart::colour(TrafficChart::Series::Failed, palette).rgb();
    QVERIFY(coloursIn(4).contains(received));
    QVERIFY(!coloursIn(4).contains(sent));
    QVERIFY(coloursIn(12).contains(sent));
    QVERIFY(!coloursIn(12).contains(received));
    QVERIFY(coloursIn(18).contains(failed));
    // An hour without messages has no bar at all.
    for (const QRgb colour : {received, sent, failed})
        QVERIFY(!coloursIn(8).contains(colour));
}

void TestTrafficChart::testColoursReadableOnLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    for (const QPalette& palette : {light, darkPalette()}) {
        for (const auto series :
             {TrafficChart::Series::Received, TrafficChart::Series::Sent, TrafficChart::Series::Failed}) {
            const double ratio
                = contrast(TrafficChart::colour(series, palette), palette.color(QPalette::Base));
            QVERIFY2(ratio >= 3.0, qPrintable(QString::number(ratio)));
        }
    }
    QVERIFY(TrafficChart::colour(TrafficChart::Series::Received, darkPalette())
            != TrafficChart::colour(TrafficChart::Series::Received, light));
}

void TestTrafficChart::testDescriptionSumsTheDay()
{
    TrafficChart chart;
    chart.setTraffic(start(), fixture());
    QCOMPARE(chart.accessibleDescription(), QStringLiteral("Last 24 hours: 50 received, 45 sent, 41 failed"));
}

QTEST_MAIN(TestTrafficChart)
#include "TestTrafficChart.moc"
