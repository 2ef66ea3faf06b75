// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver's accounting of unverified body memory, without sockets.
#include "webhook/BodyMemoryBudget.h"

#include <QTest>

using namespace ChannelDesk;

class TestBodyMemoryBudget : public QObject
{
    Q_OBJECT

private slots:
    void testSmallBodiesCountInTheTotalOnly();
    void testPerAddressCapCountsTheWholeBody();
    void testTotalCap();
    void testReleaseGivesEverythingBack();
};

namespace {
constexpr qint64 KiB = 1024;
const QString alice = QStringLiteral("192.0.2.1");
const QString bob = QStringLiteral("192.0.2.2");
} // namespace

void TestBodyMemoryBudget::testSmallBodiesCountInTheTotalOnly()
{
    BodyMemoryBudget budget(1024 * KiB, 100 * KiB);
    BodyMemoryBudget::Hold a, b;
    QVERIFY(budget.grow(a, alice, 60 * KiB));
    QVERIFY(budget.grow(b, alice, 60 * KiB));
    QCOMPARE(budget.total(), 120 * KiB);
    QCOMPARE(budget.heldBy(alice), qint64(0));
}

void TestBodyMemoryBudget::testPerAddressCapCountsTheWholeBody()
{
    BodyMemoryBudget budget(1024 * KiB, 100 * KiB);
    BodyMemoryBudget::Hold a, b;
    QVERIFY(budget.grow(a, alice, 60 * KiB));
    QVERIFY(budget.grow(a, alice, 20 * KiB)); // past 64 KiB: all 80 KiB are charged to alice
    QCOMPARE(budget.heldBy(alice), 80 * KiB);
    QVERIFY(budget.grow(b, alice, 60 * KiB));
    QVERIFY(!budget.grow(b, alice, 10 * KiB)); // 80 + 70 > 100
    QCOMPARE(budget.total(), 140 * KiB);
    QCOMPARE(budget.heldBy(alice), 80 * KiB);
    QVERIFY(budget.grow(b, bob, 10 * KiB)); // another address has its own allowance
    QCOMPARE(budget.heldBy(bob), 70 * KiB);
}

void TestBodyMemoryBudget::testTotalCap()
{
    BodyMemoryBudget budget(100 * KiB, 1024 * KiB);
    BodyMemoryBudget::Hold a, b;
    QVERIFY(budget.grow(a, alice, 100 * KiB));
    QVERIFY(!budget.grow(b, bob, 1));
    QCOMPARE(budget.total(), 100 * KiB);
    QCOMPARE(b.total, qint64(0));
}

void TestBodyMemoryBudget::testReleaseGivesEverythingBack()
{
    BodyMemoryBudget budget(1024 * KiB, 512 * KiB);
    BodyMemoryBudget::Hold a, b;
    QVERIFY(budget.grow(a, alice, 300 * KiB));
    QVERIFY(budget.grow(b, alice, 10 * KiB));
    budget.release(a, alice);
    budget.release(a, alice); // harmless twice
    QCOMPARE(budget.heldBy(alice), qint64(0));
    QCOMPARE(budget.total(), 10 * KiB);
    budget.release(b, alice);
    QCOMPARE(budget.total(), qint64(0));
}

QTEST_GUILESS_MAIN(TestBodyMemoryBudget)
#include "TestBodyMemoryBudget.moc"
