// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphReply against servers that are not the Graph API: an endless or huge answer is cut at the
// cap, and a trickling one ends at the request's deadline.
#include "api/GraphApiClient.h"
#include "api/GraphReply.h"
#include "api/MetaErrorDecoder.h"
#include "FakeHostileServer.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ChannelDesk;
using Kind = GraphError::Kind;
using Mode = FakeHostileServer::Mode;

Q_DECLARE_METATYPE(FakeHostileServer::Mode)

class TestGraphReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testOversizedAnswerIsCut_data();
    void testOversizedAnswerIsCut();
    void testTrickleEndsAtDeadline();
    void testPostTrickleEndsAtDeadline();

private:
    //! Runs one call to the server and returns its error; elapsedMs says how long it took.
    GraphError call(FakeHostileServer& server, int timeoutMs, bool post, qint64* elapsedMs);

    QNetworkAccessManager m_network;
};

void TestGraphReply::initTestCase()
{
    TestEnvironment::init();
}

GraphError TestGraphReply::call(FakeHostileServer& server, int timeoutMs, bool post, qint64* elapsedMs)
{
    GraphApiClient client(&m_network,
                          GraphEndpoint{server.baseUrl(), QStringLiteral("v25.0"), QStringLiteral("token")});
    client.setTimeout(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    GraphReply* reply = post
        ? client.post(QStringLiteral("123/messages"), QJsonObject{{QStringLiteral("a"), 1}})
        : client.get(QStringLiteral("123"));
    QSignalSpy finished(reply, &GraphReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 10000);
    *elapsedMs = clock.elapsed();
    return reply->isFinished() ? reply->error() : GraphError{};
}

void TestGraphReply::testOversizedAnswerIsCut_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("post");
    // Requests with a body start later than those without, which Qt treats differently.
    for (const bool post : {false, true}) {
        const char* verb = post ? "POST" : "GET";
        QTest::addRow("%s endless", verb) << Mode::Endless << 200 << post;
        QTest::addRow("%s huge Content-Length", verb) << Mode::HugeLength << 200 << post;
        QTest::addRow("%s endless error body", verb) << Mode::Endless << 500 << post;
    }
}

void TestGraphReply::testOversizedAnswerIsCut()
{
    QFETCH(Mode, mode);
    QFETCH(int, status);
    QFETCH(bool, post);
    FakeHostileServer server(mode, status);
    QVERIFY(server.start());
    qint64 elapsed = 0;
    // A long timeout: the cap, not the deadline, must end these. Malformed rather than Timeout says
    // which one did; how long it took depends on the machine, so the time is not asserted.
    const GraphError error = call(server, 60000, post, &elapsed);
    QCOMPARE(error.kind, Kind::Malformed);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(QLatin1String("sent more than 4 MiB")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("graph_base_url")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("token")));
    QVERIFY(!MetaErrorDecoder::explain(error).cause.isEmpty());
    QVERIFY(error.body.size() <= 4096);
    // The client stopped reading: what the server managed to write is the cap plus what the socket
    // buffers held, far from the 64 MiB it offered.
    QVERIFY2(server.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    qInfo("cut after %lld ms, server wrote %lld bytes", elapsed, server.bytesSent());
}

void TestGraphReply::testTrickleEndsAtDeadline()
{
    FakeHostileServer server(Mode::Trickle);
    QVERIFY(server.start());
    qint64 elapsed = 0;
    const GraphError error = call(server, 1000, false, &elapsed);
    QCOMPARE(error.kind, Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("no complete answer within 1 s")),
             qPrintable(error.message));
    QVERIFY2(elapsed >= 900 && elapsed < 10000, qPrintable(QString::number(elapsed)));
}

void TestGraphReply::testPostTrickleEndsAtDeadline()
{
    FakeHostileServer server(Mode::Trickle);
    QVERIFY(server.start());
    qint64 elapsed = 0;
    const GraphError error = call(server, 1000, true, &elapsed);
    QCOMPARE(error.kind, Kind::Timeout);
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestGraphReply)
#include "TestGraphReply.moc"
