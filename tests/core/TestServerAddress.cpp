// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ServerAddress.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testAccepted_data();
    void testAccepted();
    void testRefused_data();
    void testRefused();
    void testName_data();
    void testName();
};

void TestServerAddress::initTestCase()
{
    TestEnvironment::init();
}

void TestServerAddress::testAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::newRow("host alone is https on 8646") << "desk.example.com"
                                                 << "https://desk.example.com:8646"
                                                 << "desk.example.com:8646";
    QTest::newRow("host and port") << "desk.example.com:9000"
                                   << "https://desk.example.com:9000"
                                   << "desk.example.com:9000";
    QTest::newRow("surrounding spaces") << "  desk.example.com:9000 \n"
                                        << "https://desk.example.com:9000"
                                        << "desk.example.com:9000";
    QTest::newRow("upper-case host") << "Desk.Example.COM"
                                     << "https://desk.example.com:8646"
                                     << "desk.example.com:8646";
    QTest::newRow("loopback is http") << "127.0.0.1"
                                      << "http://127.0.0.1:8646"
                                      << "127.0.0.1:8646";
    QTest::newRow("localhost is http") << "localhost:8700"
                                       << "http://localhost:8700"
                                       << "localhost:8700";
    QTest::newRow("explicit https") << "https://desk.example.com"
                                    << "https://desk.example.com:8646"
                                    << "desk.example.com:8646";
    QTest::newRow("explicit http beyond loopback") << "http://10.0.0.5:8646"
                                                   << "http://10.0.0.5:8646"
                                                   << "10.0.0.5:8646";
    QTest::newRow("explicit https on loopback") << "HTTPS://127.0.0.1:9443"
                                                << "https://127.0.0.1:9443"
                                                << "127.0.0.1:9443";
    QTest::newRow("api path") << "http://127.0.0.1:8646/api/v1"
                              << "http://127.0.0.1:8646"
                              << "127.0.0.1:8646";
    QTest::newRow("api path with slash") << "http://127.0.0.1:8646/api/v1/"
                                         << "http://127.0.0.1:8646"
                                         << "127.0.0.1:8646";
    QTest::newRow("root path") << "https://desk.example.com/"
                               << "https://desk.example.com:8646"
                               << "desk.example.com:8646";
    QTest::newRow("ipv6 loopback") << "[::1]:8646"
                                   << "http://[::1]:8646"
                                   << "[::1]:8646";
    QTest::newRow("ipv6 with scheme") << "https://[2001:db8::1]"
                                      << "https://[2001:db8::1]:8646"
                                      << "[2001:db8::1]:8646";
}

void TestServerAddress::testAccepted()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, name);
    const Result<QUrl> parsed = ServerAddress::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed.value().toString(), url);
    QVERIFY(parsed.value().path().isEmpty());
    QCOMPARE(ServerAddress::name(parsed.value()), name);
}

void TestServerAddress::testRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << ""
                           << "Enter the server's address";
    QTest::newRow("blank") << "   "
                           << "Enter the server's address";
    QTest::newRow("other scheme") << "ftp://desk.example.com"
                                  << "“ftp” is not a scheme";
    QTest::newRow("websocket scheme") << "ws://desk.example.com"
                                      << "use http:// or https://";
    QTest::newRow("other path") << "https://desk.example.com/console"
                                << "not at “/console”";
    QTest::newRow("deeper api path") << "https://desk.example.com/api/v1/stream"
                                     << "/api/v1";
    QTest::newRow("user info") << "https://admin:secret@desk.example.com"
                               << "user name and password";
    QTest::newRow("query") << "https://desk.example.com/api/v1?key=x"
                           << "after “?”";
    QTest::newRow("bare ipv6") << "::1"
                               << "brackets";
    QTest::newRow("bad port") << "desk.example.com:99999"
                              << "is not a server address";
    QTest::newRow("port zero") << "desk.example.com:0"
                               << "Port 0";
    QTest::newRow("no host") << "https://:8646"
                             << "is not a server address";
    QTest::newRow("spaces inside") << "desk example com"
                                   << "is not a server address";
}

void TestServerAddress::testRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const Result<QUrl> parsed = ServerAddress::parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed.value().toString() : QString()));
    QVERIFY(parsed.error().is(ErrorCode::InvalidInput));
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    // Every refusal shows what would work.
    QVERIFY2(parsed.error().message.contains(QLatin1String("8646")), qPrintable(parsed.error().message));
}

void TestServerAddress::testName_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("name");
    QTest::newRow("port written") << QUrl(QStringLiteral("https://desk.example.com:443"))
                                  << "desk.example.com:443";
    QTest::newRow("default port") << QUrl(QStringLiteral("https://desk.example.com"))
                                  << "desk.example.com:8646";
}

void TestServerAddress::testName()
{
    QFETCH(QUrl, server);
    QFETCH(QString, name);
    QCOMPARE(ServerAddress::name(server), name);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
