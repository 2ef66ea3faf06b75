// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewayEventFeed.h"
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace ChannelDesk;

//! A gateway behind an authenticating proxy answers the WebSocket upgrade with 401 or 403: that is
//! a refused key, like WAHA's close code 1008, not an unreachable gateway to retry five times.
class TestGatewayEventFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testUpgradeRefusedByStatus_data();
    void testUpgradeRefusedByStatus();
    void testCloseCode1008IsARefusal();
    void testOversizedMessageIsRefused_data();
    void testOversizedMessageIsRefused();
    // The feed hands its ended sockets to deleteLater; they go before the next test.
    void cleanup() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
};

namespace {

//! Answers every upgrade request with a fixed HTTP status over real loopback.
class StatusServer : public QTcpServer
{
public:
    explicit StatusServer(QByteArray statusLine)
        : m_statusLine(std::move(statusLine))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 " + m_statusLine
                        + "\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nnot for you\n");
                });
            }
        });
    }

private:
    QByteArray m_statusLine;
};

//! A gateway that sends every client one text message of a given size, cut into frames of a given
//! size, and counts the bytes that reached its socket. Its second client gets a normal event.
class FloodingGateway : public QWebSocketServer
{
public:
    FloodingGateway(qint64 messageBytes, qint64 frameBytes)
        : QWebSocketServer(QStringLiteral("gateway"), QWebSocketServer::NonSecureMode)
    {
        connect(this, &QWebSocketServer::newConnection, this, [this, messageBytes, frameBytes] {
            QWebSocket* socket = nextPendingConnection();
            socket->setParent(this);
            connect(socket, &QWebSocket::bytesWritten, this,
                    [this](qint64 bytes) { m_bytesWritten += bytes; });
            if (++m_clients > 1)
                return void(socket->sendTextMessage(QStringLiteral("{\"event\":\"session.status\"}")));
            connect(socket, &QWebSocket::disconnected, this, [this] { m_floodEnded = true; });
            socket->setOutgoingFrameSize(quint64(frameBytes));
            socket->sendTextMessage(QString(messageBytes, QLatin1Char('x')));
        });
    }

    //! Bytes of all clients that left the server's socket buffer for the kernel.
    qint64 bytesWritten() const { return m_bytesWritten; }
    //! Whether the flooded client's connection has ended on the server's side too.
    bool floodEnded() const { return m_floodEnded; }

private:
    int m_clients = 0;
    bool m_floodEnded = false;
    qint64 m_bytesWritten = 0;
};

} // namespace

void TestGatewayEventFeed::testUpgradeRefusedByStatus_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<bool>("refusal");
    QTest::newRow("401") << QByteArray("401 Unauthorized") << true;
    QTest::newRow("403") << QByteArray("403 Forbidden") << true;
    QTest::newRow("502 is worth a retry") << QByteArray("502 Bad Gateway") << false;
    QTest::newRow("404 is worth a retry") << QByteArray("404 Not Found") << false;
}

void TestGatewayEventFeed::testUpgradeRefusedByStatus()
{
    QFETCH(QByteArray, statusLine);
    QFETCH(bool, refusal);
    StatusServer server(statusLine);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    GatewayEventFeed feed;
    QSignalSpy rejected(&feed, &GatewayEventFeed::upgradeRefused);
    QSignalSpy lost(&feed, &GatewayEventFeed::lost);
    feed.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?x-api-key=k").arg(server.serverPort())));
    QTRY_COMPARE(rejected.size() + lost.size(), 1);
    QCOMPARE(rejected.size(), refusal ? 1 : 0);
    if (refusal) {
        const QString detail = rejected.constFirst().constFirst().toString();
        QVERIFY2(detail.contains(QString::fromLatin1(statusLine.left(3))), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("not accepted")), qPrintable(detail));
    } else {
        QCOMPARE(lost.constFirst().at(1).toBool(), false);
    }
}

void TestGatewayEventFeed::testCloseCode1008IsARefusal()
{
    QWebSocketServer server(QStringLiteral("gateway"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        QWebSocket* socket = server.nextPendingConnection();
        // The caller owns it; as the server's child it goes with the server.
        socket->setParent(&server);
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Unauthorized"));
    });
    GatewayEventFeed feed;
    QSignalSpy rejected(&feed, &GatewayEventFeed::rejected);
    QSignalSpy lost(&feed, &GatewayEventFeed::lost);
    feed.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.serverPort())));
    QTRY_COMPARE(rejected.size() + lost.size(), 1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().constFirst().toString(),
             QStringLiteral("WebSocket closed with code 1008: Unauthorized"));
}

void TestGatewayEventFeed::testOversizedMessageIsRefused_data()
{
    constexpr qint64 MiB = 1024 * 1024;
    QTest::addColumn<qint64>("frameBytes");
    // One frame announcing 64 MiB is refused on its header; 64 frames of 1 MiB once the message
    // passes the cap.
    QTest::newRow("one 64 MiB frame") << 64 * MiB;
    QTest::newRow("64 MiB in 1 MiB frames") << MiB;
}

void TestGatewayEventFeed::testOversizedMessageIsRefused()
{
    QFETCH(qint64, frameBytes);
    constexpr qint64 MiB = 1024 * 1024;
    FloodingGateway server(64 * MiB, frameBytes);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    GatewayEventFeed feed;
    QSignalSpy connected(&feed, &GatewayEventFeed::connected);
    QSignalSpy frames(&feed, &GatewayEventFeed::frameReceived);
    QSignalSpy lost(&feed, &GatewayEventFeed::lost);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/api/connections/events").arg(server.serverPort()));
    feed.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 20000);
    QCOMPARE(connected.size(), 1);
    QCOMPARE(frames.size(), 0);
    QCOMPARE(lost.constFirst().at(1).toBool(), true); // a lost feed is reopened by the adapters
    const QString reason = lost.constFirst().constFirst().toString();
    QVERIFY2(reason.contains(QLatin1String("an event of more than 4 MiB")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("closed the events feed")), qPrintable(reason));
    QVERIFY(!feed.isConnected());
    QTRY_VERIFY(server.floodEnded()); // nothing more can leave the server for this client
    // Qt stopped reading at the cap: the server got out what the socket buffers took (the kernel
    // grows a loopback receive buffer up to tcp_rmem's 32 MiB), short of the 64 MiB it had.
    QVERIFY2(server.bytesWritten() < GatewayEventFeed::MaxMessageBytes + 32 * MiB,
             qPrintable(QString::number(server.bytesWritten())));
    qInfo("refused with the server at %lld bytes written: %s", server.bytesWritten(), qPrintable(reason));

    // The same feed opened again carries on with normal events.
    feed.open(url);
    QTRY_COMPARE(frames.size(), 1);
    QCOMPARE(frames.constFirst().constFirst().toString(), QStringLiteral("{\"event\":\"session.status\"}"));
    QCOMPARE(lost.size(), 1);
}

QTEST_GUILESS_MAIN(TestGatewayEventFeed)
#include "TestGatewayEventFeed.moc"
