// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The API listener on a real loopback socket, with the real key store: the role table decides
// before any handler runs, and malformed or hostile requests get the right status without
// crashing it or reaching a handler.
#include "server/ApiAccess.h"
#include "server/ApiListener.h"
#include "server/ApiRoutes.h"
#include "store/ApiKeyStore.h"
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ChannelDesk;

class TestApiListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testRoles_data();
    void testRoles();
    void testHostileRequests_data();
    void testHostileRequests();
    void testOnlyTheUploadTakesALargerBody_data();
    void testOnlyTheUploadTakesALargerBody();
    void testHandlerAnswersAndStopAnswersTheRest();

private:
    //! Sends raw bytes and returns the status line's code (0 when the connection closed first).
    int raw(const QByteArray& bytes, QByteArray* answer = nullptr);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_viewer;
    QString m_sender;
    std::unique_ptr<ApiAccess> m_access;
    std::unique_ptr<ApiListener> m_listener;
    std::atomic<int> m_handled{0};
    bool m_holdReplies = false;
    QList<ApiReply> m_held;
};

void TestApiListener::initTestCase()
{
    TestEnvironment::init();
    m_path = DataDirectory::databasePath(m_dir.path());
    const auto key = ApiKeyStore(m_path).create(QStringLiteral("viewer"), ApiRole::Viewer, 100000,
                                                QDateTime::currentDateTimeUtc());
    QVERIFY(key.ok());
    m_viewer = key.value().key;
    const auto sender = ApiKeyStore(m_path).create(QStringLiteral("sender"), ApiRole::Sender, 100000,
                                                   QDateTime::currentDateTimeUtc());
    QVERIFY(sender.ok());
    m_sender = sender.value().key;
    m_access = std::make_unique<ApiAccess>(m_path);
    m_access->start();
    m_listener = std::make_unique<ApiListener>(
        m_access.get(), &ApiRoutes::roleOf,
        [this](const ApiRequest& request, const ApiReply& reply) {
            ++m_handled;
            if (m_holdReplies) {
                m_held.append(reply);
                return;
            }
            reply(ApiResponse::ok({{QStringLiteral("path"), request.path}}));
        },
        [](int, const QByteArray&, std::function<void()> release, const ApiRequest&) { release(); });
    ApiListener::Limits limits;
    limits.maxBodyBytes = 4096;
    limits.maxUploadBodyBytes = 16384;
    limits.connectionTimeoutSeconds = 2;
    m_listener->setLimits(limits);
    QVERIFY(m_listener->start(QStringLiteral("127.0.0.1"), 0).ok());
}

void TestApiListener::cleanupTestCase()
{
    m_listener->stop();
    m_access->stop();
    Database::close(m_path);
}

int TestApiListener::raw(const QByteArray& bytes, QByteArray* answer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_listener->port());
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write(bytes);
    QByteArray received;
    while (!received.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        received += socket.readAll();
    if (answer)
        *answer = received;
    return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
}

void TestApiListener::testRoles_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("role"); // -1: no such endpoint
    const auto row = [](const char* name, const char* method, const char* path, int role) {
        QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << role;
    };
    row("list", "GET", "channels", int(ApiRole::Viewer));
    row("create", "POST", "channels", int(ApiRole::Admin));
    row("one", "GET", "channels/a", int(ApiRole::Viewer));
    row("patch", "PATCH", "channels/a", int(ApiRole::Admin));
    row("delete", "DELETE", "channels/a", int(ApiRole::Admin));
    row("status", "GET", "channels/a/status", int(ApiRole::Viewer));
    row("connect", "POST", "channels/a/connect", int(ApiRole::Operator));
    row("logout", "POST", "channels/a/logout", int(ApiRole::Operator));
    row("code", "POST", "channels/a/pairing-code", int(ApiRole::Operator));
    row("send", "POST", "channels/a/messages", int(ApiRole::Sender));
    row("message", "GET", "channels/a/messages/7", int(ApiRole::Viewer));
    row("test", "POST", "channels/a/test", int(ApiRole::Sender));
    row("opt-out", "DELETE", "channels/a/opt-outs/1555", int(ApiRole::Operator));
    row("conversations", "GET", "conversations", int(ApiRole::Viewer));
    row("messages", "GET", "conversations/a/1555/messages", int(ApiRole::Viewer));
    row("stream", "GET", "stream", int(ApiRole::Viewer));
    row("keys", "GET", "keys", int(ApiRole::Admin));
    row("revoke", "DELETE", "keys/bot", int(ApiRole::Admin));
    row("audit", "GET", "audit", int(ApiRole::Admin));
    row("status by POST", "POST", "channels/a/status", -1);
    row("send by GET", "GET", "channels/a/messages", -1);
    row("unknown action", "POST", "channels/a/explode", -1);
    row("too deep", "GET", "channels/a/messages/7/more", -1);
    row("conversation tail", "GET", "conversations/a/1555/other", -1);
    row("nothing", "GET", "", -1);
}

void TestApiListener::testRoles()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, role);
    const std::optional<ApiRole> needed
        = ApiRoutes::roleOf(method, path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    QCOMPARE(needed ? int(*needed) : -1, role);
}

void TestApiListener::testHostileRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray auth = "Authorization: Bearer " + m_viewer.toUtf8() + "\r\n";
    QTest::newRow("no key") << QByteArray("GET /api/v1/channels HTTP/1.1\r\nHost: x\r\n\r\n") << 401;
    QTest::newRow("not bearer") << QByteArray(
        "GET /api/v1/channels HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
        "dXNlcjpwYXNz\r\n\r\n") << 401;
    QTest::newRow("garbage line") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /api/v1/health\r\n\r\n") << 0;
    QTest::newRow("huge header") << "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: "
            + QByteArray(64 * 1024, 'a')
            + "\r\n\r\n" << 431;
    QTest::newRow("body over the cap")
        << QByteArray("POST /api/v1/channels/a/messages HTTP/1.1\r\nHost: x\r\n") + "Authorization: Bearer "
            + m_sender.toUtf8() + "\r\n" + "Content-Length: 100000\r\n\r\n" + QByteArray(100000, '{')
        << 413;
    QTest::newRow("outside the API") << QByteArray("GET /etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
    QTest::newRow("dot segments") << "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"
                                  << 404;
    QTest::newRow("viewer sends") << "POST /api/v1/channels/a/messages HTTP/1.1\r\nHost: x\r\n" + auth
            + "Content-Length: 2\r\n\r\n{}"
                                  << 403;
    QTest::newRow("unknown endpoint") << "GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n" << 404;
    QTest::newRow("stream without upgrade") << "GET /api/v1/stream HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"
                                            << 400;
    QTest::newRow("stream, old version")
        << "GET /api/v1/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
           "Connection: Upgrade\r\nSec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw==\r\n"
           "Sec-WebSocket-Version: 8\r\n"
            + auth + "\r\n"
        << 426;
    QTest::newRow("health") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << 200;
}

void TestApiListener::testHostileRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const int handled = m_handled;
    QByteArray answer;
    const int got = raw(request, &answer);
    if (status == 0)
        QVERIFY2(got == 0 || got >= 400, answer.constData());
    else
        QVERIFY2(got == status, answer.constData());
    // Nothing refused reached a handler.
    QCOMPARE(m_handled.load(), handled);
    // And the listener still answers.
    QCOMPARE(raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
}

void TestApiListener::testOnlyTheUploadTakesALargerBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");
    QTest::newRow("upload within its cap") << QStringLiteral("console/upload") << 8000 << 200;
    QTest::newRow("upload over its cap") << QStringLiteral("console/upload") << 20000 << 413;
    QTest::newRow("another verb, same size") << QStringLiteral("console/send") << 8000 << 413;
    QTest::newRow("another endpoint, same size") << QStringLiteral("channels/a/messages") << 8000 << 413;
}

void TestApiListener::testOnlyTheUploadTakesALargerBody()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    QFETCH(int, status);
    const int handled = m_handled;
    // The handler runs on this thread: the answer is read while the event loop runs.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_listener->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/" + path.toLatin1() + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                 + m_sender.toUtf8() + "\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"
                 + QByteArray(size, ' '));
    QByteArray answer;
    QTRY_VERIFY((answer += socket.readAll()).contains("\r\n\r\n"));
    QVERIFY2(answer.startsWith("HTTP/1.1 ") && answer.mid(9, 3).toInt() == status, answer.constData());
    QCOMPARE(m_handled.load(), handled + (status == 200 ? 1 : 0));
}

void TestApiListener::testHandlerAnswersAndStopAnswersTheRest()
{
    const QByteArray request = "GET /api/v1/channels HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_viewer.toUtf8() + "\r\n\r\n";
    // The handler runs on this thread: the answer is read while the event loop runs.
    QTcpSocket answered;
    answered.connectToHost(QHostAddress::LocalHost, m_listener->port());
    QVERIFY(answered.waitForConnected(5000));
    answered.write(request);
    QByteArray answer;
    QTRY_VERIFY((answer += answered.readAll()).contains("\r\n\r\n"));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains("application/json"));
    // A request whose handler never answers is answered 503 when the listener stops.
    m_holdReplies = true;
    QTcpSocket waiting;
    waiting.connectToHost(QHostAddress::LocalHost, m_listener->port());
    QVERIFY(waiting.waitForConnected(5000));
    waiting.write(request);
    QTRY_COMPARE(m_held.size(), 1);
    m_listener->stop();
    QByteArray stopped;
    QTRY_VERIFY((stopped += waiting.readAll()).contains("\r\n\r\n"));
    QVERIFY2(stopped.startsWith("HTTP/1.1 503"), stopped.constData());
    // An answer after that goes nowhere, harmlessly.
    m_held.first()(ApiResponse::ok({}));
    m_holdReplies = false;
    QVERIFY(m_listener->start(QStringLiteral("127.0.0.1"), 0).ok());
}

QTEST_GUILESS_MAIN(TestApiListener)
#include "TestApiListener.moc"
