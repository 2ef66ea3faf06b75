// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ChannelDesk;
using Scenario = FakeGraphApiServer::Scenario;
using Kind = GraphError::Kind;

Q_DECLARE_METATYPE(FakeGraphApiServer::Scenario)
Q_DECLARE_METATYPE(GraphError::Kind)

class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testSuccess();
    void testFailures_data();
    void testFailures();
    void testWrongTokenIsRejected();
    void testTimeout();
    void testCancel();
    void testNetworkError();
    void testTlsError();

private:
    std::unique_ptr<ConnectionTest> makeTest(const QString& token = FakeGraphApiServer::validToken());
    bool runToEnd(ConnectionTest& test);

    FakeGraphApiServer m_server;
    QNetworkAccessManager m_network;
};

void TestConnectionTest::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

std::unique_ptr<ConnectionTest> TestConnectionTest::makeTest(const QString& token)
{
    const GraphEndpoint endpoint{m_server.baseUrl(), QStringLiteral("v25.0"), token};
    return std::make_unique<ConnectionTest>(&m_network, endpoint, FakeGraphApiServer::phoneNumberId());
}

bool TestConnectionTest::runToEnd(ConnectionTest& test)
{
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    return finished.wait(15000) && finished.count() == 1;
}

void TestConnectionTest::testSuccess()
{
    m_server.setScenario(Scenario::Success);
    auto test = makeTest();
    QVERIFY(runToEnd(*test));
    QVERIFY(test->succeeded());
    QCOMPARE(test->info().verifiedName, QStringLiteral("Acme Support"));
    QCOMPARE(test->info().displayPhoneNumber, QStringLiteral("+1 555-000-1234"));
    QCOMPARE(test->info().qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(test->info().platformType, QStringLiteral("CLOUD_API"));
    QCOMPARE(test->info().throughputLevel, QStringLiteral("STANDARD"));
    QVERIFY(test->warnings().isEmpty());
    QCOMPARE(test->successText(), QStringLiteral("Connected to Acme Support (+1 555-000-1234)"));
    // The request Meta would see.
    QCOMPARE(m_server.lastPath(), QStringLiteral("/v25.0/106540352242922"));
    QCOMPARE(m_server.lastFields(), ConnectionTest::requestedFields());
    QVERIFY(
        m_server.lastFields().contains(QStringLiteral("display_phone_number,verified_name,quality_rating")));
    QCOMPARE(m_server.lastAuthorization(), QByteArray("Bearer ") + FakeGraphApiServer::validToken().toUtf8());
}

void TestConnectionTest::testFailures_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("metaWords");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("190 expired token") << Scenario::ExpiredToken << Kind::Api << 401 << 190
                                       << QStringLiteral("Error validating access token: Session has expired")
                                       << QStringLiteral("invalid or has expired") << false;
    QTest::newRow("100 unknown id") << Scenario::UnknownId << Kind::Api << 400 << 100
                                    << QStringLiteral("Unsupported get request")
                                    << QStringLiteral("does not know this Phone Number ID") << false;
    QTest::newRow("130429 rate limit")
        << Scenario::RateLimited << Kind::Api << 429 << 130429
        << QStringLiteral("(#130429) Rate limit hit — Cloud API message throughput has been reached.")
        << QStringLiteral("rate-limiting") << true;
    QTest::newRow("500 transient") << Scenario::ServerError << Kind::Api << 500 << 2
                                   << QStringLiteral("An unexpected error has occurred")
                                   << QStringLiteral("temporary problem") << true;
    QTest::newRow("502 html") << Scenario::BadGateway << Kind::Http << 502 << 0 << QStringLiteral("HTTP 502")
                              << QStringLiteral("failed (HTTP 502)") << true;
    QTest::newRow("malformed json") << Scenario::MalformedJson << Kind::Malformed << 200 << 0 << QString()
                                    << QStringLiteral("not the JSON Meta sends") << true;
}

void TestConnectionTest::testFailures()
{
    QFETCH(Scenario, scenario);
    QFETCH(Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, code);
    QFETCH(QString, metaWords);
    QFETCH(QString, explanation);
    QFETCH(bool, retryable);
    m_server.setScenario(scenario);
    auto test = makeTest();
    QVERIFY(runToEnd(*test));
    QVERIFY(!test->succeeded());
    QCOMPARE(test->error().kind, kind);
    QCOMPARE(test->error().httpStatus, httpStatus);
    QCOMPARE(test->error().code, code);
    const QString text = test->failureText();
    QVERIFY2(text.contains(metaWords), qPrintable(text));
    QVERIFY2(text.contains(explanation), qPrintable(text));
    QCOMPARE(MetaErrorDecoder::explain(test->error()).retryable, retryable);
    QVERIFY(!text.contains(FakeGraphApiServer::validToken()));
    if (kind == Kind::Api)
        QVERIFY(MetaErrorDecoder::technicalDetails(test->error()).contains(QStringLiteral("fbtrace_id: ")));
}

void TestConnectionTest::testWrongTokenIsRejected()
{
    m_server.setScenario(Scenario::Success);
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    auto test = makeTest(QStringLiteral("EAAsomeOtherToken"));
    QVERIFY(runToEnd(*test));
    m_server.setExpectedToken({});
    QCOMPARE(test->error().code, 190);
    QVERIFY(test->failureText().contains(QStringLiteral("System User token")));
}

void TestConnectionTest::testTimeout()
{
    m_server.setScenario(Scenario::Hang);
    auto test = makeTest();
    test->setTimeout(300);
    QVERIFY(runToEnd(*test));
    QCOMPARE(test->error().kind, Kind::Timeout);
    QVERIFY(test->failureText().contains(QStringLiteral("did not answer in time")));
}

void TestConnectionTest::testCancel()
{
    m_server.setScenario(Scenario::Hang);
    auto test = makeTest();
    QSignalSpy finished(test.get(), &ConnectionTest::finished);
    test->start();
    QVERIFY(test->isRunning());
    QTRY_VERIFY(m_server.requestCount() > 0);
    test->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(test->error().kind, Kind::Cancelled);
    QVERIFY(!test->isRunning());
}

void TestConnectionTest::testNetworkError()
{
    // A port that was free a moment ago: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const GraphEndpoint endpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                 QStringLiteral("v25.0"), FakeGraphApiServer::validToken()};
    ConnectionTest test(&m_network, endpoint, FakeGraphApiServer::phoneNumberId());
    QVERIFY(runToEnd(test));
    QCOMPARE(test.error().kind, Kind::Network);
    QVERIFY2(test.failureText().contains(QStringLiteral("Connection refused")),
             qPrintable(test.failureText()));
    QVERIFY(test.failureText().contains(QStringLiteral("Could not reach")));
}

void TestConnectionTest::testTlsError()
{
    // Speaking TLS to a plain-HTTP server fails the handshake, as a TLS-intercepting proxy would.
    m_server.setScenario(Scenario::Success);
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("https"));
    const GraphEndpoint endpoint{url, QStringLiteral("v25.0"), FakeGraphApiServer::validToken()};
    ConnectionTest test(&m_network, endpoint, FakeGraphApiServer::phoneNumberId());
    QVERIFY(runToEnd(test));
    QCOMPARE(test.error().kind, Kind::Tls);
    QVERIFY(test.failureText().contains(QStringLiteral("secure connection failed")));
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
