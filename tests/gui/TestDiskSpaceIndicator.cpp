// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's low-disk warning: shown under 1 GB free, hidden above, and measured through the
// Desk's future rather than on the UI thread.
#include "DiskSpaceIndicator.h"

#include "desk/LocalDesk.h"
#include "model/DiskUsage.h"
#include "util/DiskUsageProbe.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

DiskUsage usageWithFree(qint64 freeBytes)
{
    DiskUsage usage;
    usage.valid = true;
    usage.directory = QStringLiteral("/data");
    usage.files
        = {{QStringLiteral("channeldesk.sqlite"), 4096}, {QStringLiteral("delivery-journal.sqlite"), 8192}};
    usage.freeBytes = freeBytes;
    usage.totalBytes = qint64(100) * DiskUsage::kLowFreeBytes;
    // As DiskUsageProbe::measure() decides it.
    usage.low = freeBytes >= 0 && freeBytes < DiskUsage::kLowFreeBytes;
    return usage;
}

} // namespace

class TestDiskSpaceIndicator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testWarnsBelowOneGigabyte();
    void testQuietWithEnoughSpace();
    void testUnknownSpaceIsQuiet();
    void testMeasuresThroughTheDesk();
};

void TestDiskSpaceIndicator::testWarnsBelowOneGigabyte()
{
    DiskSpaceIndicator indicator(nullptr);
    QSignalSpy low(&indicator, &DiskSpaceIndicator::lowDiskSpace);
    indicator.showUsage(usageWithFree(DiskUsage::kLowFreeBytes - 1));
    QVERIFY(!indicator.isHidden());
    QCOMPARE(indicator.text(),
             QStringLiteral("Low disk space: %1 free")
                 .arg(DiskUsageProbe::formatBytes(DiskUsage::kLowFreeBytes - 1)));
    // The tooltip says what to do, then what each data file takes.
    const QStringList lines = indicator.toolTip().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QLatin1String("Free some space")));
    QCOMPARE(lines.at(1), QStringLiteral("channeldesk.sqlite: %1").arg(DiskUsageProbe::formatBytes(4096)));
    QCOMPARE(lines.at(2),
             QStringLiteral("delivery-journal.sqlite: %1").arg(DiskUsageProbe::formatBytes(8192)));
    QCOMPARE(low.count(), 1);

    // Still low: said once, not at every measurement.
    indicator.showUsage(usageWithFree(512 * 1024 * 1024));
    QVERIFY(!indicator.isHidden());
    QCOMPARE(indicator.text(),
             QStringLiteral("Low disk space: %1 free").arg(DiskUsageProbe::formatBytes(512 * 1024 * 1024)));
    QCOMPARE(low.count(), 1);

    // Space freed: the warning goes; low again later warns again.
    indicator.showUsage(usageWithFree(DiskUsage::kLowFreeBytes));
    QVERIFY(indicator.isHidden());
    indicator.showUsage(usageWithFree(1024));
    QVERIFY(!indicator.isHidden());
    QCOMPARE(low.count(), 2);
}

void TestDiskSpaceIndicator::testQuietWithEnoughSpace()
{
    DiskSpaceIndicator indicator(nullptr);
    QSignalSpy low(&indicator, &DiskSpaceIndicator::lowDiskSpace);
    indicator.showUsage(usageWithFree(DiskUsage::kLowFreeBytes + 1));
    QVERIFY(indicator.isHidden());
    QVERIFY(indicator.usage().valid);
    QCOMPARE(low.count(), 0);
}

void TestDiskSpaceIndicator::testUnknownSpaceIsQuiet()
{
    // A server that does not say how much is free is not a full disk.
    DiskSpaceIndicator indicator(nullptr);
    QSignalSpy low(&indicator, &DiskSpaceIndicator::lowDiskSpace);
    indicator.showUsage(usageWithFree(-1));
    QVERIFY(indicator.isHidden());
    indicator.showUsage(DiskUsage());
    QVERIFY(indicator.isHidden());
    QCOMPARE(low.count(), 0);
}

void TestDiskSpaceIndicator::testMeasuresThroughTheDesk()
{
    QTemporaryDir dir;
    LocalDesk::Options options;
    options.receiver = false;
    LocalDesk desk(dir.path(), options);
    DiskSpaceIndicator indicator(&desk);
    // Not measured in the constructor: the Desk's future answers later, through the event loop.
    QVERIFY(!indicator.usage().valid);
    QTRY_VERIFY(indicator.usage().valid);
    QCOMPARE(indicator.usage().directory, dir.path());
    QVERIFY(indicator.usage().freeBytes > 0);
    // This test machine's disk decides which state is right; either way it matches the figure.
    const bool low = indicator.usage().freeBytes < DiskUsage::kLowFreeBytes;
    QCOMPARE(indicator.usage().low, low);
    QCOMPARE(!indicator.isHidden(), low);
}

QTEST_MAIN(TestDiskSpaceIndicator)
#include "TestDiskSpaceIndicator.moc"
