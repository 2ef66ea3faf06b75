// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The group-commit figures next to the receiver's rate: mean, p99 within a bucket, max.
#include "webhook/CommitStats.h"

#include "TestEnvironment.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace ChannelDesk;

class TestCommitStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testEmpty();
    void testMeanMaxAndDeliveries();
    void testP99WithinItsBucket();
    void testBucketsCoverEveryDuration();
    void testRecordFromSeveralThreads();
};

void TestCommitStats::testEmpty()
{
    const CommitStats stats;
    const auto snapshot = stats.snapshot();
    QCOMPARE(snapshot.commits, std::int64_t(0));
    QCOMPARE(snapshot.meanMs, 0.0);
    QCOMPARE(snapshot.p99Ms, 0.0);
}

void TestCommitStats::testMeanMaxAndDeliveries()
{
    CommitStats stats;
    stats.record(1000, 10);
    stats.record(3000, 30);
    const auto snapshot = stats.snapshot();
    QCOMPARE(snapshot.commits, std::int64_t(2));
    QCOMPARE(snapshot.deliveries, std::int64_t(40));
    QCOMPARE(snapshot.meanMs, 2.0);
    QCOMPARE(snapshot.maxMs, 3.0);
    QCOMPARE(snapshot.p99Ms, 3.0); // the top bucket is capped at the maximum seen
}

void TestCommitStats::testP99WithinItsBucket()
{
    CommitStats stats;
    // 980 commits of 2 ms, 20 of 8 ms: the 99th percentile is one of the 8 ms commits.
    for (int i = 0; i < 980; ++i)
        stats.record(2000, 32);
    for (int i = 0; i < 20; ++i)
        stats.record(8000, 32);
    stats.record(50000, 32); // one outlier does not move the p99
    const auto snapshot = stats.snapshot();
    QVERIFY2(snapshot.p99Ms >= 8.0 && snapshot.p99Ms <= 8.0 * 1.0906,
             qPrintable(QString::number(snapshot.p99Ms)));
    QCOMPARE(snapshot.maxMs, 50.0);

    CommitStats fast;
    for (int i = 0; i < 1000; ++i)
        fast.record(2000, 1);
    const double p99 = fast.snapshot().p99Ms;
    QVERIFY2(p99 >= 2.0 && p99 <= 2.0 * 1.0906, qPrintable(QString::number(p99)));
}

void TestCommitStats::testBucketsCoverEveryDuration()
{
    // Each duration lies within its bucket's limit and above the previous bucket's.
    for (const std::int64_t micros : {std::int64_t(2), std::int64_t(3), std::int64_t(999), std::int64_t(1000),
                                      std::int64_t(123456), std::int64_t(1) << 31}) {
        const int bucket = CommitStats::bucketOf(micros);
        QVERIFY(CommitStats::bucketLimitMicros(bucket) >= double(micros) * 0.999999);
        QVERIFY(bucket == 0 || CommitStats::bucketLimitMicros(bucket - 1) < double(micros));
    }
    QCOMPARE(CommitStats::bucketOf(0), 0);
    QCOMPARE(CommitStats::bucketOf(std::int64_t(1) << 40), CommitStats::kBuckets - 1);
}

void TestCommitStats::testRecordFromSeveralThreads()
{
    CommitStats stats;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&stats] {
            for (int i = 0; i < 10000; ++i)
                stats.record(1500, 2);
        });
    for (std::thread& thread : threads)
        thread.join();
    const auto snapshot = stats.snapshot();
    QCOMPARE(snapshot.commits, std::int64_t(40000));
    QCOMPARE(snapshot.deliveries, std::int64_t(80000));
    QCOMPARE(snapshot.meanMs, 1.5);
}

QTEST_GUILESS_MAIN(TestCommitStats)
#include "TestCommitStats.moc"
