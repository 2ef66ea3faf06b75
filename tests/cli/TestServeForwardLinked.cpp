// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A real `channeldesk serve` with a linked channel (a fake WAHA gateway) whose forward_url points
// at a bot (FakeBot checking X-ChannelDesk-Signature-256 with the forward secret given through
// the environment): every inbound message reaches the bot as a WAHA `message` event, signed, once
// and in order per conversation, also after the bot was down and after a SIGKILL of serve.
#include "FakeBot.h"
#include "FakeWahaServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray forwardSecret = "9f2c1e7a4b6d8f0e1a3c5e7f9b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c6e8f";
const QString session = QStringLiteral("default");

QJsonObject payloadOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("payload")).toObject();
}

} // namespace

class TestServeForwardLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testMessagesArriveOnceSignedInOrder();
    void testBotDownThenBackGetsEverything();
    void testSigkillLosesNothing();

private:
    bool startServer();
    void killServer();
    //! Pushes an inbound text from one of three customers; remembers it in push order.
    void push(int n);
    //! Every pushed message is in the conversation log (and so queued for the bot).
    bool allStored();
    bool allArrived() const;
    void checkArrivals(const QList<FakeBot::Received>& received) const;
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    FakeWahaServer m_waha;
    FakeBot m_bot{forwardSecret, "x-channeldesk-signature-256"};
    std::unique_ptr<ServeProcess> m_serve;
    int m_next = 0;
    QList<QPair<QString, QString>> m_pushed; //!< message id, customer
    QHash<QString, QString> m_texts;
};

void TestServeForwardLinked::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    QVERIFY(m_bot.start());
    m_serve = std::make_unique<ServeProcess>(binary, m_dir.filePath(QStringLiteral("data")), environment());
    const ServeProcess::Run setup
        = m_serve->setup({{QStringLiteral("messaging-whatsapp-linked"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("lfwd")},
                                       {QStringLiteral("gateway"), QStringLiteral("waha")},
                                       {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                                       {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                                       {QStringLiteral("session"), session},
                                       {QStringLiteral("forward_url"), m_bot.url()},
                                       {QStringLiteral("forward_timeout_ms"), QStringLiteral("5000")}}}});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(startServer());
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(session), QStringLiteral("SCAN_QR_CODE"), 15000);
    m_waha.simulateScan(session);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(session), QStringLiteral("WORKING"), 15000);
}

void TestServeForwardLinked::cleanupTestCase()
{
    m_serve->stop();
    // The secret is never printed.
    QVERIFY(!m_serve->allLogs().contains(QString::fromLatin1(forwardSecret)));
}

QProcessEnvironment TestServeForwardLinked::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LFWD_API_KEY"), FakeWahaServer::apiKey());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LFWD_FORWARD_SECRET"), QString::fromLatin1(forwardSecret));
    return env;
}

bool TestServeForwardLinked::startServer()
{
    if (!m_serve->startReceiver())
        return false;
    // Following the session again: pushed messages reach this serve from now on.
    return QTest::qWaitFor([this] { return m_waha.webSocketClientCount() > 0; }, 15000);
}

void TestServeForwardLinked::killServer()
{
    m_serve->process().kill(); // SIGKILL: no clean shutdown
    m_serve->process().waitForFinished(10000);
    QTRY_COMPARE(m_waha.webSocketClientCount(), 0);
}

void TestServeForwardLinked::push(int n)
{
    const QString from = QStringLiteral("1555000000%1").arg(n % 3);
    const QString text = QStringLiteral("hola %1").arg(n);
    const QString id = m_waha.pushInbound(session, from + QStringLiteral("@c.us"), text);
    m_pushed.append({id, from});
    m_texts.insert(id, text);
}

bool TestServeForwardLinked::allStored()
{
    QSet<QString> stored;
    for (const QJsonObject& entry :
         m_serve->logEntries({QStringLiteral("--channel"), QStringLiteral("lfwd"), QStringLiteral("--limit"),
                              QStringLiteral("100000")}))
        stored.insert(entry.value(QLatin1String("message_id")).toString());
    for (const auto& pushed : std::as_const(m_pushed)) {
        if (!stored.contains(pushed.first))
            return false;
    }
    return true;
}

bool TestServeForwardLinked::allArrived() const
{
    QSet<QString> arrived;
    for (const FakeBot::Received& r : m_bot.accepted())
        arrived.insert(payloadOf(r.body).value(QLatin1String("id")).toString());
    for (const auto& pushed : std::as_const(m_pushed)) {
        if (!arrived.contains(pushed.first))
            return false;
    }
    return true;
}

void TestServeForwardLinked::checkArrivals(const QList<FakeBot::Received>& received) const
{
    QHash<QString, QStringList> expected;
    for (const auto& [id, from] : m_pushed)
        expected[from].append(id);
    QSet<QString> seen;
    QHash<QString, QStringList> arrived;
    for (const FakeBot::Received& r : received) {
        QVERIFY(r.verified); // X-ChannelDesk-Signature-256 under the forward secret
        QCOMPARE(r.contentType, QByteArray("application/json"));
        const QJsonObject event = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(event.value(QLatin1String("event")).toString(), QStringLiteral("message"));
        QCOMPARE(event.value(QLatin1String("session")).toString(), session);
        const QJsonObject payload = event.value(QLatin1String("payload")).toObject();
        const QString id = payload.value(QLatin1String("id")).toString();
        QVERIFY(m_texts.contains(id));
        QCOMPARE(payload.value(QLatin1String("body")).toString(), m_texts.value(id));
        QCOMPARE(payload.value(QLatin1String("fromMe")).toBool(), false);
        QVERIFY(payload.value(QLatin1String("from")).toString().endsWith(QLatin1String("@c.us")));
        if (seen.contains(id))
            continue;
        seen.insert(id);
        arrived[payload.value(QLatin1String("from")).toString().section(QLatin1Char('@'), 0, 0)].append(id);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(arrived.value(it.key()), *it);
}

void TestServeForwardLinked::testMessagesArriveOnceSignedInOrder()
{
    for (int i = 0; i < 30; ++i)
        push(m_next++);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_pushed.size()), 30000);
    const QList<FakeBot::Received> received = m_bot.accepted();
    QSet<QString> unique;
    for (const FakeBot::Received& r : received)
        unique.insert(payloadOf(r.body).value(QLatin1String("id")).toString());
    QCOMPARE(unique.size(), received.size()); // once each: no crash, no duplicate
    checkArrivals(received);
    // The outbound message and the ack are not forwarded (WAHA's `message` event is inbound only).
    const QString outId
        = m_waha.pushOutbound(session, QStringLiteral("15550000000@c.us"), QStringLiteral("hi"));
    m_waha.pushAck(session, outId, 3);
    push(m_next++); // behind them on the same connection: once it is there, they were handled
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_pushed.size()), 30000);
    checkArrivals(m_bot.accepted());
}

void TestServeForwardLinked::testBotDownThenBackGetsEverything()
{
    m_bot.setStatus(503);
    const int refusedBefore = m_bot.refusedCount();
    for (int i = 0; i < 20; ++i)
        push(m_next++);
    QTRY_VERIFY_WITH_TIMEOUT(m_bot.refusedCount() >= refusedBefore + 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(allStored(), 30000); // the log never waits for the bot
    for (int i = 0; i < 10; ++i)
        push(m_next++);
    m_bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_pushed.size()), 60000);
    checkArrivals(m_bot.accepted());
}

void TestServeForwardLinked::testSigkillLosesNothing()
{
    // A slow bot keeps the forwarder behind the store when the kill comes.
    m_bot.setDelayMs(100);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 40; ++i)
            push(m_next++);
        QTRY_VERIFY_WITH_TIMEOUT(allStored(), 30000);
        killServer();
        QVERIFY(startServer());
    }
    m_bot.setDelayMs(0);
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 60000);
    checkArrivals(m_bot.accepted());
}

QTEST_GUILESS_MAIN(TestServeForwardLinked)
#include "TestServeForwardLinked.moc"
