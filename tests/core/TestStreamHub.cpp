// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StreamHub.h"
#include "server/WebSocketHandshake.h"
#include "store/Database.h"
#include "store/StreamEventLog.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace ChannelDesk;

namespace {

//! A QWebSocket client that keeps the cursors and texts it received.
struct Client
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QList<qint64> cursors;
    QList<QJsonObject> messages;
};

} // namespace

class TestStreamHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testLiveEventsArriveInOrder();
    void testReconnectReceivesEveryEventOnce();
    void testResetOnPrunedCursor();
    void testSlowConsumerIsCutOff();
    void testPingAnswered();
    void testRevokedKeyDropped();
    void testStopClosesStreams();

private:
    //! Plays the API listener: answers the upgrade with 101, then hands the socket to the hub.
    void acceptUpgrade();
    std::unique_ptr<Client> connectClient(const QString& key, std::optional<qint64> after);
    void append(int count, int bodySize = 0);

    QTcpServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<StreamHub> m_hub;
    std::unique_ptr<StreamEventLog> m_log;
    std::shared_ptr<std::atomic<int>> m_released = std::make_shared<std::atomic<int>>(0);
};

void TestStreamHub::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, &TestStreamHub::acceptUpgrade);
        }
    });
}

void TestStreamHub::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_log = std::make_unique<StreamEventLog>(m_path);
    m_hub = std::make_unique<StreamHub>(m_path);
    *m_released = 0;
}

void TestStreamHub::cleanup()
{
    m_hub.reset();
    Database::close(m_path);
}

void TestStreamHub::acceptUpgrade()
{
    auto* socket = qobject_cast<QTcpSocket*>(sender());
    const int end = socket->peek(64 * 1024).indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray request = socket->read(end + 4);
    QByteArray key;
    QString keyName;
    for (const QByteArray& line : request.split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
        else if (lower.startsWith("authorization:"))
            keyName = QString::fromLatin1(line.mid(14).trimmed().mid(7));
    }
    const QUrlQuery query(QUrl(QString::fromLatin1(request.split(' ').value(1))).query());
    std::optional<qint64> after;
    if (query.hasQueryItem(QStringLiteral("after")))
        after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: "
                  + WebSocketHandshake::acceptKey(key) + "\r\n\r\n");
    QVERIFY(socket->flush());
    // The hub gets its own descriptor; closing ours (abort) leaves the connection open.
    const int fd = ::dup(int(socket->socketDescriptor()));
    const QByteArray alreadyRead = socket->readAll();
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
    m_hub->adopt(
        fd, alreadyRead,
        [fd, released = m_released] {
            ::close(fd);
            ++*released;
        },
        keyName, after);
}

std::unique_ptr<Client> TestStreamHub::connectClient(const QString& key, std::optional<qint64> after)
{
    auto client = std::make_unique<Client>();
    Client* c = client.get();
    connect(c->socket.get(), &QWebSocket::textMessageReceived, this, [c](const QString& text) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        c->messages.append(object);
        if (object.contains(QLatin1String("cursor")))
            c->cursors.append(object.value(QLatin1String("cursor")).toInteger());
    });
    QString url = QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(m_server.serverPort());
    if (after)
        url += QStringLiteral("?after=%1").arg(*after);
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    const int before = m_hub->consumerCount();
    QSignalSpy connected(c->socket.get(), &QWebSocket::connected);
    c->socket->open(request);
    if (!connected.wait(5000))
        return nullptr;
    // Adopted (and, with after, given its replay position) once the hub counts it.
    if (!QTest::qWaitFor([&] { return m_hub->consumerCount() > before; }, 5000))
        return nullptr;
    return client;
}

void TestStreamHub::append(int count, int bodySize)
{
    QList<StreamEventDraft> drafts;
    const QByteArray filler(bodySize, 'x');
    for (int i = 0; i < count; ++i) {
        drafts.append({QDateTime::currentDateTimeUtc(), QStringLiteral("support"), QStringLiteral("backlog"),
                       "{\"backlog\":" + QByteArray::number(i) + ",\"filler\":\"" + filler + "\"}"});
    }
    QVERIFY(m_log->append(drafts).ok());
    m_hub->nudge();
}

void TestStreamHub::testLiveEventsArriveInOrder()
{
    append(5); // before the client: not sent, it asks for new events only
    QVERIFY(m_hub->start().ok());
    auto client = connectClient(QStringLiteral("viewer"), std::nullopt);
    QVERIFY(client);
    for (int i = 0; i < 10; ++i)
        append(5);
    QTRY_COMPARE(client->cursors.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(client->cursors.at(i), 6 + i);
    const QJsonObject first = client->messages.first();
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("backlog"));
    QCOMPARE(first.value(QLatin1String("channel")).toString(), QStringLiteral("support"));
    QCOMPARE(first.value(QLatin1String("backlog")).toInt(), 0);
    QVERIFY(first.contains(QLatin1String("at")));
}

void TestStreamHub::testReconnectReceivesEveryEventOnce()
{
    StreamHub::Limits limits;
    limits.replayPageSize = 7; // many pages, so the switch to live happens mid-stream
    limits.replayLowWater = 2048;
    m_hub->setLimits(limits);
    QVERIFY(m_hub->start().ok());
    QList<qint64> all;
    qint64 last = 0;
    // Events keep coming the whole time, also while no consumer is connected, but at most a few
    // hundred ahead of what was received: on a loaded machine the rounds take longer, and the
    // final replay must not grow with them.
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [this, &last] {
        if (m_log->latestCursor().value() - last < 400)
            append(3);
    });
    writer.start(2);
    for (int round = 0; round < 6; ++round) {
        auto client = connectClient(QStringLiteral("viewer"), last);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(client->cursors.size() >= 40 + round * 13, 10000);
        client->socket->abort();
        all += client->cursors;
        last = all.last();
        QTRY_COMPARE(m_hub->consumerCount(), 0);
    }
    writer.stop();
    // The last round may have received everything written; the final replay is never empty.
    append(5);
    const qint64 latest = m_log->latestCursor().value();
    auto client = connectClient(QStringLiteral("viewer"), last);
    QVERIFY(client);
    // Generous: on a loaded machine even a few hundred events replay slowly.
    const auto describe = [&] {
        return QStringLiteral("replay from %1 to %2: received %3, the last %4, open streams %5")
            .arg(last)
            .arg(latest)
            .arg(client->cursors.size())
            .arg(client->cursors.isEmpty() ? 0 : client->cursors.last())
            .arg(m_hub->consumerCount());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!client->cursors.isEmpty() && client->cursors.last() == latest,
                              qPrintable(describe()), 30000);
    all += client->cursors;
    QCOMPARE(all.size(), latest);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), i + 1);
}

void TestStreamHub::testResetOnPrunedCursor()
{
    append(10);
    QVERIFY(m_log->prune(3, QDateTime::currentDateTimeUtc().addDays(-1)).ok());
    QVERIFY(m_hub->start().ok());
    auto client = connectClient(QStringLiteral("viewer"), 2);
    QVERIFY(client);
    QTRY_COMPARE(client->messages.size(), 4);
    QCOMPARE(client->messages.first(),
             QJsonObject({{QStringLiteral("type"), QStringLiteral("reset")}, {QStringLiteral("oldest"), 8}}));
    QCOMPARE(client->cursors, QList<qint64>({8, 9, 10}));
    // A cursor still kept replays without a reset.
    auto second = connectClient(QStringLiteral("viewer"), 8);
    QVERIFY(second);
    QTRY_COMPARE(second->messages.size(), 2);
    QCOMPARE(second->cursors, QList<qint64>({9, 10}));
}

void TestStreamHub::testSlowConsumerIsCutOff()
{
    StreamHub::Limits limits;
    limits.maxPendingBytes = 64 * 1024;
    limits.replayLowWater = 16 * 1024;
    limits.closeGraceMs = 200;
    m_hub->setLimits(limits);
    QVERIFY(m_hub->start().ok());
    auto reader = connectClient(QStringLiteral("fast"), std::nullopt);
    QVERIFY(reader);
    // The slow consumer never reads: one end of a socket pair with small kernel buffers.
    int pair[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
    const int small = 4096;
    ::setsockopt(pair[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    ::setsockopt(pair[1], SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    auto slowReleased = std::make_shared<std::atomic<int>>(0);
    const int hubEnd = pair[0];
    m_hub->adopt(
        hubEnd, QByteArray(),
        [hubEnd, slowReleased] {
            ::close(hubEnd);
            ++*slowReleased;
        },
        QStringLiteral("slow"), std::nullopt);
    QTRY_COMPARE(m_hub->consumerCount(), 2);
    // 600 kB in all. The fast one reads as it goes (this thread is its event loop): on a loaded
    // machine, appending everything first let even its pending bytes pass the limit.
    for (int i = 0; i < 100; ++i) {
        append(3, 2000);
        QTRY_COMPARE(reader->cursors.size(), 3 * (i + 1));
    }
    QTRY_COMPARE(slowReleased->load(), 1);
    QTRY_COMPARE(m_hub->consumerCount(), 1);
    // The fast one got everything.
    QCOMPARE(reader->cursors.size(), 300);
    QCOMPARE(reader->cursors.last(), 300);
    ::close(pair[1]);
}

void TestStreamHub::testPingAnswered()
{
    QVERIFY(m_hub->start().ok());
    auto client = connectClient(QStringLiteral("viewer"), std::nullopt);
    QVERIFY(client);
    QSignalSpy pong(client->socket.get(), &QWebSocket::pong);
    client->socket->ping("are you there");
    QVERIFY(pong.wait(5000));
    QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("are you there"));
}

void TestStreamHub::testRevokedKeyDropped()
{
    QVERIFY(m_hub->start().ok());
    auto revoked = connectClient(QStringLiteral("old"), std::nullopt);
    QVERIFY(revoked);
    auto kept = connectClient(QStringLiteral("ops"), std::nullopt);
    QVERIFY(kept);
    QSignalSpy disconnected(revoked->socket.get(), &QWebSocket::disconnected);
    m_hub->dropKey(QStringLiteral("old"));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(revoked->socket->closeCode()), 1008);
    QCOMPARE(revoked->socket->closeReason(), QStringLiteral("key revoked"));
    QTRY_COMPARE(m_hub->consumerCount(), 1);
    append(1);
    QTRY_COMPARE(kept->cursors.size(), 1);
    QCOMPARE(kept->socket->state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(m_released->load(), 1);
}

void TestStreamHub::testStopClosesStreams()
{
    QVERIFY(m_hub->start().ok());
    auto client = connectClient(QStringLiteral("viewer"), std::nullopt);
    QVERIFY(client);
    QSignalSpy disconnected(client->socket.get(), &QWebSocket::disconnected);
    m_hub->stop();
    QCOMPARE(m_released->load(), 1);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client->socket->closeCode()), 1001);
    QCOMPARE(m_hub->consumerCount(), 0);
}

QTEST_GUILESS_MAIN(TestStreamHub)
#include "TestStreamHub.moc"
