// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GatewayRestClient against servers that are not a gateway: an endless or huge answer is cut at the
// cap, and a trickling one ends at the request's timeout.
#include "linking/GatewayRestClient.h"
#include "FakeHostileServer.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace ChannelDesk;
using Mode = FakeHostileServer::Mode;

Q_DECLARE_METATYPE(FakeHostileServer::Mode)
using Response = GatewayRestClient::Response;

class TestGatewayRestClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testOversizedAnswerIsCut_data();
    void testOversizedAnswerIsCut();
    void testTrickleEndsAtTimeout();
};

void TestGatewayRestClient::initTestCase()
{
    TestEnvironment::init();
}

void TestGatewayRestClient::testOversizedAnswerIsCut_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("endless") << Mode::Endless << 200;
    QTest::newRow("huge Content-Length") << Mode::HugeLength << 200;
    QTest::newRow("endless error body") << Mode::Endless << 500;
}

void TestGatewayRestClient::testOversizedAnswerIsCut()
{
    QFETCH(Mode, mode);
    QFETCH(int, status);
    FakeHostileServer server(mode, status);
    QVERIFY(server.start());
    GatewayRestClient client(server.baseUrl(), QStringLiteral("key"), GatewayRestClient::Auth::Bearer);
    client.setTimeout(60000); // the cap, not the timeout, must end these
    std::optional<Response> answer;
    QElapsedTimer clock;
    clock.start();
    client.get(QStringLiteral("/api/sessions/default"),
               [&answer](const Response& response) { answer = response; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
    QVERIFY(!answer->ok());
    QVERIFY(answer->body.isEmpty());
    QCOMPARE(answer->networkError, QNetworkReply::UnknownContentError);
    const QString words = client.describe(*answer);
    QVERIFY2(words.contains(QLatin1String("sent more than 2 MiB")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("check the gateway URL")), qPrintable(words));
    // How long this takes depends on the machine; what the server could write before the client
    // hung up says it stopped at the cap and did not race through the endless answer.
    QVERIFY2(server.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
}

void TestGatewayRestClient::testTrickleEndsAtTimeout()
{
    FakeHostileServer server(Mode::Trickle);
    QVERIFY(server.start());
    GatewayRestClient client(server.baseUrl(), QStringLiteral("key"), GatewayRestClient::Auth::ApiKeyHeader);
    client.setTimeout(1000);
    std::optional<Response> answer;
    QElapsedTimer clock;
    clock.start();
    client.get(QStringLiteral("/api/sessions/default"),
               [&answer](const Response& response) { answer = response; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QCOMPARE(answer->networkError, QNetworkReply::TimeoutError);
    QVERIFY(answer->transient());
    const QString words = client.describe(*answer);
    QVERIFY2(words.contains(QLatin1String("no complete answer within 1 s")), qPrintable(words));
}

QTEST_GUILESS_MAIN(TestGatewayRestClient)
#include "TestGatewayRestClient.moc"
