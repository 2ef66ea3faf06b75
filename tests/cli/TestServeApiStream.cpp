// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The event stream of a real `channeldesk serve`, read with Qt's WebSocket client: a wrong key is
// refused on the upgrade itself, an inbound webhook shows up within a second, and a consumer that
// drops its connection and comes back with after=CURSOR gets every event exactly once, in order.
#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace {

class StreamClient : public QObject
{
public:
    StreamClient(const ServeProcess& serve, const QString& key, qint64 after = -1)
    {
        QString url = QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(serve.apiPort());
        if (after >= 0)
            url += QStringLiteral("?after=%1").arg(after);
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            m_events.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        m_socket.open(request);
    }
    bool waitConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        return connected.wait(10000);
    }
    QWebSocket& socket() { return m_socket; }
    //! The events of type (all when empty) received so far.
    QList<QJsonObject> events(const QString& type = {}) const
    {
        QList<QJsonObject> matching;
        for (const QJsonObject& event : m_events)
            if (type.isEmpty() || event.value(QStringLiteral("type")).toString() == type)
                matching.append(event);
        return matching;
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_events;
};

QList<qint64> cursors(const QList<QJsonObject>& events)
{
    QList<qint64> list;
    for (const QJsonObject& event : events)
        list.append(event.value(QStringLiteral("cursor")).toInteger());
    return list;
}

} // namespace

class TestServeApiStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testWrongKeyIsRefusedOnTheUpgrade();
    void testInboundMessageArrivesWithinASecond();
    void testReconnectingWithAfterMissesNothingAndRepeatsNothing();

private:
    void receive(const QString& text);

    QTemporaryDir m_home;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_viewer;
    int m_received = 0;
};

void TestServeApiStream::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    m_serve = ServeProcess::inHome(m_home.path());
    const QString admin = m_serve->createKey(QStringLiteral("admin"), QStringLiteral("admin"));
    m_viewer = m_serve->createKey(QStringLiteral("watcher"), QStringLiteral("viewer"));
    QVERIFY(m_serve->start());
    const QJsonObject cloud{{QStringLiteral("name"), QStringLiteral("feed")},
                            {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                            {QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()},
                            {QStringLiteral("access_token"), FakeGraphApiServer::validToken()},
                            {QStringLiteral("verify_token"), TestEnvironment::verifyToken()},
                            {QStringLiteral("app_secret"), TestEnvironment::appSecret()},
                            {QStringLiteral("graph_base_url"), m_graph.baseUrl().toString()}};
    const auto created = m_serve->post(QStringLiteral("/api/v1/channels"), admin,
                                       {{QStringLiteral("messaging-whatsapp"), cloud}});
    QVERIFY2(created.status == 201, created.body.constData());
    // The receiver serves the new channel once it has read its secrets.
    WebhookClient webhook(m_serve->webhookPort());
    QTRY_COMPARE_WITH_TIMEOUT(webhook.verify(FakeGraphApiServer::phoneNumberId(),
                                             TestEnvironment::verifyToken(), QStringLiteral("ping")),
                              200, 10000);
}

void TestServeApiStream::cleanupTestCase()
{
    m_serve->stop();
}

void TestServeApiStream::receive(const QString& text)
{
    WebhookClient webhook(m_serve->webhookPort());
    const QString wamid = QStringLiteral("wamid.stream-%1").arg(++m_received);
    const QByteArray body = WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(), wamid,
                                                       QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                                       text, QDateTime::currentDateTimeUtc());
    QCOMPARE(webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);
}

void TestServeApiStream::testWrongKeyIsRefusedOnTheUpgrade()
{
    // The raw upgrade request: the answer is a 401, not a WebSocket that closes later.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_serve->apiPort());
    QVERIFY(raw.waitForConnected(5000));
    raw.write(
        "GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        "Authorization: Bearer cdk_not_a_key\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    QVERIFY(answer.contains("UNAUTHORIZED"));

    StreamClient refused(*m_serve, QStringLiteral("cdk_not_a_key"));
    QSignalSpy failed(&refused.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QVERIFY(failed.wait(10000));
    QVERIFY(refused.socket().state() != QAbstractSocket::ConnectedState);
}

void TestServeApiStream::testInboundMessageArrivesWithinASecond()
{
    StreamClient stream(*m_serve, m_viewer);
    QVERIFY(stream.waitConnected());
    QElapsedTimer acknowledged;
    receive(QStringLiteral("¿hay alguien?"));
    acknowledged.start();
    QTRY_VERIFY_WITH_TIMEOUT(!stream.events(QStringLiteral("message")).isEmpty(), 1000);
    const QJsonObject event = stream.events(QStringLiteral("message")).first();
    qInfo("webhook acknowledgement to stream receipt: %lld ms", acknowledged.elapsed());
    QCOMPARE(event.value(QStringLiteral("channel")).toString(), QStringLiteral("feed"));
    QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("¿hay alguien?"));
    QCOMPARE(event.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    QVERIFY(event.value(QStringLiteral("cursor")).toInteger() > 0);
}

void TestServeApiStream::testReconnectingWithAfterMissesNothingAndRepeatsNothing()
{
    StreamClient steady(*m_serve, m_viewer);
    auto dropping = std::make_unique<StreamClient>(*m_serve, m_viewer);
    QVERIFY(steady.waitConnected() && dropping->waitConnected());
    for (int i = 0; i < 5; ++i)
        receive(QStringLiteral("antes %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(dropping->events(QStringLiteral("message")).size(), 5, 5000);
    const QList<QJsonObject> early = dropping->events();
    const qint64 last = early.last().value(QStringLiteral("cursor")).toInteger();
    dropping.reset();
    for (int i = 0; i < 7; ++i)
        receive(QStringLiteral("durante %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(steady.events(QStringLiteral("message")).size(), 12, 5000);
    StreamClient back(*m_serve, m_viewer, last);
    QVERIFY(back.waitConnected());
    for (int i = 0; i < 3; ++i)
        receive(QStringLiteral("después %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(steady.events(QStringLiteral("message")).size(), 15, 5000);
    // Up to the newest message, the steady consumer's events after `last` are exactly the ones
    // replayed and pushed to the returning one, in the same order. (Other events, such as the
    // receiver's backlog, may still be on their way to either.)
    const qint64 bound
        = steady.events(QStringLiteral("message")).last().value(QStringLiteral("cursor")).toInteger();
    const auto within = [last, bound](const QList<qint64>& list) {
        QList<qint64> kept;
        for (const qint64 cursor : list)
            if (cursor > last && cursor <= bound)
                kept.append(cursor);
        return kept;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!back.events().isEmpty()
                                 && back.events().last().value(QStringLiteral("cursor")).toInteger() >= bound,
                             5000);
    QCOMPARE(within(cursors(back.events())), within(cursors(steady.events())));
    QCOMPARE(cursors(back.events()).first(), within(cursors(steady.events())).first());
    QList<qint64> sorted = cursors(steady.events());
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(cursors(steady.events()), sorted);
    QCOMPARE(QSet<qint64>(sorted.begin(), sorted.end()).size(), sorted.size());
    QCOMPARE(back.events(QStringLiteral("message")).size(), 10);
}

QTEST_GUILESS_MAIN(TestServeApiStream)
#include "TestServeApiStream.moc"
