// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/DegradedDetector.h"
#include "util/Clock.h"

#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestDegradedDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testSilenceAgainstUsualRate_data();
    void testSilenceAgainstUsualRate();
    void testSilenceNeedsConnectedClaim();
    void testSilenceCountsFromConnection();
    void testFlapping();
    void testBadSignatures();
    void testSeveralReasonsAreNamed();
    void testRecoveredWhenTrafficResumes();

private:
    static ChannelActivity busyChannel(const QDateTime& lastTraffic, double usualPerHour)
    {
        ChannelActivity activity;
        activity.channelId = QStringLiteral("support");
        activity.lastInbound = lastTraffic;
        activity.lastStatus = lastTraffic.addSecs(-120);
        activity.usualInboundPerHour = usualPerHour;
        return activity;
    }
};

void TestDegradedDetector::initTestCase()
{
    TestEnvironment::init();
}

void TestDegradedDetector::testSilenceAgainstUsualRate_data()
{
    QTest::addColumn<double>("usualPerHour");
    QTest::addColumn<int>("silentMinutes");
    QTest::addColumn<bool>("degraded");

    // 6/h: one every 10 min, 3 × 10 = 30 min, the floor.
    QTest::newRow("6/h quiet 29 min is normal") << 6.0 << 29 << false;
    QTest::newRow("6/h quiet 30 min is degraded") << 6.0 << 30 << true;
    // 60/h: one a minute, 3 min would do, but the floor is 30 min.
    QTest::newRow("60/h quiet 20 min is within the floor") << 60.0 << 20 << false;
    QTest::newRow("60/h quiet 31 min is degraded") << 60.0 << 31 << true;
    // 4/h is below the minimum rate: silence means nothing.
    QTest::newRow("4/h quiet 5 h is normal") << 4.0 << 300 << false;
    QTest::newRow("quiet channel never degraded") << 0.0 << 10000 << false;
}

void TestDegradedDetector::testSilenceAgainstUsualRate()
{
    QFETCH(double, usualPerHour);
    QFETCH(int, silentMinutes);
    QFETCH(bool, degraded);
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    const ChannelActivity activity = busyChannel(clock.now(), usualPerHour);
    clock.advance(qint64(silentMinutes) * 60 * 1000);
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 0, true, clock.now());
    QCOMPARE(verdict.degraded, degraded);
    if (degraded) {
        QVERIFY2(
            verdict.reason.contains(
                QStringLiteral("No inbound messages or status updates for %1 minute").arg(silentMinutes)),
            qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(QStringLiteral("about %1 per hour").arg(qRound(usualPerHour))),
                 qPrintable(verdict.reason));
    } else {
        QVERIFY(verdict.reason.isEmpty());
    }
}

void TestDegradedDetector::testSilenceNeedsConnectedClaim()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    const ChannelActivity activity = busyChannel(clock.now(), 30);
    clock.advance(2 * 3600 * 1000);
    // A channel that does not claim to be connected is not "degraded": its state already says so.
    QVERIFY(!DegradedDetector::evaluate(activity, 0, false, clock.now()).degraded);
    QVERIFY(DegradedDetector::evaluate(activity, 0, true, clock.now()).degraded);
}

void TestDegradedDetector::testSilenceCountsFromConnection()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    const ChannelActivity activity = busyChannel(clock.now(), 30);
    clock.advance(3 * 3600 * 1000);
    const QDateTime connected = clock.now();
    clock.advance(10 * 60 * 1000);
    // Disconnected for hours, connected again 10 minutes ago: no traffic yet is not silence.
    QVERIFY(!DegradedDetector::evaluate(activity, 0, true, clock.now(), connected).degraded);
    clock.advance(25 * 60 * 1000);
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 0, true, clock.now(), connected);
    QVERIFY(verdict.degraded);
    QVERIFY2(verdict.reason.contains(QStringLiteral("for 35 minute")), qPrintable(verdict.reason));
}

void TestDegradedDetector::testFlapping()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    const ChannelActivity activity = busyChannel(clock.now(), 0);
    QVERIFY(!DegradedDetector::evaluate(activity, 2, true, clock.now()).degraded);
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 3, true, clock.now());
    QVERIFY(verdict.degraded);
    QVERIFY2(verdict.reason.contains(QStringLiteral("Flapping: reconnected 3 time")),
             qPrintable(verdict.reason));
    // Flapping counts whatever the link claims right now (it may be between two reconnects).
    QVERIFY(DegradedDetector::evaluate(activity, 5, false, clock.now()).degraded);
}

void TestDegradedDetector::testBadSignatures()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    ChannelActivity activity = busyChannel(clock.now(), 0);
    activity.rejectedLastHour = 5;
    activity.badSignaturesLastHour = 2;
    QVERIFY(!DegradedDetector::evaluate(activity, 0, true, clock.now()).degraded);
    activity.badSignaturesLastHour = 4;
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 0, true, clock.now());
    QVERIFY(verdict.degraded);
    QVERIFY2(verdict.reason.contains(QStringLiteral("4 webhook deliver")), qPrintable(verdict.reason));
    QVERIFY(verdict.reason.contains(QStringLiteral("bad signature")));
    QVERIFY(verdict.reason.contains(QStringLiteral("App Secret")));
    // A WeCom app signs with its Token; the App Secret is Meta's.
    const DegradedVerdict weCom = DegradedDetector::evaluate(activity, 0, true, clock.now(), {}, true);
    QVERIFY(weCom.degraded);
    QVERIFY2(weCom.reason.contains(QStringLiteral("4 WeCom callback")), qPrintable(weCom.reason));
    QVERIFY(weCom.reason.contains(QStringLiteral("Token")));
    QVERIFY(!weCom.reason.contains(QStringLiteral("App Secret")));
}

void TestDegradedDetector::testSeveralReasonsAreNamed()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    ChannelActivity activity = busyChannel(clock.now(), 12);
    activity.badSignaturesLastHour = 3;
    clock.advance(60 * 60 * 1000);
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 4, true, clock.now());
    QVERIFY(verdict.degraded);
    QVERIFY(verdict.reason.contains(QStringLiteral("for 60 minute")));
    QVERIFY(verdict.reason.contains(QStringLiteral("reconnected 4 time")));
    QVERIFY(verdict.reason.contains(QStringLiteral("3 webhook deliver")));
}

void TestDegradedDetector::testRecoveredWhenTrafficResumes()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    ChannelActivity activity = busyChannel(clock.now(), 20);
    clock.advance(45 * 60 * 1000);
    QVERIFY(DegradedDetector::evaluate(activity, 0, true, clock.now()).degraded);
    // A message arrives: the same channel is fine again.
    activity.lastInbound = clock.now();
    clock.advance(60 * 1000);
    const DegradedVerdict verdict = DegradedDetector::evaluate(activity, 0, true, clock.now());
    QVERIFY(!verdict.degraded);
    QVERIFY(verdict.reason.isEmpty());
    // A status update alone also counts as traffic.
    clock.advance(45 * 60 * 1000);
    QVERIFY(DegradedDetector::evaluate(activity, 0, true, clock.now()).degraded);
    activity.lastStatus = clock.now();
    QVERIFY(!DegradedDetector::evaluate(activity, 0, true, clock.now()).degraded);
}

QTEST_GUILESS_MAIN(TestDegradedDetector)
#include "TestDegradedDetector.moc"
