// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/Backoff.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testCeilingGrowsAndCaps_data();
    void testCeilingGrowsAndCaps();
    void testJitterStaysWithinCeiling_data();
    void testJitterStaysWithinCeiling();
    void testDefaultRandomStaysWithinCeiling();
    void testMaxAttempts_data();
    void testMaxAttempts();
    void testResetStartsOver();
    void testRetryTimeFollowsClock();
    void testNonsenseSettingsAreClamped();
};

void TestBackoff::initTestCase()
{
    TestEnvironment::init();
}

void TestBackoff::testCeilingGrowsAndCaps_data()
{
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("ceiling");

    QTest::newRow("first attempt waits up to the initial delay") << 1000 << 30000 << 1 << 1000;
    QTest::newRow("second attempt doubles") << 1000 << 30000 << 2 << 2000;
    QTest::newRow("third attempt doubles again") << 1000 << 30000 << 3 << 4000;
    QTest::newRow("fifth attempt") << 1000 << 30000 << 5 << 16000;
    QTest::newRow("sixth attempt hits the cap") << 1000 << 30000 << 6 << 30000;
    QTest::newRow("tenth attempt stays at the cap") << 1000 << 30000 << 10 << 30000;
    QTest::newRow("a thousand attempts do not overflow") << 1000 << 30000 << 1000 << 30000;
    QTest::newRow("small test values") << 20 << 100 << 4 << 100;
}

void TestBackoff::testCeilingGrowsAndCaps()
{
    QFETCH(int, initialMs);
    QFETCH(int, maxMs);
    QFETCH(int, attempt);
    QFETCH(int, ceiling);
    Backoff backoff(initialMs, maxMs, 2000);
    QCOMPARE(backoff.ceiling(attempt), ceiling);
    // With the random source at its top the delay is the ceiling itself.
    backoff.setRandomSource([] { return 1.0; });
    int delay = 0;
    for (int i = 0; i < attempt; ++i)
        delay = backoff.nextDelay();
    QCOMPARE(delay, ceiling);
    QCOMPARE(backoff.attempt(), attempt);
}

void TestBackoff::testJitterStaysWithinCeiling_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("delay");

    // Third attempt: ceiling 4000 ms.
    QTest::newRow("zero means retry at once") << 0.0 << 0;
    QTest::newRow("a quarter") << 0.25 << 1000;
    QTest::newRow("half") << 0.5 << 2000;
    QTest::newRow("just below one") << 0.9999 << 4000;
    QTest::newRow("out-of-range high is clamped") << 7.0 << 4000;
    QTest::newRow("out-of-range low is clamped") << -1.0 << 0;
}

void TestBackoff::testJitterStaysWithinCeiling()
{
    QFETCH(double, random);
    QFETCH(int, delay);
    Backoff backoff(1000, 30000, 5);
    backoff.setRandomSource([random] { return random; });
    backoff.nextDelay();
    backoff.nextDelay();
    QCOMPARE(backoff.nextDelay(), delay);
}

void TestBackoff::testDefaultRandomStaysWithinCeiling()
{
    Backoff backoff(1000, 30000, 1000);
    for (int attempt = 1; attempt <= 200; ++attempt) {
        const int delay = backoff.nextDelay();
        QVERIFY2(delay >= 0 && delay <= backoff.ceiling(attempt), qPrintable(QString::number(delay)));
    }
}

void TestBackoff::testMaxAttempts_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("the default of five") << 5;
    QTest::newRow("a single attempt") << 1;
    QTest::newRow("many attempts") << 12;
}

void TestBackoff::testMaxAttempts()
{
    QFETCH(int, maxAttempts);
    Backoff backoff(10, 100, maxAttempts);
    QCOMPARE(backoff.maxAttempts(), maxAttempts);
    for (int i = 1; i <= maxAttempts; ++i) {
        QVERIFY(!backoff.exhausted());
        backoff.nextDelay();
        QCOMPARE(backoff.attempt(), i);
    }
    QVERIFY(backoff.exhausted());
}

void TestBackoff::testResetStartsOver()
{
    Backoff backoff(1000, 30000, 3);
    backoff.setRandomSource([] { return 1.0; });
    backoff.nextDelay();
    backoff.nextDelay();
    backoff.nextDelay();
    QVERIFY(backoff.exhausted());
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QVERIFY(!backoff.exhausted());
    QCOMPARE(backoff.nextDelay(), 1000);
}

void TestBackoff::testRetryTimeFollowsClock()
{
    qint64 now = 50000;
    Backoff backoff(1000, 30000, 5);
    backoff.setClock([&now] { return now; });
    backoff.setRandomSource([] { return 0.5; });
    QCOMPARE(backoff.msUntilRetry(), qint64(0));
    QCOMPARE(backoff.nextDelay(), 500);
    QCOMPARE(backoff.msUntilRetry(), qint64(500));
    now += 200;
    QCOMPARE(backoff.msUntilRetry(), qint64(300));
    now += 1000;
    QCOMPARE(backoff.msUntilRetry(), qint64(0));
}

void TestBackoff::testNonsenseSettingsAreClamped()
{
    Backoff backoff(0, -5, 0);
    QCOMPARE(backoff.maxAttempts(), 1);
    QCOMPARE(backoff.ceiling(1), 1);
    QCOMPARE(backoff.ceiling(5), 1);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
