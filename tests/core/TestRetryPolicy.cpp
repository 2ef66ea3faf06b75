// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RetryPolicy.h"
#include "TestEnvironment.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ChannelDesk;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(ChannelDesk::RetryDecision::Action)

namespace {

constexpr qint64 second = 1000;

GraphError apiError(int code, bool transient = false)
{
    GraphError error;
    error.kind = GraphError::Kind::Api;
    error.httpStatus = 400;
    error.code = code;
    error.transient = transient;
    error.message = QStringLiteral("(#%1) test").arg(code);
    return error;
}

GraphError kindError(GraphError::Kind kind, int httpStatus = 0)
{
    GraphError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    return error;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testNotRetryableCodes_data();
    void testNotRetryableCodes();
    void testRetryableCodes_data();
    void testRetryableCodes();
    void testPairRateLimitWaitsFourToTheX();
    void testMaintenanceWaitsAMinute();
    void testBackoffIsCapped();
    void testJitterIsDeterministicAndSpread();
    void testGivesUpAfterMaxAttempts();
    void testTransportErrors_data();
    void testTransportErrors();
    void testTimeoutIsUnknownAtAnyAttempt();
};

void TestRetryPolicy::initTestCase()
{
    TestEnvironment::init();
}

void TestRetryPolicy::testNotRetryableCodes_data()
{
    QTest::addColumn<int>("code");

    // Every "not retryable" row of cloud-api.md §7.
    const QList<int> codes{0,      3,      10,     100,    190,    200,    250,    299,    368,
                           130403, 130497, 131005, 131008, 131009, 131026, 131031, 131042, 131045,
                           131047, 131049, 131050, 131051, 131052, 131053, 131064, 132000, 132001,
                           132005, 132007, 132012, 132015, 132016, 133010};
    for (int code : codes)
        QTest::addRow("code %d", code) << code;
}

void TestRetryPolicy::testNotRetryableCodes()
{
    QFETCH(int, code);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const RetryDecision decision = RetryPolicy::decide(apiError(code), attempt, 7);
        QCOMPARE(decision.action, Action::Fail);
        QCOMPARE(decision.delayMs, qint64(0));
        QVERIFY(!decision.recipientOnly);
        QVERIFY(!decision.pauseChannel);
    }
}

void TestRetryPolicy::testRetryableCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<bool>("pauseChannel");

    const qint64 cap = RetryPolicy::MaxDelayMs;
    QTest::newRow("130429 throughput") << 130429 << 2 * second << cap << true;
    QTest::newRow("4 app rate limit") << 4 << 60 * second << cap << false;
    QTest::newRow("80007 WABA rate limit") << 80007 << 60 * second << cap << false;
    QTest::newRow("613 Graph rate limit") << 613 << 60 * second << cap << false;
    QTest::newRow("17 user request limit") << 17 << 60 * second << cap << false;
    QTest::newRow("80008 WABA calls") << 80008 << 60 * second << cap << false;
    QTest::newRow("1 unknown") << 1 << 2 * second << cap << false;
    QTest::newRow("2 temporary") << 2 << 2 * second << cap << false;
    QTest::newRow("131000 something went wrong") << 131000 << 2 * second << cap << false;
    QTest::newRow("131016 service unavailable") << 131016 << 2 * second << cap << false;
    QTest::newRow("133004 server unavailable") << 133004 << 2 * second << cap << false;
    QTest::newRow("131048 spam rate limit")
        << 131048 << RetryPolicy::SpamLimitBaseMs << RetryPolicy::SpamLimitMaxDelayMs << true;
    QTest::newRow("unlisted code marked transient") << -1 << 2 * second << cap << false;
}

void TestRetryPolicy::testRetryableCodes()
{
    QFETCH(int, code);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, capMs);
    QFETCH(bool, pauseChannel);
    const GraphError error = code < 0 ? apiError(999001, true) : apiError(code);
    for (int attempt = 1; attempt < RetryPolicy::MaxAttempts; ++attempt) {
        for (quint32 seed : {0U, 1U, 42U, 0xffffffffU}) {
            const RetryDecision decision = RetryPolicy::decide(error, attempt, seed);
            QCOMPARE(decision.action, Action::Retry);
            QCOMPARE(decision.pauseChannel, pauseChannel);
            QVERIFY(!decision.recipientOnly);
            const qint64 ceiling = std::min(baseMs << (attempt - 1), capMs);
            QVERIFY2(decision.delayMs >= ceiling / 2 && decision.delayMs <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 ms not in [%3, %4]")
                                    .arg(attempt)
                                    .arg(decision.delayMs)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
    }
    // The same code without is_transient is not retried when it is not in the table.
    if (code < 0)
        QCOMPARE(RetryPolicy::decide(apiError(999001), 1).action, Action::Fail);
}

void TestRetryPolicy::testPairRateLimitWaitsFourToTheX()
{
    const qint64 expected[] = {1 * second, 4 * second, 16 * second, 64 * second};
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const RetryDecision decision = RetryPolicy::decide(apiError(131056), attempt, 99);
        QCOMPARE(decision.action, Action::Retry);
        QCOMPARE(decision.delayMs, expected[attempt - 1]);
        QVERIFY(decision.recipientOnly);
        QVERIFY(!decision.pauseChannel);
    }
    QCOMPARE(RetryPolicy::decide(apiError(131056), RetryPolicy::MaxAttempts).action, Action::Fail);
}

void TestRetryPolicy::testMaintenanceWaitsAMinute()
{
    for (int attempt = 1; attempt < RetryPolicy::MaxAttempts; ++attempt) {
        const RetryDecision decision = RetryPolicy::decide(apiError(131057), attempt, 5);
        QCOMPARE(decision.action, Action::Retry);
        QCOMPARE(decision.delayMs, 60 * second);
    }
}

void TestRetryPolicy::testBackoffIsCapped()
{
    // 60 s doubling passes the 5-minute cap at the fourth failure.
    const RetryDecision fourth = RetryPolicy::decide(apiError(80007), 4, 3);
    QVERIFY(fourth.delayMs <= RetryPolicy::MaxDelayMs);
    QVERIFY(fourth.delayMs >= RetryPolicy::MaxDelayMs / 2);
    for (int attempt : {9, 30, 1000}) {
        const qint64 delay = RetryPolicy::backoffMs(2 * second, RetryPolicy::MaxDelayMs, attempt, 11);
        QVERIFY(delay <= RetryPolicy::MaxDelayMs);
        QVERIFY(delay >= RetryPolicy::MaxDelayMs / 2);
    }
    QVERIFY(RetryPolicy::backoffMs(RetryPolicy::SpamLimitBaseMs, RetryPolicy::SpamLimitMaxDelayMs, 20, 1)
            <= RetryPolicy::SpamLimitMaxDelayMs);
}

void TestRetryPolicy::testJitterIsDeterministicAndSpread()
{
    const GraphError error = apiError(130429);
    QSet<qint64> delays;
    qint64 lowest = RetryPolicy::MaxDelayMs;
    qint64 highest = 0;
    for (quint32 seed = 0; seed < 200; ++seed) {
        const qint64 delay = RetryPolicy::decide(error, 3, seed).delayMs;
        QCOMPARE(RetryPolicy::decide(error, 3, seed).delayMs, delay);
        delays.insert(delay);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Third failure: ceiling 8 s, so delays in [4 s, 8 s], spread over most of that range.
    QVERIFY(delays.size() > 150);
    QVERIFY2(lowest < 4500 && highest > 7500, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
    // The attempt changes the jitter too, not only the ceiling.
    QVERIFY(RetryPolicy::decide(error, 2, 5).delayMs * 2 != RetryPolicy::decide(error, 3, 5).delayMs);
}

void TestRetryPolicy::testGivesUpAfterMaxAttempts()
{
    for (int code : {130429, 4, 1, 131000, 131057, 131048}) {
        QCOMPARE(RetryPolicy::decide(apiError(code), RetryPolicy::MaxAttempts - 1).action, Action::Retry);
        QCOMPARE(RetryPolicy::decide(apiError(code), RetryPolicy::MaxAttempts).action, Action::Fail);
        QCOMPARE(RetryPolicy::decide(apiError(code), RetryPolicy::MaxAttempts + 3).action, Action::Fail);
    }
    QCOMPARE(RetryPolicy::decide(kindError(GraphError::Kind::Network), RetryPolicy::MaxAttempts).action,
             Action::Fail);
}

void TestRetryPolicy::testTransportErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("baseMs");

    QTest::newRow("network error") << int(GraphError::Kind::Network) << 0 << Action::Retry << 2 * second;
    QTest::newRow("HTTP 500 without Meta body")
        << int(GraphError::Kind::Http) << 500 << Action::Retry << 2 * second;
    QTest::newRow("HTTP 503 without Meta body")
        << int(GraphError::Kind::Http) << 503 << Action::Retry << 2 * second;
    QTest::newRow("HTTP 429 without Meta body")
        << int(GraphError::Kind::Http) << 429 << Action::Retry << 60 * second;
    QTest::newRow("HTTP 404 without Meta body")
        << int(GraphError::Kind::Http) << 404 << Action::Fail << qint64(0);
    QTest::newRow("TLS failure") << int(GraphError::Kind::Tls) << 0 << Action::Fail << qint64(0);
    QTest::newRow("cancelled") << int(GraphError::Kind::Cancelled) << 0 << Action::Fail << qint64(0);
    QTest::newRow("timeout") << int(GraphError::Kind::Timeout) << 0 << Action::Unknown << qint64(0);
    QTest::newRow("unreadable 2xx answer")
        << int(GraphError::Kind::Malformed) << 200 << Action::Unknown << qint64(0);
    QTest::newRow("no error") << int(GraphError::Kind::None) << 0 << Action::Fail << qint64(0);
}

void TestRetryPolicy::testTransportErrors()
{
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(Action, action);
    QFETCH(qint64, baseMs);
    const RetryDecision decision = RetryPolicy::decide(kindError(GraphError::Kind(kind), httpStatus), 1, 3);
    QCOMPARE(decision.action, action);
    QVERIFY(!decision.recipientOnly);
    QVERIFY(!decision.pauseChannel);
    if (action == Action::Retry) {
        QVERIFY(decision.delayMs >= baseMs / 2);
        QVERIFY(decision.delayMs <= baseMs);
    } else {
        QCOMPARE(decision.delayMs, qint64(0));
    }
}

void TestRetryPolicy::testTimeoutIsUnknownAtAnyAttempt()
{
    // Meta may have accepted the message: never resend, even on the last attempt.
    for (int attempt : {1, RetryPolicy::MaxAttempts, 50})
        QCOMPARE(RetryPolicy::decide(kindError(GraphError::Kind::Timeout), attempt).action, Action::Unknown);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
