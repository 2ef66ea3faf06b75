// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardPolicy.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace ChannelDesk;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 day = 24 * 60 * 60 * second;

} // namespace

class TestForwardPolicy : public QObject
{
    Q_OBJECT

private slots:
    void testCeilingDoublesUpToFiveMinutes_data();
    void testCeilingDoublesUpToFiveMinutes();
    void testJitterStaysInTheUpperHalf();
    void testJitterIsDeterministicAndSpread();
    void testParkedAfterSevenDays();
    void testMaxAgeIsConfigurable();
};

void TestForwardPolicy::testCeilingDoublesUpToFiveMinutes_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("first failure") << 1 << 1 * second;
    QTest::newRow("second") << 2 << 2 * second;
    QTest::newRow("third") << 3 << 4 * second;
    QTest::newRow("sixth") << 6 << 32 * second;
    QTest::newRow("ninth") << 9 << 256 * second;
    QTest::newRow("tenth capped") << 10 << 300 * second;
    QTest::newRow("hundredth capped") << 100 << 300 * second;
    QTest::newRow("huge capped") << std::numeric_limits<int>::max() << 300 * second;
    // Not normally asked (a delay always follows a failure), but must not go below the minimum.
    QTest::newRow("no failure yet") << 0 << 1 * second;
}

void TestForwardPolicy::testCeilingDoublesUpToFiveMinutes()
{
    QFETCH(int, attempts);
    QFETCH(qint64, ceiling);
    const ForwardPolicy policy;
    // With equal jitter the largest random value within the half gives the ceiling itself and 0 gives
    // its lower half.
    QCOMPARE(policy.retryDelayMs(attempts, quint32(ceiling / 2)), ceiling);
    QCOMPARE(policy.retryDelayMs(attempts, 0), ceiling - ceiling / 2);
}

void TestForwardPolicy::testJitterStaysInTheUpperHalf()
{
    const ForwardPolicy policy;
    const quint32 randoms[] = {0u, 1u, 499u, 500u, 501u, 12345u, 0x7fffffffu, 0xfffffffeu, 0xffffffffu};
    for (int attempts = 1; attempts <= 12; ++attempts) {
        const qint64 ceiling = std::min(second << (attempts - 1), 300 * second);
        for (quint32 random : randoms) {
            const qint64 delay = policy.retryDelayMs(attempts, random);
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1, random %2: %3 ms not in [%4, %5]")
                                    .arg(attempts)
                                    .arg(random)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
    }
}

void TestForwardPolicy::testJitterIsDeterministicAndSpread()
{
    const ForwardPolicy policy;
    QSet<qint64> delays;
    qint64 lowest = policy.maxDelayMs;
    qint64 highest = 0;
    for (quint32 seed = 0; seed < 400; ++seed) {
        const quint32 random = seed * 2654435761u; // spread the seeds over 32 bits
        const qint64 delay = policy.retryDelayMs(4, random);
        QCOMPARE(policy.retryDelayMs(4, random), delay);
        delays.insert(delay);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Fourth failure: ceiling 8 s, so delays in [4 s, 8 s], spread over most of that range, so that
    // conversations failing together come back apart.
    QVERIFY(delays.size() > 300);
    QVERIFY2(lowest < 4500 && highest > 7500, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
}

void TestForwardPolicy::testParkedAfterSevenDays()
{
    const ForwardPolicy policy;
    QCOMPARE(policy.maxAgeMs, 7 * day);
    const QDateTime received(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(!policy.expired(received, received));
    QVERIFY(!policy.expired(received, received.addSecs(60 * 60)));
    QVERIFY(!policy.expired(received, received.addMSecs(7 * day - 1)));
    QVERIFY(policy.expired(received, received.addMSecs(7 * day)));
    QVERIFY(policy.expired(received, received.addDays(30)));
    // A clock set back (now before the acknowledgement) never parks.
    QVERIFY(!policy.expired(received, received.addSecs(-60)));
}

void TestForwardPolicy::testMaxAgeIsConfigurable()
{
    ForwardPolicy policy;
    policy.maxAgeMs = 2 * 60 * 60 * second;
    const QDateTime received(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(!policy.expired(received, received.addSecs(2 * 60 * 60 - 1)));
    QVERIFY(policy.expired(received, received.addSecs(2 * 60 * 60)));
}

QTEST_GUILESS_MAIN(TestForwardPolicy)
#include "TestForwardPolicy.moc"
