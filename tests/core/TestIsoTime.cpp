// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IsoTime writes what QDateTime writes, without QDateTime.
#include "util/IsoTime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace ChannelDesk;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void testAgreesWithQDateTime_data();
    void testAgreesWithQDateTime();
    void testAgreesOnRandomTimes();
};

namespace {

QByteArray expected(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

qint64 at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

void TestIsoTime::testAgreesWithQDateTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("just before the epoch") << qint64(-1);
    QTest::newRow("a second and a bit before") << qint64(-1001);
    QTest::newRow("milliseconds are cut, not rounded") << at("2026-12-07T10:42:07.999Z");
    QTest::newRow("leap day 2024") << at("2024-02-29T23:59:59.500Z");
    QTest::newRow("leap day 2000") << at("2000-02-29T12:00:00Z");
    QTest::newRow("2100 is no leap year") << at("2100-03-01T00:00:00Z");
    QTest::newRow("new year") << at("2026-12-31T23:59:59.999Z");
    QTest::newRow("year 1") << at("0001-01-01T00:00:00Z");
    QTest::newRow("year 9999") << at("9999-12-31T23:59:59Z");
    QTest::newRow("before year 1 (falls back)") << at("0001-01-01T00:00:00Z") - 1;
}

void TestIsoTime::testAgreesWithQDateTime()
{
    QFETCH(qint64, ms);
    QCOMPARE(IsoTime::utc(ms), expected(ms));
}

void TestIsoTime::testAgreesOnRandomTimes()
{
    QRandomGenerator random(20261207);
    const qint64 first = at("1900-01-01T00:00:00Z");
    const qint64 last = at("2200-01-01T00:00:00Z");
    for (int i = 0; i < 200000; ++i) {
        const qint64 ms = first + qint64(random.bounded(quint64(last - first)));
        if (IsoTime::utc(ms) != expected(ms))
            QFAIL(qPrintable(
                QStringLiteral("%1: %2 instead of %3")
                    .arg(ms)
                    .arg(QString::fromLatin1(IsoTime::utc(ms)), QString::fromLatin1(expected(ms)))));
    }
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "TestIsoTime.moc"
