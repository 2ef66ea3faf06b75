// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelNaming.h"
#include "util/SecretMask.h"

#include <QTest>

using namespace ChannelDesk;

class TestChannelNaming : public QObject
{
    Q_OBJECT

private slots:
    void testSlugify_data();
    void testSlugify();
    void testNamesInAnyScriptGetAnId();
    void testMask_data();
    void testMask();
};

void TestChannelNaming::testSlugify_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("simple") << QStringLiteral("support") << QStringLiteral("support");
    QTest::newRow("spaces and case") << QStringLiteral("Support Desk (EU)")
                                     << QStringLiteral("support-desk-eu");
    QTest::newRow("accents") << QStringLiteral("São Paulo") << QStringLiteral("sao-paulo");
    QTest::newRow("repeated separators") << QStringLiteral("a -- b__c") << QStringLiteral("a-b-c");
    QTest::newRow("leading and trailing") << QStringLiteral("  -x- ") << QStringLiteral("x");
    QTest::newRow("chinese only") << QStringLiteral("客服") << QString();
    QTest::newRow("long") << QStringLiteral("a").repeated(80) << QStringLiteral("a").repeated(48);
}

void TestChannelNaming::testSlugify()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(ChannelNaming::slugify(name), id);
    if (!id.isEmpty())
        QVERIFY(ChannelNaming::isValidId(id));
}

void TestChannelNaming::testNamesInAnyScriptGetAnId()
{
    const QString id = ChannelNaming::idFor(QStringLiteral("客服"));
    QVERIFY(id.startsWith(QStringLiteral("channel-")));
    QCOMPARE(id.size(), 16);
    QVERIFY(ChannelNaming::isValidId(id));
    QCOMPARE(ChannelNaming::idFor(QStringLiteral(" 客服 ")), id); // stable
    QVERIFY(ChannelNaming::idFor(QStringLiteral("销售")) != id);
    QCOMPARE(ChannelNaming::idFor(QStringLiteral("Support BR")), QStringLiteral("support-br"));
    QVERIFY(!ChannelNaming::checkName(QStringLiteral("客服")).isError());
    QVERIFY(ChannelNaming::checkName(QStringLiteral("客服")).message.contains(id));
    QVERIFY(ChannelNaming::checkName(QStringLiteral("   ")).isError());
    const FieldCheck ok = ChannelNaming::checkName(QStringLiteral("客服 support"));
    QVERIFY(!ok.isError());
    QVERIFY(ok.message.contains(QStringLiteral("support")));
}

void TestChannelNaming::testMask_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("masked");
    QTest::newRow("token") << QStringLiteral("EAA_Gm0PX4ZCpsBAtokenx7Q") << QStringLiteral("EAA…x7Q");
    QTest::newRow("short") << QStringLiteral("abcdef") << QStringLiteral("••••••");
    QTest::newRow("empty") << QString() << QString();
}

void TestChannelNaming::testMask()
{
    QFETCH(QString, secret);
    QFETCH(QString, masked);
    QCOMPARE(SecretMask::mask(secret), masked);
}

QTEST_GUILESS_MAIN(TestChannelNaming)
#include "TestChannelNaming.moc"
