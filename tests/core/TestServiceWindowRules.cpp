// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/Channel.h"
#include "channels/ServiceWindowRules.h"

#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

//! The 24 h window's words and where it applies, as the list, the header and the composer use them.
class TestServiceWindowRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testShortText_data();
    void testShortText();
    void testOnlyCloudChannelsHaveAWindow();
    void testMetaClosesTheWindowUntilTheCustomerWrites();
};

void TestServiceWindowRules::testShortText_data()
{
    QTest::addColumn<qint64>("minutesAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("just now") << qint64(0) << QStringLiteral("24 h left");
    QTest::newRow("a minute ago") << qint64(1) << QStringLiteral("23 h left");
    QTest::newRow("3 h ago") << qint64(150) << QStringLiteral("21 h left");
    QTest::newRow("last hour") << qint64(23 * 60 + 20) << QStringLiteral("40 min left");
    QTest::newRow("last minute") << qint64(24 * 60 - 1) << QStringLiteral("1 min left");
    QTest::newRow("closed") << qint64(24 * 60) << QStringLiteral("window closed");
    QTest::newRow("never") << qint64(-1) << QStringLiteral("window closed");
}

void TestServiceWindowRules::testShortText()
{
    QFETCH(qint64, minutesAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ServiceWindow window{minutesAgo < 0 ? QDateTime() : now.addSecs(-minutesAgo * 60)};
    QCOMPARE(ServiceWindowRules::shortText(ChannelKinds::whatsAppCloud(), window, now), expected);
}

void TestServiceWindowRules::testOnlyCloudChannelsHaveAWindow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ServiceWindow recent{now.addSecs(-3600)};
    const ServiceWindow never;
    QVERIFY(ServiceWindowRules::appliesTo(ChannelKinds::whatsAppCloud()));
    for (const QString& kind : {ChannelKinds::whatsAppLinked(), ChannelKinds::weCom(), QString()}) {
        QVERIFY2(!ServiceWindowRules::appliesTo(kind), qPrintable(kind));
        QCOMPARE(ServiceWindowRules::shortText(kind, recent, now), QString());
        QCOMPARE(ServiceWindowRules::shortText(kind, never, now), QString());
        QVERIFY(ServiceWindowRules::isOpen(kind, never, now)); // free text at any time
    }
}

void TestServiceWindowRules::testMetaClosesTheWindowUntilTheCustomerWrites()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ServiceWindow window{now.addSecs(-3600), true};
    QVERIFY(!ServiceWindowRules::isOpen(ChannelKinds::whatsAppCloud(), window, now));
    QCOMPARE(ServiceWindowRules::shortText(ChannelKinds::whatsAppCloud(), window, now),
             QStringLiteral("window closed"));
    // The store clears closedByMeta once an inbound message is newer than the refused send.
    window = ServiceWindow{now};
    QCOMPARE(ServiceWindowRules::shortText(ChannelKinds::whatsAppCloud(), window, now),
             QStringLiteral("24 h left"));
}

QTEST_GUILESS_MAIN(TestServiceWindowRules)
#include "TestServiceWindowRules.moc"
