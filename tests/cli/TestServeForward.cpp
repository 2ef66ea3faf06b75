// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A real `channeldesk serve` with a channel whose forward_url points at a bot (FakeBot): every
// accepted delivery reaches the bot byte for byte with Meta's signature, in order per
// conversation, also when the bot was down for a while and when serve is killed with SIGKILL.
#include "CloudChannelAnswers.h"
#include "FakeBot.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray appSecret = "0123456789abcdef0123456789abcdef";
const QString phoneId = QStringLiteral("106540352242923");

} // namespace

class TestServeForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void testEachDeliveryArrivesOnceVerbatimInOrder();
    void testBotDownThenBackGetsEverythingInOrder();
    void testSigkillLosesNothing();
    void testStatusCommand();

private:
    bool startServer();
    void killServer();
    //! Posts a text message from one of three customers; returns Meta's answer status.
    int deliver(int n);
    void checkOrderPerConversation(const QList<FakeBot::Received>& received) const;
    QProcessEnvironment environment() const;
    QString run(const QStringList& args) const { return m_serve->cli(args).out; }

    QTemporaryDir m_dir;
    FakeBot m_bot{appSecret};
    std::unique_ptr<ServeProcess> m_serve;
    quint16 m_port = 0;
    int m_next = 0;
    //! What serve answered 200, in that order, with the customer each came from.
    QList<QPair<QString, QString>> m_acknowledged;
    QHash<QString, QByteArray> m_sentBodies;
    QHash<QString, QByteArray> m_sentSignatures;
};

void TestServeForward::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_bot.start());
    m_serve = std::make_unique<ServeProcess>(binary, m_dir.filePath(QStringLiteral("data")), environment());
    CloudChannelAnswers fwd{QStringLiteral("fwd"),
                            QStringLiteral("EAA_FORWARD_TEST_TOKEN_NOT_REAL_000000000")};
    fwd.phoneNumberId = phoneId;
    fwd.verifyToken = QStringLiteral("forward-test-verify-token");
    fwd.appSecret = QString::fromLatin1(appSecret);
    QJsonObject channel = fwd.toJson();
    channel.insert(QStringLiteral("forward_url"), m_bot.url());
    channel.insert(QStringLiteral("forward_timeout_ms"), QStringLiteral("5000"));
    QCOMPARE(m_serve->setup({{QStringLiteral("messaging-whatsapp"), channel}}).exitCode, 0);
    QVERIFY(startServer());
}

void TestServeForward::cleanup()
{
    m_bot.setStatus(200);
    m_bot.setDelayMs(0);
}

QProcessEnvironment TestServeForward::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FWD_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FWD_VERIFY_TOKEN"),
               QStringLiteral("forward-test-verify-token"));
    return env;
}

bool TestServeForward::startServer()
{
    if (!m_serve->startReceiver())
        return false;
    m_port = m_serve->webhookPort();
    // Serving once the channel's secrets are read: a signed delivery is then answered 200.
    WebhookClient client(m_port);
    return QTest::qWaitFor(
               [&] {
                   return client.verify(phoneId, QStringLiteral("forward-test-verify-token"),
                                        QStringLiteral("c"))
                       == 200
                       || !m_serve->isRunning();
               },
               15000)
        && m_serve->isRunning();
}

void TestServeForward::killServer()
{
    m_serve->process().kill(); // SIGKILL: no clean shutdown
    m_serve->process().waitForFinished(10000);
}

int TestServeForward::deliver(int n)
{
    const QString from = QStringLiteral("1555000000%1").arg(n % 3);
    const QString wamid = QStringLiteral("wamid.FWD%1").arg(n, 5, 10, QLatin1Char('0'));
    const QByteArray body
        = WebhookClient::textMessage(phoneId, wamid, from, QStringLiteral("Ana"),
                                     QStringLiteral("hello %1").arg(n), QDateTime::currentDateTimeUtc());
    WebhookClient client(m_port);
    const int status = client.post(phoneId, body, appSecret);
    if (status == 200) {
        m_acknowledged.append({wamid, from});
        m_sentBodies.insert(wamid, body);
        m_sentSignatures.insert(
            wamid,
            "sha256="
                + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex());
    }
    return status;
}

void TestServeForward::checkOrderPerConversation(const QList<FakeBot::Received>& received) const
{
    // First arrivals per customer must follow the acknowledgement order.
    QHash<QString, QStringList> expected;
    for (const auto& [wamid, from] : m_acknowledged)
        expected[from].append(wamid);
    QSet<QString> seen;
    QHash<QString, QStringList> arrived;
    for (const FakeBot::Received& r : received) {
        const QString wamid = FakeBot::wamidOf(r.body);
        QVERIFY(r.verified);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.body, m_sentBodies.value(wamid));
        QCOMPARE(r.signature, m_sentSignatures.value(wamid));
        if (seen.contains(wamid))
            continue;
        seen.insert(wamid);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it->contains(wamid))
                arrived[it.key()].append(wamid);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(arrived.value(it.key()), *it);
}

void TestServeForward::testEachDeliveryArrivesOnceVerbatimInOrder()
{
    for (int i = 0; i < 45; ++i)
        QCOMPARE(deliver(m_next++), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_acknowledged.size()), 30000);
    const QList<FakeBot::Received> received = m_bot.accepted();
    QSet<QString> unique;
    for (const FakeBot::Received& r : received)
        unique.insert(FakeBot::wamidOf(r.body));
    QCOMPARE(unique.size(), received.size()); // once each: no crash, no duplicate
    checkOrderPerConversation(received);
}

void TestServeForward::testBotDownThenBackGetsEverythingInOrder()
{
    m_bot.setStatus(503);
    const int refusedBefore = m_bot.refusedCount();
    for (int i = 0; i < 30; ++i)
        QCOMPARE(deliver(m_next++), 200); // Meta's answer never waits for the bot
    // Each of the three conversations' heads was tried and refused.
    QTRY_VERIFY_WITH_TIMEOUT(m_bot.refusedCount() >= refusedBefore + 3, 30000);
    for (int i = 0; i < 15; ++i)
        QCOMPARE(deliver(m_next++), 200);
    m_bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_acknowledged.size()), 60000);
    checkOrderPerConversation(m_bot.accepted());
}

void TestServeForward::testSigkillLosesNothing()
{
    // A slow bot keeps the forwarder behind the acknowledgements when the kill comes.
    m_bot.setDelayMs(20);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 60; ++i)
            QCOMPARE(deliver(m_next++), 200);
        killServer();
        QVERIFY(startServer());
    }
    m_bot.setDelayMs(0);
    const auto allArrived = [this] {
        QSet<QString> arrived;
        for (const FakeBot::Received& r : m_bot.accepted())
            arrived.insert(FakeBot::wamidOf(r.body));
        for (const auto& delivered : std::as_const(m_acknowledged)) {
            if (!arrived.contains(delivered.first))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 60000);
    checkOrderPerConversation(m_bot.accepted());
}

void TestServeForward::testStatusCommand()
{
    // Everything was taken by the bot: nothing waits, nothing is parked.
    QTRY_COMPARE_WITH_TIMEOUT(run({QStringLiteral("forward"), QStringLiteral("--status")}).trimmed(),
                              QStringLiteral("Nothing waits for a bot."), 30000);
    m_bot.setStatus(500);
    QCOMPARE(deliver(m_next++), 200);
    QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("forward"), QStringLiteral("--status")})
                                 .startsWith(QStringLiteral("fwd\t1\t0\t")),
                             30000);
    QVERIFY(run({QStringLiteral("forward"), QStringLiteral("--retry")}).contains(QLatin1String("0 parked")));
    m_bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount() > 0
                                  && run({QStringLiteral("forward"), QStringLiteral("--status")}).trimmed()
                                      == QStringLiteral("Nothing waits for a bot."),
                              true, 30000);
    killServer();
}

QTEST_GUILESS_MAIN(TestServeForward)
#include "TestServeForward.moc"
