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

QTEST_GUILESS_MAIN(TestGatewayEventFeed)
#include "TestGatewayEventFeed.moc"
