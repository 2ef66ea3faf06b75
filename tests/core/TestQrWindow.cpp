// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/QrWindow.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestQrWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testCodesAreNumberedWithTheirLifetimes();
    void testSameValueIsNotANewCode();
    void testMaximumIsDroppedOnceExceeded();
};

void TestQrWindow::testCodesAreNumberedWithTheirLifetimes()
{
    QrWindow window(6, 60, 20);
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    const auto first = window.offer(QStringLiteral("2@one"), {}, now);
    QVERIFY(first);
    QCOMPARE(first->sequence, 1);
    QCOMPARE(first->maxCodes, 6);
    QCOMPARE(first->expiresAt, now.addSecs(60));
    const auto second = window.offer(QStringLiteral("2@two"), {}, now.addSecs(30));
    QVERIFY(second);
    QCOMPARE(second->sequence, 2);
    QCOMPARE(second->expiresAt, now.addSecs(50));
    window.reset();
    QCOMPARE(window.offer(QStringLiteral("2@three"), {}, now)->sequence, 1);
}

void TestQrWindow::testSameValueIsNotANewCode()
{
    QrWindow window(6, 60, 20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(window.offer(QStringLiteral("2@one"), {}, now));
    QVERIFY(!window.offer(QStringLiteral("2@one"), {}, now));
    QVERIFY(!window.offer({}, {}, now));
    QCOMPARE(window.current().sequence, 1);
}

void TestQrWindow::testMaximumIsDroppedOnceExceeded()
{
    // A gateway that keeps rotating past WAHA's six codes: "Code 8", never "Code 8 of 6".
    QrWindow window(6, 60, 20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 8; ++i) {
        const auto qr = window.offer(QStringLiteral("2@code%1").arg(i), {}, now.addSecs(i * 20));
        QVERIFY(qr);
        QCOMPARE(qr->sequence, i);
        QCOMPARE(qr->maxCodes, i <= 6 ? 6 : 0);
    }
    // The next window of the same gateway claims no maximum either.
    window.reset();
    QCOMPARE(window.offer(QStringLiteral("2@again"), {}, now)->maxCodes, 0);
}

QTEST_GUILESS_MAIN(TestQrWindow)
#include "TestQrWindow.moc"
