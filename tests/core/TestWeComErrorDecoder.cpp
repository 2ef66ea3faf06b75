// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComErrorDecoder.h"
#include "FakeWeComApi.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestWeComErrorDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testExplain_data();
    void testExplain();
    void testOkHasNoExplanation();
    void testIpNotAllowedNamesTheAddress();
    void testIpNotAllowedWithoutAddress();
    void testFromIp_data();
    void testFromIp();
    void testDescribeFormat();
    void testUnknownCode();
};

void TestWeComErrorDecoder::testExplain_data()
{
    QTest::addColumn<int>("errcode");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("tokenRejected");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("-1 busy") << -1 << true << false << QStringLiteral("busy");
    QTest::newRow("40001 secret") << 40001 << false << false << QStringLiteral("应用管理 → the app → Secret");
    QTest::newRow("40013 corp id") << 40013 << false << false
                                   << QStringLiteral("我的企业 → 企业信息 → 企业ID");
    QTest::newRow("40014 token") << 40014 << false << true << QStringLiteral("token");
    QTest::newRow("42001 token") << 42001 << false << true << QStringLiteral("token");
    QTest::newRow("42007 token") << 42007 << false << true << QStringLiteral("token");
    QTest::newRow("42009 token") << 42009 << false << true << QStringLiteral("token");
    QTest::newRow("40056 agent id") << 40056 << false << false << QStringLiteral("AgentId");
    QTest::newRow("301002 agent id") << 301002 << false << false << QStringLiteral("AgentId");
    QTest::newRow("48002 forbidden") << 48002 << false << false << QStringLiteral("not allow");
    QTest::newRow("60011 visible range") << 60011 << false << false << QStringLiteral("可见范围");
    QTest::newRow("81013 user") << 81013 << false << false << QStringLiteral("UserID");
    QTest::newRow("45009 rate") << 45009 << true << false << QStringLiteral("30");
    QTest::newRow("45033 concurrency") << 45033 << true << false << QStringLiteral("same time");
    QTest::newRow("44004 empty") << 44004 << false << false << QStringLiteral("empty");
    QTest::newRow("82001 recipients") << 82001 << false << false << QStringLiteral("recipients");
}

void TestWeComErrorDecoder::testExplain()
{
    QFETCH(int, errcode);
    QFETCH(bool, retryable);
    QFETCH(bool, tokenRejected);
    QFETCH(QString, mentions);
    const WeComErrorDecoder::Explanation e = WeComErrorDecoder::explain(errcode, QStringLiteral("words"));
    QVERIFY(!e.cause.isEmpty());
    QVERIFY(!e.fix.isEmpty());
    QCOMPARE(e.retryable, retryable);
    QCOMPARE(e.tokenRejected, tokenRejected);
    const QString words = e.cause + QLatin1Char(' ') + e.fix;
    QVERIFY2(words.contains(mentions, Qt::CaseInsensitive), qPrintable(words));
}

void TestWeComErrorDecoder::testOkHasNoExplanation()
{
    const WeComErrorDecoder::Explanation e = WeComErrorDecoder::explain(0, QStringLiteral("ok"));
    QVERIFY(e.cause.isEmpty());
    QVERIFY(!e.retryable);
    QVERIFY(!e.tokenRejected);
}

void TestWeComErrorDecoder::testIpNotAllowedNamesTheAddress()
{
    const WeComErrorDecoder::Explanation e
        = WeComErrorDecoder::explain(60020, FakeWeComApi::ipNotAllowedMessage());
    QVERIFY(e.cause.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(e.fix.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(e.fix.contains(QStringLiteral("企业可信IP")));
    QVERIFY(e.fix.contains(QStringLiteral("trusted domain")));
    QVERIFY(e.fix.contains(QStringLiteral("callback URL")));
    QVERIFY(!e.retryable);
}

void TestWeComErrorDecoder::testIpNotAllowedWithoutAddress()
{
    const WeComErrorDecoder::Explanation e
        = WeComErrorDecoder::explain(60020, QStringLiteral("not allow to access from your ip"));
    QVERIFY(e.fix.contains(QStringLiteral("企业可信IP")));
    QVERIFY(e.fix.contains(QStringLiteral("public IP address")));
}

void TestWeComErrorDecoder::testFromIp_data()
{
    QTest::addColumn<QString>("errmsg");
    QTest::addColumn<QString>("ip");
    QTest::newRow("WeCom's wording") << FakeWeComApi::ipNotAllowedMessage() << QStringLiteral("203.0.113.9");
    QTest::newRow("at the end") << QStringLiteral("from ip: 198.51.100.7") << QStringLiteral("198.51.100.7");
    QTest::newRow("IPv6") << QStringLiteral("not allow, from ip: 2001:db8::1, more info")
                          << QStringLiteral("2001:db8::1");
    QTest::newRow("absent") << QStringLiteral("invalid corpid") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestWeComErrorDecoder::testFromIp()
{
    QFETCH(QString, errmsg);
    QFETCH(QString, ip);
    QCOMPARE(WeComErrorDecoder::fromIp(errmsg), ip);
}

void TestWeComErrorDecoder::testDescribeFormat()
{
    const QString text = WeComErrorDecoder::describe(60020, FakeWeComApi::ipNotAllowedMessage());
    QVERIFY2(text.startsWith(QStringLiteral("WeCom answered 60020: not allow to access from your ip")),
             qPrintable(text));
    const WeComErrorDecoder::Explanation e
        = WeComErrorDecoder::explain(60020, FakeWeComApi::ipNotAllowedMessage());
    QVERIFY(text.endsWith(QStringLiteral(" — ") + e.cause + QLatin1Char(' ') + e.fix));
    QCOMPARE(WeComErrorDecoder::describe(44004, QString()).left(22),
             QStringLiteral("WeCom answered 44004 —"));
}

void TestWeComErrorDecoder::testUnknownCode()
{
    const WeComErrorDecoder::Explanation e = WeComErrorDecoder::explain(99999, QStringLiteral("strange"));
    QVERIFY(e.cause.contains(QStringLiteral("99999")));
    QVERIFY(e.fix.contains(QStringLiteral("e=99999")));
    QVERIFY(!e.retryable);
    QVERIFY(!e.tokenRejected);
    QVERIFY(
        WeComErrorDecoder::describe(99999, QStringLiteral("strange")).contains(QStringLiteral("strange")));
}

QTEST_GUILESS_MAIN(TestWeComErrorDecoder)
#include "TestWeComErrorDecoder.moc"
