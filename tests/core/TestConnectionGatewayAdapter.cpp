// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/ConnectionGatewayAdapter.h"
#include "linking/GatewayStateWords.h"
#include "FakeConnectionGateway.h"
#include "TestEnvironment.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ChannelDesk;
using State = FakeConnectionGateway::State;

Q_DECLARE_METATYPE(ChannelDesk::LinkState)

namespace {

const QString Connection = QStringLiteral("ops1");
constexpr int Timeout = 5000;

} // namespace

class TestConnectionGatewayAdapter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testStateWords_data();
    void testStateWords();
    void testEventsUrlCarriesToken();
    void testCreatesConnectionAndShowsImageQr();
    void testExistingConnectionIsReused();
    void testRotationShowsNextImageWithinASecond();
    void testOversizedQrIsRefused_data();
    void testOversizedQrIsRefused();
    void testStateKeyAndUnknownWordsStayVisible();
    void testScanAuthenticatesThenConnects();
    void testPairingCodeIsNotOffered();
    void testSendReturnsMessageId();
    void testEventsFeedDeliversMessagesAndAcks();
    void testOversizedEventReopensFeed();
    void testWithoutEventsFeedPollingCarriesOn();
    void testBadTokenIsRejectedAndNotRetried();
    void testServerDownGivesUpAfterMaxAttempts();
    void testServerBackReconnectsAndResumes();
    void testRestartLosingLinkNeedsNewScan();
    void testRestartPairingRecreatesConnection();
    void testLogoutDeletesConnection();
    void testStopLeavesConnectionAndStartFollowsAgain();
    void testRestartOfLinkedConnectionKeepsIt();
    void testLogoutReachesGatewayAfterRetire();

private:
    GatewayConfig config(int maxAttempts = 5) const;
    ConnectionGatewayAdapter* makeAdapter(const GatewayConfig& config);
    bool waitForState(LinkState state, int timeout = Timeout);
    bool waitForQrSequence(int sequence, int timeout = Timeout);
    void link();

    std::unique_ptr<FakeConnectionGateway> m_fake;
    std::unique_ptr<ConnectionGatewayAdapter> m_adapter;
    std::unique_ptr<QSignalSpy> m_statuses;
    std::unique_ptr<QSignalSpy> m_qrs;
};

void TestConnectionGatewayAdapter::initTestCase()
{
    TestEnvironment::init();
}

void TestConnectionGatewayAdapter::init()
{
    m_fake = std::make_unique<FakeConnectionGateway>();
    QVERIFY(m_fake->start());
}

void TestConnectionGatewayAdapter::cleanup()
{
    m_statuses.reset();
    m_qrs.reset();
    m_adapter.reset();
    m_fake.reset();
}

GatewayConfig TestConnectionGatewayAdapter::config(int maxAttempts) const
{
    GatewayConfig config;
    config.baseUrl = m_fake->baseUrl();
    config.secret = FakeConnectionGateway::token();
    config.session = Connection;
    config.deviceLabel = QStringLiteral("Front desk");
    config.maxAttempts = maxAttempts;
    config.initialBackoffMs = 20;
    config.maxBackoffMs = 80;
    return config;
}

ConnectionGatewayAdapter* TestConnectionGatewayAdapter::makeAdapter(const GatewayConfig& config)
{
    m_adapter = std::make_unique<ConnectionGatewayAdapter>(config);
    // Polling at test speed; the defaults (2 s, 3 s) would only make the tests slow.
    m_adapter->setPollIntervals(40, 40);
    m_statuses = std::make_unique<QSignalSpy>(m_adapter.get(), &GatewayAdapter::statusChanged);
    m_qrs = std::make_unique<QSignalSpy>(m_adapter.get(), &GatewayAdapter::qrChanged);
    return m_adapter.get();
}

bool TestConnectionGatewayAdapter::waitForState(LinkState state, int timeout)
{
    return QTest::qWaitFor([&] { return m_adapter->status().state == state; }, timeout);
}

bool TestConnectionGatewayAdapter::waitForQrSequence(int sequence, int timeout)
{
    return QTest::qWaitFor([&] { return m_adapter->currentQr().sequence == sequence; }, timeout);
}

void TestConnectionGatewayAdapter::link()
{
    if (!m_adapter)
        makeAdapter(config());
    m_adapter->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(waitForQrSequence(1));
    m_fake->simulateScan(Connection);
    QVERIFY(waitForState(LinkState::Connected));
}

void TestConnectionGatewayAdapter::testStateWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<LinkState>("state");
    QTest::newRow("connecting") << QStringLiteral("connecting") << LinkState::Starting;
    QTest::newRow("STARTING") << QStringLiteral("STARTING") << LinkState::Starting;
    QTest::newRow("Initializing") << QStringLiteral("Initializing") << LinkState::Starting;
    QTest::newRow("qr") << QStringLiteral("qr") << LinkState::AwaitingScan;
    QTest::newRow("QRCODE") << QStringLiteral("QRCODE") << LinkState::AwaitingScan;
    QTest::newRow("SCAN_QR_CODE") << QStringLiteral("SCAN_QR_CODE") << LinkState::AwaitingScan;
    QTest::newRow("pairing") << QStringLiteral("pairing") << LinkState::AwaitingScan;
    QTest::newRow("waiting-for-scan") << QStringLiteral("waiting-for-scan") << LinkState::AwaitingScan;
    QTest::newRow("connected") << QStringLiteral("connected") << LinkState::Connected;
    QTest::newRow("open") << QStringLiteral("open") << LinkState::Connected;
    QTest::newRow("Ready") << QStringLiteral("Ready") << LinkState::Connected;
    QTest::newRow("WORKING") << QStringLiteral("WORKING") << LinkState::Connected;
    QTest::newRow("disconnected") << QStringLiteral("disconnected") << LinkState::Reconnecting;
    QTest::newRow("reconnecting") << QStringLiteral("reconnecting") << LinkState::Reconnecting;
    QTest::newRow("logged_out") << QStringLiteral("logged_out") << LinkState::LoggedOut;
    QTest::newRow("LOGOUT") << QStringLiteral("LOGOUT") << LinkState::LoggedOut;
    QTest::newRow("failed") << QStringLiteral("failed") << LinkState::Failed;
    QTest::newRow("error") << QStringLiteral("error") << LinkState::Failed;
    QTest::newRow("closed") << QStringLiteral("closed") << LinkState::Stopped;
    QTest::newRow("STOPPED") << QStringLiteral("STOPPED") << LinkState::Stopped;
    QTest::newRow("padded") << QStringLiteral("  connected ") << LinkState::Connected;
    QTest::newRow("unknown word") << QStringLiteral("warming_up") << LinkState::Unknown;
    QTest::newRow("empty") << QString() << LinkState::Unknown;
}

void TestConnectionGatewayAdapter::testStateWords()
{
    QFETCH(QString, word);
    QFETCH(LinkState, state);
    QCOMPARE(GatewayStateWords::stateFromWord(word), state);
}

void TestConnectionGatewayAdapter::testEventsUrlCarriesToken()
{
    ConnectionGatewayAdapter adapter(config());
    const QUrl url = adapter.eventsUrl();
    QCOMPARE(url.scheme(), QStringLiteral("ws"));
    QCOMPARE(url.path(), QStringLiteral("/api/connections/events"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
             FakeConnectionGateway::token());
}

void TestConnectionGatewayAdapter::testCreatesConnectionAndShowsImageQr()
{
    makeAdapter(config())->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(waitForQrSequence(1));
    QVERIFY(m_fake->hasConnection(Connection));
    QCOMPARE(m_fake->label(Connection), QStringLiteral("Front desk"));
    const PairingQr qr = m_adapter->currentQr();
    QVERIFY(qr.raw.isEmpty());
    QCOMPARE(qr.image, m_fake->currentQrImage(Connection));
    QVERIFY(qr.image.startsWith("\x89PNG"));
    QCOMPARE(qr.sequence, 1);
    QCOMPARE(qr.maxCodes, 0);
    QCOMPARE(qr.receivedAt.secsTo(qr.expiresAt), 20);
    QCOMPARE(m_adapter->status().gatewayState, QStringLiteral("qr"));
    // The same image polled again is the same code.
    const int requests = m_fake->requestLog().count(QStringLiteral("GET /api/connections/ops1/pairing-qr"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_fake->requestLog().count(QStringLiteral("GET /api/connections/ops1/pairing-qr"))
                > requests + 1;
        },
        Timeout));
    QCOMPARE(m_qrs->count(), 1);
}

void TestConnectionGatewayAdapter::testExistingConnectionIsReused()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    m_adapter->close();
    QSignalSpy errors(makeAdapter(config()), &GatewayAdapter::errorOccurred);
    m_adapter->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(waitForQrSequence(1));
    QCOMPARE(m_fake->requestLog().count(QStringLiteral("POST /api/connections")), 2);
    QCOMPARE(errors.count(), 0);
}

void TestConnectionGatewayAdapter::testRotationShowsNextImageWithinASecond()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    m_fake->rotateQr(Connection);
    QVERIFY(m_qrs->wait(1000));
    const PairingQr second = m_qrs->last().at(0).value<PairingQr>();
    QCOMPARE(second.sequence, 2);
    QCOMPARE(second.image, m_fake->currentQrImage(Connection));
    QVERIFY(second.image != FakeConnectionGateway::qrImage(1));
}

void TestConnectionGatewayAdapter::testOversizedQrIsRefused_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("words");
    // The protocol's suggested "raw" string, or the PNG data URL every gateway sends.
    QTest::newRow("1 MiB raw value") << QJsonObject{{QStringLiteral("raw"),
                                                     QString(1024 * 1024, QLatin1Char('A'))}}
                                     << QStringLiteral("QR code of 1024 KiB");
    const QByteArray image = QByteArray(768 * 1024, '\x42');
    QTest::newRow("1 MiB data URL") << QJsonObject{{QStringLiteral("dataUrl"),
                                                    QString(QStringLiteral("data:image/png;base64,")
                                                            + QString::fromLatin1(image.toBase64()))}}
                                    << QStringLiteral("QR code of 1025 KiB");
}

void TestConnectionGatewayAdapter::testOversizedQrIsRefused()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, words);
    // A broken gateway once handed out a 1 MB "code", which was shown and fetched again and again.
    m_fake->setQrOverride(answer);
    makeAdapter(config());
    QSignalSpy errors(m_adapter.get(), &GatewayAdapter::errorOccurred);
    m_adapter->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    const QString error = errors.first().at(0).toString();
    QVERIFY2(error.contains(words), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    QVERIFY2(error.contains(m_fake->baseUrl().toString()), qPrintable(error));
    QCOMPARE(m_adapter->currentQr().sequence, 0);
    QCOMPARE(m_qrs->count(), 0);

    // A real code after it is shown as usual, and the refusal was said once.
    m_fake->setQrOverride({});
    m_fake->rotateQr(Connection);
    QVERIFY(waitForQrSequence(1));
    QCOMPARE(m_adapter->currentQr().image, m_fake->currentQrImage(Connection));
    QCOMPARE(errors.count(), 1);
}

void TestConnectionGatewayAdapter::testStateKeyAndUnknownWordsStayVisible()
{
    m_fake->setStatusKey(QStringLiteral("state"));
    m_fake->setWord(State::Connecting, QStringLiteral("BOOTING"));
    m_fake->setWord(State::Qr, QStringLiteral("WAITING_FOR_SCAN"));
    m_fake->setStepMs(300);
    makeAdapter(config())->open();
    QVERIFY(QTest::qWaitFor([&] { return m_adapter->status().gatewayState == QLatin1String("BOOTING"); },
                            Timeout));
    QCOMPARE(m_adapter->status().state, LinkState::Unknown);
    QVERIFY(m_adapter->status().reason.contains(QLatin1String("BOOTING")));
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QCOMPARE(m_adapter->status().gatewayState, QStringLiteral("WAITING_FOR_SCAN"));
}

void TestConnectionGatewayAdapter::testScanAuthenticatesThenConnects()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    m_fake->simulateScan(Connection, false);
    QVERIFY(waitForState(LinkState::Authenticating));
    QCOMPARE(m_adapter->status().reason.left(32), QStringLiteral("Scanned, confirming on the phone"));
    m_fake->completeLogin(Connection);
    QVERIFY(waitForState(LinkState::Connected));
    QVERIFY(!m_adapter->status().needsNewScan);
}

void TestConnectionGatewayAdapter::testPairingCodeIsNotOffered()
{
    makeAdapter(config());
    QVERIFY(!m_adapter->supportsPairingCode());
    QSignalSpy errors(m_adapter.get(), &GatewayAdapter::errorOccurred);
    m_adapter->requestPairingCode(QStringLiteral("15557654321"));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("no pairing code")));
}

void TestConnectionGatewayAdapter::testSendReturnsMessageId()
{
    link();
    QSignalSpy sent(m_adapter.get(), &GatewayAdapter::sendFinished);
    m_adapter->sendText(QStringLiteral("15557654321@c.us"), QStringLiteral("Hi there"),
                        QStringLiteral("ref-9"));
    QVERIFY(sent.wait(Timeout));
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("ref-9"));
    QCOMPARE(sent.at(0).at(1).toString(), m_fake->lastSentMessageId());
    QVERIFY(sent.at(0).at(2).toString().isEmpty());
    QCOMPARE(m_fake->lastSendRequest().value(QLatin1String("to")).toString(), QStringLiteral("15557654321"));
    QCOMPARE(m_fake->lastSendRequest().value(QLatin1String("text")).toString(), QStringLiteral("Hi there"));
}

void TestConnectionGatewayAdapter::testEventsFeedDeliversMessagesAndAcks()
{
    link();
    QTRY_VERIFY_WITH_TIMEOUT(m_adapter->hasEventsFeed(), Timeout);
    QVERIFY(!m_adapter->status().reason.contains(QLatin1String("events feed")));
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    QSignalSpy acks(m_adapter.get(), &GatewayAdapter::messageAcked);
    const QString id = m_fake->pushInbound(Connection, QStringLiteral("15557654321@s.whatsapp.net"),
                                           QStringLiteral("hello seed"));
    m_fake->pushAck(Connection, id, 2);
    QVERIFY(QTest::qWaitFor([&] { return acks.count() == 1; }, Timeout));
    QCOMPARE(messages.count(), 1);
    const GatewayMessage message = messages.at(0).at(0).value<GatewayMessage>();
    QCOMPARE(message.messageId, id);
    QCOMPARE(message.peer, QStringLiteral("15557654321"));
    QCOMPARE(message.text, QStringLiteral("hello seed"));
    QCOMPARE(acks.at(0).at(1).value<GatewayAck>(), GatewayAck::Device);
}

void TestConnectionGatewayAdapter::testOversizedEventReopensFeed()
{
    link();
    QTRY_VERIFY_WITH_TIMEOUT(m_adapter->hasEventsFeed(), Timeout);
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    const QString feed = QStringLiteral("GET /api/connections/events");
    const int opened = m_fake->requestsTo(feed);
    // A 5 MiB message, past the feed's 4 MiB cap: the feed is closed and opened again after the
    // usual backoff, the link is untouched, and the next normal event arrives.
    m_fake->pushInbound(Connection, QStringLiteral("15557654321@s.whatsapp.net"),
                        QString(5 * 1024 * 1024, QLatin1Char('x')));
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->requestsTo(feed) > opened && m_adapter->hasEventsFeed(), Timeout);
    QCOMPARE(m_adapter->status().state, LinkState::Connected);
    const QString id = m_fake->pushInbound(Connection, QStringLiteral("15557654321@s.whatsapp.net"),
                                           QStringLiteral("after the flood"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, Timeout);
    QCOMPARE(messages.at(0).at(0).value<GatewayMessage>().messageId, id);
    QCOMPARE(messages.at(0).at(0).value<GatewayMessage>().text, QStringLiteral("after the flood"));
}

void TestConnectionGatewayAdapter::testWithoutEventsFeedPollingCarriesOn()
{
    m_fake->setEventsFeedEnabled(false);
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_adapter->status().reason.contains(QLatin1String("events feed")), Timeout);
    QVERIFY(!m_adapter->hasEventsFeed());
    QCOMPARE(m_adapter->status().state, LinkState::AwaitingScan);
    QCOMPARE(m_adapter->status().problem, TransportProblem::None);
    m_fake->simulateScan(Connection);
    QVERIFY(waitForState(LinkState::Connected));
    QVERIFY(m_adapter->status().reason.contains(QLatin1String("events feed")));
}

void TestConnectionGatewayAdapter::testBadTokenIsRejectedAndNotRetried()
{
    GatewayConfig wrong = config();
    wrong.secret = QStringLiteral("wrong-token");
    makeAdapter(wrong)->open();
    QVERIFY(waitForState(LinkState::Failed));
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.problem, TransportProblem::AuthRejected);
    QVERIFY2(status.reason.contains(QLatin1String("API key rejected")), qPrintable(status.reason));
    QVERIFY2(status.reason.contains(QLatin1String("HTTP 401")), qPrintable(status.reason));
    QVERIFY2(status.reason.contains(QLatin1String("Invalid service token")), qPrintable(status.reason));
    const int requests = m_fake->requestCount();
    QVERIFY(!QTest::qWaitFor([&] { return m_fake->requestCount() != requests; }, 500));
}

void TestConnectionGatewayAdapter::testServerDownGivesUpAfterMaxAttempts()
{
    makeAdapter(config(3));
    link();
    m_statuses->clear();
    m_fake->stop();
    QVERIFY(waitForState(LinkState::Failed));
    QList<int> attempts;
    for (const QList<QVariant>& arguments : std::as_const(*m_statuses)) {
        const LinkStatus status = arguments.at(0).value<LinkStatus>();
        if (status.state == LinkState::Reconnecting) {
            attempts << status.reconnectAttempt;
            QCOMPARE(status.maxAttempts, 3);
        }
    }
    QCOMPARE(attempts, (QList<int>{1, 2, 3}));
    const LinkStatus final = m_adapter->status();
    QCOMPARE(final.problem, TransportProblem::GaveUp);
    QVERIFY2(final.reason.contains(QLatin1String("Gave up after 3 attempts")), qPrintable(final.reason));
    QVERIFY2(final.reason.contains(QLatin1String("Is the gateway running at")), qPrintable(final.reason));
}

void TestConnectionGatewayAdapter::testServerBackReconnectsAndResumes()
{
    makeAdapter(config(200));
    link();
    m_fake->stop();
    QVERIFY(waitForState(LinkState::Reconnecting));
    QVERIFY(QTest::qWaitFor([&] { return m_adapter->status().reconnectAttempt >= 2; }, Timeout));
    QVERIFY(m_fake->start());
    QVERIFY(waitForState(LinkState::Connected));
    QCOMPARE(m_adapter->status().problem, TransportProblem::None);
    QCOMPARE(m_adapter->status().reconnectAttempt, 0);
    QVERIFY(!m_adapter->status().needsNewScan);
    QTRY_VERIFY_WITH_TIMEOUT(m_adapter->hasEventsFeed(), Timeout);
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    m_fake->pushInbound(Connection, QStringLiteral("15557654321@c.us"), QStringLiteral("after the outage"));
    QVERIFY(messages.wait(Timeout));
}

void TestConnectionGatewayAdapter::testRestartLosingLinkNeedsNewScan()
{
    makeAdapter(config(200));
    link();
    m_fake->setLoseLinksOnRestart(true);
    m_fake->stop();
    QVERIFY(waitForState(LinkState::Reconnecting));
    QVERIFY(m_fake->start());
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(m_adapter->status().needsNewScan);
    QVERIFY(
        m_adapter->status().reason.startsWith(QLatin1String("The gateway restarted and the link is gone")));
    QVERIFY(waitForQrSequence(1));
}

void TestConnectionGatewayAdapter::testRestartPairingRecreatesConnection()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    m_fake->rotateQr(Connection);
    QVERIFY(waitForQrSequence(2));
    m_qrs->clear();
    m_adapter->restartPairing();
    QVERIFY(m_qrs->wait(Timeout));
    QCOMPARE(m_qrs->last().at(0).value<PairingQr>().sequence, 1);
    const QStringList log = m_fake->requestLog();
    QVERIFY(log.contains(QStringLiteral("DELETE /api/connections/ops1")));
    QVERIFY(log.lastIndexOf(QStringLiteral("POST /api/connections"))
            > log.indexOf(QStringLiteral("DELETE /api/connections/ops1")));
}

void TestConnectionGatewayAdapter::testLogoutDeletesConnection()
{
    link();
    m_adapter->logout();
    QVERIFY(waitForState(LinkState::LoggedOut));
    QVERIFY(!m_fake->hasConnection(Connection));
    const int requests = m_fake->requestCount();
    QVERIFY(!QTest::qWaitFor([&] { return m_fake->requestCount() != requests; }, 300));
}

void TestConnectionGatewayAdapter::testStopLeavesConnectionAndStartFollowsAgain()
{
    link();
    m_adapter->stop();
    QCOMPARE(m_adapter->status().state, LinkState::Stopped);
    QVERIFY2(m_adapter->status().reason.contains(QStringLiteral("no stop")),
             qPrintable(m_adapter->status().reason));
    // The protocol has no stop: the connection and its link stay on the gateway, and nothing polls it.
    const int requests = m_fake->requestCount();
    QVERIFY(!QTest::qWaitFor([&] { return m_fake->requestCount() != requests; }, 300));
    QCOMPARE(m_fake->state(Connection), FakeConnectionGateway::State::Connected);
    m_adapter->open();
    QVERIFY(waitForState(LinkState::Connected));
    QCOMPARE(m_fake->requestsTo(QStringLiteral("DELETE /api/connections/ops1")), 0);
}

void TestConnectionGatewayAdapter::testRestartOfLinkedConnectionKeepsIt()
{
    link();
    m_adapter->restartPairing();
    QVERIFY2(m_adapter->status().reason.contains(QStringLiteral("stays linked")),
             qPrintable(m_adapter->status().reason));
    QVERIFY(waitForState(LinkState::Connected));
    // Deleting it would have unlinked the phone.
    QCOMPARE(m_fake->requestsTo(QStringLiteral("DELETE /api/connections/ops1")), 0);
    QCOMPARE(m_fake->state(Connection), FakeConnectionGateway::State::Connected);
}

void TestConnectionGatewayAdapter::testLogoutReachesGatewayAfterRetire()
{
    link();
    ConnectionGatewayAdapter* adapter = m_adapter.release();
    QPointer<ConnectionGatewayAdapter> watched(adapter);
    adapter->logout();
    adapter->close();
    adapter->retire();
    QTRY_VERIFY_WITH_TIMEOUT(!watched, Timeout);
    QCOMPARE(m_fake->requestsTo(QStringLiteral("DELETE /api/connections/ops1")), 1);
    QVERIFY(!m_fake->hasConnection(Connection));
    m_statuses.reset();
    m_qrs.reset();
}

QTEST_GUILESS_MAIN(TestConnectionGatewayAdapter)
#include "TestConnectionGatewayAdapter.moc"
