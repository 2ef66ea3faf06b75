// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/WahaAdapter.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ChannelDesk;
using SendShape = FakeWahaServer::SendShape;

Q_DECLARE_METATYPE(FakeWahaServer::SendShape)

namespace {

const QString Session = QStringLiteral("default");
constexpr int Timeout = 5000;

} // namespace

class TestWahaAdapter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testEventsUrlCarriesKeyAndEvents();
    void testCreatesMissingSession();
    void testCreateWithoutLabelOmitsClient();
    void testStartsStoppedSession();
    void testRefusedSessionFailsWithGatewayWords();
    void testRotationShowsNextCodeWithinASecond();
    void testFailsAfterSixCodesAndRestartPairingStartsOver();
    void testScanAuthenticatesThenConnects();
    void testPairingCode_data();
    void testPairingCode();
    void testPairingCodeNeedsDigits();
    void testSendTextResponseShapes_data();
    void testSendTextResponseShapes();
    void testSendWithoutIdTimesOut();
    void testMessagesAndAcksWithNormalisedPeers();
    void testBadKeyIsRejectedAndNotRetried();
    void testAuthProxyRefusingTheUpgradeIsNotRetried();
    void testServerDownGivesUpAfterMaxAttempts();
    void testServerBackReconnectsAndResumes();
    void testRestartLosingSessionNeedsNewScan();
    void testPlainRestartDoesNotNeedNewScan();
    void testLinkDroppedOnPhoneNeedsNewScan();
    void testLogoutOffersNewCode();
    void testCloseLeavesSessionRunning();
    void testStopStopsOnGatewayAndStartResumesLinked();
    void testStartRightAfterStopReachesTheGatewayAfterIt();
    void testRestartKeepsTheLink();
    void testLogoutReachesGatewayAfterRetire();
    void testOversizedQrIsRefused();

private:
    GatewayConfig config(int maxAttempts = 5) const;
    WahaAdapter* makeAdapter(const GatewayConfig& config);
    bool waitForState(LinkState state, int timeout = Timeout);
    bool waitForQrSequence(int sequence, int timeout = Timeout);
    void link();

    std::unique_ptr<FakeWahaServer> m_fake;
    std::unique_ptr<WahaAdapter> m_adapter;
    std::unique_ptr<QSignalSpy> m_statuses;
    std::unique_ptr<QSignalSpy> m_qrs;
};

void TestWahaAdapter::initTestCase()
{
    TestEnvironment::init();
}

void TestWahaAdapter::init()
{
    m_fake = std::make_unique<FakeWahaServer>();
    QVERIFY(m_fake->start());
}

void TestWahaAdapter::cleanup()
{
    m_statuses.reset();
    m_qrs.reset();
    m_adapter.reset();
    m_fake.reset();
}

GatewayConfig TestWahaAdapter::config(int maxAttempts) const
{
    GatewayConfig config;
    config.baseUrl = m_fake->baseUrl();
    config.secret = FakeWahaServer::apiKey();
    config.session = Session;
    config.deviceLabel = QStringLiteral("ChannelDesk test");
    config.maxAttempts = maxAttempts;
    // Small delays keep the reconnect tests fast; the growth itself is TestBackoff's business.
    config.initialBackoffMs = 20;
    config.maxBackoffMs = 80;
    return config;
}

WahaAdapter* TestWahaAdapter::makeAdapter(const GatewayConfig& config)
{
    m_adapter = std::make_unique<WahaAdapter>(config);
    m_statuses = std::make_unique<QSignalSpy>(m_adapter.get(), &GatewayAdapter::statusChanged);
    m_qrs = std::make_unique<QSignalSpy>(m_adapter.get(), &GatewayAdapter::qrChanged);
    return m_adapter.get();
}

bool TestWahaAdapter::waitForState(LinkState state, int timeout)
{
    return QTest::qWaitFor([&] { return m_adapter->status().state == state; }, timeout);
}

bool TestWahaAdapter::waitForQrSequence(int sequence, int timeout)
{
    return QTest::qWaitFor([&] { return m_adapter->currentQr().sequence == sequence; }, timeout);
}

void TestWahaAdapter::link()
{
    if (!m_adapter)
        makeAdapter(config());
    m_adapter->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(waitForQrSequence(1));
    m_fake->simulateScan(Session);
    QVERIFY(waitForState(LinkState::Connected));
}

void TestWahaAdapter::testEventsUrlCarriesKeyAndEvents()
{
    WahaAdapter adapter(config());
    const QUrl url = adapter.eventsUrl();
    QCOMPARE(url.scheme(), QStringLiteral("ws"));
    QCOMPARE(url.path(), QStringLiteral("/ws"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("x-api-key"), QUrl::FullyDecoded), FakeWahaServer::apiKey());
    QCOMPARE(query.queryItemValue(QStringLiteral("session")), Session);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("events")),
             (QStringList{QStringLiteral("session.status"), QStringLiteral("message"),
                          QStringLiteral("message.any"), QStringLiteral("message.ack")}));
    GatewayConfig secure = config();
    secure.baseUrl = QUrl(QStringLiteral("https://gateway.example:8443/waha/"));
    const QUrl secureUrl = WahaAdapter(secure).eventsUrl();
    QCOMPARE(secureUrl.scheme(), QStringLiteral("wss"));
    QCOMPARE(secureUrl.port(), 8443);
    QCOMPARE(secureUrl.path(), QStringLiteral("/waha/ws"));
}

void TestWahaAdapter::testCreatesMissingSession()
{
    makeAdapter(config())->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(waitForQrSequence(1));
    QVERIFY(m_fake->hasSession(Session));
    const QJsonObject create = m_fake->lastCreateRequest();
    QCOMPARE(create.value(QLatin1String("name")).toString(), Session);
    QCOMPARE(create.value(QLatin1String("start")).toBool(), true);
    const QJsonObject sessionConfig = create.value(QLatin1String("config")).toObject();
    QCOMPARE(sessionConfig.value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("channeldesk"))
                 .toString(),
             QStringLiteral("1"));
    QCOMPARE(
        sessionConfig.value(QLatin1String("client")).toObject().value(QLatin1String("deviceName")).toString(),
        QStringLiteral("ChannelDesk test"));
    const QStringList log = m_fake->requestLog();
    QVERIFY(log.indexOf(QStringLiteral("GET /api/sessions/default"))
            < log.indexOf(QStringLiteral("POST /api/sessions")));

    const PairingQr qr = m_adapter->currentQr();
    QCOMPARE(qr.raw, m_fake->currentQr(Session));
    QVERIFY(qr.raw.startsWith(QLatin1String("2@fakeQR1,")));
    QVERIFY(qr.image.isEmpty());
    QCOMPARE(qr.sequence, 1);
    QCOMPARE(qr.maxCodes, 6);
    QCOMPARE(qr.receivedAt.secsTo(qr.expiresAt), 60);
    QCOMPARE(m_qrs->count(), 1);
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.gatewayState, QStringLiteral("SCAN_QR_CODE"));
    QCOMPARE(status.problem, TransportProblem::None);
    QVERIFY(!status.needsNewScan);
    QVERIFY(!status.reason.isEmpty());
}

void TestWahaAdapter::testCreateWithoutLabelOmitsClient()
{
    GatewayConfig unlabelled = config();
    unlabelled.deviceLabel.clear();
    makeAdapter(unlabelled)->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    const QJsonObject sessionConfig = m_fake->lastCreateRequest().value(QLatin1String("config")).toObject();
    QVERIFY(sessionConfig.contains(QLatin1String("metadata")));
    QVERIFY(!sessionConfig.contains(QLatin1String("client")));
}

void TestWahaAdapter::testStartsStoppedSession()
{
    m_fake->addSession(Session, QStringLiteral("STOPPED"));
    makeAdapter(config())->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    const QStringList log = m_fake->requestLog();
    QVERIFY(log.contains(QStringLiteral("POST /api/sessions/default/start")));
    QVERIFY(!log.contains(QStringLiteral("POST /api/sessions")));
}

void TestWahaAdapter::testRefusedSessionFailsWithGatewayWords()
{
    m_fake->setOnlyDefaultSession(true);
    GatewayConfig named = config();
    named.session = QStringLiteral("ops1");
    makeAdapter(named)->open();
    QSignalSpy errors(m_adapter.get(), &GatewayAdapter::errorOccurred);
    QVERIFY(waitForState(LinkState::Failed));
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.problem, TransportProblem::None);
    QVERIFY2(status.reason.contains(QLatin1String("HTTP 422")), qPrintable(status.reason));
    QVERIFY2(status.reason.contains(QLatin1String("only one session called 'default'")),
             qPrintable(status.reason));
    QCOMPARE(errors.count(), 1);
    // Not retried: the create is asked twice at most (once more after reading the session again).
    QVERIFY(!QTest::qWaitFor(
        [&] { return m_fake->requestLog().count(QStringLiteral("POST /api/sessions")) > 2; }, 300));
}

void TestWahaAdapter::testRotationShowsNextCodeWithinASecond()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    const QString first = m_adapter->currentQr().raw;
    m_fake->rotateQr(Session);
    QVERIFY(m_qrs->wait(1000));
    const PairingQr second = m_qrs->last().at(0).value<PairingQr>();
    QCOMPARE(second.sequence, 2);
    QCOMPARE(second.raw, m_fake->currentQr(Session));
    QVERIFY(second.raw != first);
    QCOMPARE(second.maxCodes, 6);
    QCOMPARE(second.receivedAt.secsTo(second.expiresAt), 20);
    QCOMPARE(m_adapter->status().state, LinkState::AwaitingScan);
}

void TestWahaAdapter::testFailsAfterSixCodesAndRestartPairingStartsOver()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    for (int code = 2; code <= 6; ++code) {
        m_fake->rotateQr(Session);
        QVERIFY(waitForQrSequence(code));
        QCOMPARE(m_adapter->currentQr().raw, m_fake->currentQr(Session));
    }
    m_fake->rotateQr(Session);
    QVERIFY(waitForState(LinkState::Failed));
    QCOMPARE(m_adapter->status().gatewayState, QStringLiteral("FAILED"));
    QCOMPARE(m_adapter->status().problem, TransportProblem::None);
    QVERIFY2(m_adapter->status().reason.contains(QLatin1String("expired")),
             qPrintable(m_adapter->status().reason));

    m_qrs->clear();
    m_adapter->restartPairing();
    QVERIFY(m_qrs->wait(Timeout));
    const PairingQr fresh = m_qrs->last().at(0).value<PairingQr>();
    QCOMPARE(fresh.sequence, 1);
    QCOMPARE(fresh.raw, m_fake->currentQr(Session));
    QCOMPARE(fresh.receivedAt.secsTo(fresh.expiresAt), 60);
    QCOMPARE(m_adapter->status().state, LinkState::AwaitingScan);
    QVERIFY(m_fake->requestLog().contains(QStringLiteral("POST /api/sessions/default/restart")));
}

void TestWahaAdapter::testScanAuthenticatesThenConnects()
{
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    m_fake->simulateScan(Session, false);
    QVERIFY(waitForState(LinkState::Authenticating));
    QCOMPARE(m_adapter->status().reason, QStringLiteral("Scanned, confirming on the phone"));
    QCOMPARE(m_adapter->status().gatewayState, QStringLiteral("STARTING"));
    m_fake->completeLogin(Session);
    QVERIFY(waitForState(LinkState::Connected));
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.selfId, FakeWahaServer::selfId());
    QCOMPARE(status.selfName, QStringLiteral("Fake Phone"));
    QVERIFY(!status.needsNewScan);
    QCOMPARE(status.reconnectAttempt, 0);
}

void TestWahaAdapter::testPairingCode_data()
{
    QTest::addColumn<QString>("gatewayCode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("already formatted") << QStringLiteral("ABCD-EFGH") << QStringLiteral("ABCD-EFGH");
    QTest::newRow("bare lower case") << QStringLiteral("abcd1234") << QStringLiteral("ABCD-1234");
    QTest::newRow("spaced") << QStringLiteral(" WXYZ 5678 ") << QStringLiteral("WXYZ-5678");
}

void TestWahaAdapter::testPairingCode()
{
    QFETCH(QString, gatewayCode);
    QFETCH(QString, shown);
    m_fake->setPairingCode(gatewayCode);
    makeAdapter(config())->open();
    QVERIFY(waitForQrSequence(1));
    QVERIFY(m_adapter->supportsPairingCode());
    QSignalSpy codes(m_adapter.get(), &GatewayAdapter::pairingCodeReceived);
    m_adapter->requestPairingCode(QStringLiteral("+1 (555) 765-4321"));
    QVERIFY(codes.wait(Timeout));
    QCOMPARE(codes.at(0).at(0).toString(), shown);
    QCOMPARE(m_fake->lastPairingPhone(), QStringLiteral("15557654321"));
    QCOMPARE(m_adapter->status().state, LinkState::AwaitingCode);
    // A rotation meanwhile keeps the code state; the QR stays available as the fallback.
    m_fake->rotateQr(Session);
    QVERIFY(waitForQrSequence(2));
    QCOMPARE(m_adapter->status().state, LinkState::AwaitingCode);
}

void TestWahaAdapter::testPairingCodeNeedsDigits()
{
    makeAdapter(config());
    QSignalSpy errors(m_adapter.get(), &GatewayAdapter::errorOccurred);
    m_adapter->requestPairingCode(QStringLiteral("call me"));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("digits")));
}

void TestWahaAdapter::testSendTextResponseShapes_data()
{
    QTest::addColumn<SendShape>("shape");
    QTest::newRow("NOWEB key.id") << SendShape::Noweb;
    QTest::newRow("WEBJS id string") << SendShape::WebjsString;
    QTest::newRow("WEBJS id object") << SendShape::WebjsObject;
    QTest::newRow("empty 201, id from the message.any echo") << SendShape::Empty;
}

void TestWahaAdapter::testSendTextResponseShapes()
{
    QFETCH(SendShape, shape);
    m_fake->setSendShape(shape);
    link();
    QSignalSpy sent(m_adapter.get(), &GatewayAdapter::sendFinished);
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    m_adapter->sendText(QStringLiteral("+1 555 765 4321"), QStringLiteral("Hello from ChannelDesk"),
                        QStringLiteral("ref-1"));
    QVERIFY(sent.wait(Timeout));
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("ref-1"));
    QCOMPARE(sent.at(0).at(2).toString(), QString());
    QCOMPARE(sent.at(0).at(1).toString(), m_fake->lastSentMessageId());
    const QJsonObject request = m_fake->lastSendRequest();
    QCOMPARE(request.value(QLatin1String("session")).toString(), Session);
    QCOMPARE(request.value(QLatin1String("chatId")).toString(), QStringLiteral("15557654321@c.us"));
    QCOMPARE(request.value(QLatin1String("text")).toString(), QStringLiteral("Hello from ChannelDesk"));
    // The echo is logged as our own outbound message under the same id.
    QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, Timeout);
    const GatewayMessage echo = messages.at(0).at(0).value<GatewayMessage>();
    QVERIFY(echo.fromMe);
    QCOMPARE(echo.messageId, m_fake->lastSentMessageId());
    QCOMPARE(echo.peer, QStringLiteral("15557654321"));
}

void TestWahaAdapter::testSendWithoutIdTimesOut()
{
    m_fake->setSendShape(SendShape::Empty);
    m_fake->setEchoSends(false);
    link();
    m_adapter->setSendEchoTimeout(200);
    QSignalSpy sent(m_adapter.get(), &GatewayAdapter::sendFinished);
    m_adapter->sendText(QStringLiteral("15557654321"), QStringLiteral("lost echo"), QStringLiteral("ref-2"));
    QVERIFY(sent.wait(Timeout));
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("ref-2"));
    QVERIFY(sent.at(0).at(1).toString().isEmpty());
    QVERIFY(!sent.at(0).at(2).toString().isEmpty());
}

void TestWahaAdapter::testMessagesAndAcksWithNormalisedPeers()
{
    link();
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    QSignalSpy acks(m_adapter.get(), &GatewayAdapter::messageAcked);
    const QString inboundId
        = m_fake->pushInbound(Session, QStringLiteral("15557654321@c.us"), QStringLiteral("hello"));
    const QString outboundId = m_fake->pushOutbound(Session, QStringLiteral("15557654321@s.whatsapp.net"),
                                                    QStringLiteral("typed on the phone"));
    m_fake->pushAck(Session, outboundId, 3);
    QVERIFY(QTest::qWaitFor([&] { return acks.count() == 1; }, Timeout));
    // Inbound arrives as `message` and `message.any`; it is reported once.
    QCOMPARE(messages.count(), 2);
    const GatewayMessage inbound = messages.at(0).at(0).value<GatewayMessage>();
    QCOMPARE(inbound.messageId, inboundId);
    QVERIFY(!inbound.fromMe);
    QCOMPARE(inbound.peer, QStringLiteral("15557654321"));
    QCOMPARE(inbound.chatJid, QStringLiteral("15557654321@c.us"));
    QCOMPARE(inbound.text, QStringLiteral("hello"));
    QCOMPARE(inbound.type, QStringLiteral("text"));
    QCOMPARE(inbound.peerName, QStringLiteral("Test Contact"));
    QVERIFY(inbound.timestamp.isValid());
    const GatewayMessage outbound = messages.at(1).at(0).value<GatewayMessage>();
    QCOMPARE(outbound.messageId, outboundId);
    QVERIFY(outbound.fromMe);
    QCOMPARE(outbound.peer, inbound.peer);
    QCOMPARE(outbound.text, QStringLiteral("typed on the phone"));
    QCOMPARE(acks.at(0).at(0).toString(), outboundId);
    QCOMPARE(acks.at(0).at(1).value<GatewayAck>(), GatewayAck::Read);
}

void TestWahaAdapter::testBadKeyIsRejectedAndNotRetried()
{
    GatewayConfig wrong = config();
    wrong.secret = QStringLiteral("not-the-key");
    makeAdapter(wrong)->open();
    QVERIFY(waitForState(LinkState::Failed));
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.problem, TransportProblem::AuthRejected);
    QVERIFY2(status.reason.contains(QLatin1String("API key rejected")), qPrintable(status.reason));
    QVERIFY2(status.reason.contains(QLatin1String("Unauthorized")), qPrintable(status.reason));
    // WAHA completes the upgrade before it closes with 1008, so the session read that follows a
    // connected socket may already be on its way: one handshake and at most that one request, and
    // no retry of either, which would come within tens of milliseconds with these settings.
    QVERIFY(!QTest::qWaitFor([&] { return m_fake->requestCount() > 2; }, 500));
    QCOMPARE(m_fake->requestLog().count(QStringLiteral("GET /ws")), 1);
    QCOMPARE(m_adapter->status().problem, TransportProblem::AuthRejected);
}

void TestWahaAdapter::testAuthProxyRefusingTheUpgradeIsNotRetried()
{
    // A proxy in front of WAHA answers the WebSocket upgrade with 401: the key was refused, like
    // WAHA's own close code 1008, not a gateway out of reach to try five more times.
    m_fake->setProxyRefusesWebSocket(true);
    makeAdapter(config())->open();
    QVERIFY(waitForState(LinkState::Failed));
    const LinkStatus status = m_adapter->status();
    QCOMPARE(status.problem, TransportProblem::AuthRejected);
    QVERIFY2(status.reason.contains(QLatin1String("HTTP 401")), qPrintable(status.reason));
    // Failed is final: no attempt is scheduled (Reconnecting would say "attempt 1 of 5").
    QCOMPARE(status.reconnectAttempt, 0);
    QCOMPARE(m_fake->requestLog().count(QStringLiteral("GET /ws")), 1);
}

void TestWahaAdapter::testServerDownGivesUpAfterMaxAttempts()
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
            QVERIFY(status.problem == TransportProblem::Unreachable);
            QVERIFY2(status.reason.contains(QStringLiteral("attempt %1 of 3").arg(status.reconnectAttempt)),
                     qPrintable(status.reason));
        }
    }
    QCOMPARE(attempts, (QList<int>{1, 2, 3}));
    const LinkStatus final = m_adapter->status();
    QCOMPARE(final.problem, TransportProblem::GaveUp);
    QVERIFY2(final.reason.contains(QLatin1String("Gave up after 3 attempts")), qPrintable(final.reason));
    QVERIFY2(final.reason.contains(QLatin1String("Is the gateway running at ")
                                   + m_fake->baseUrl().toDisplayString()),
             qPrintable(final.reason));
}

void TestWahaAdapter::testServerBackReconnectsAndResumes()
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
    QSignalSpy messages(m_adapter.get(), &GatewayAdapter::messageReceived);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->webSocketClientCount() == 1, Timeout);
    m_fake->pushInbound(Session, QStringLiteral("15557654321@c.us"), QStringLiteral("after the outage"));
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.at(0).at(0).value<GatewayMessage>().text, QStringLiteral("after the outage"));
}

void TestWahaAdapter::testRestartLosingSessionNeedsNewScan()
{
    makeAdapter(config(200));
    link();
    m_fake->setLoseSessionsOnRestart(true);
    m_fake->stop();
    QVERIFY(waitForState(LinkState::Reconnecting));
    m_qrs->clear();
    QVERIFY(m_fake->start());
    QVERIFY(waitForState(LinkState::AwaitingScan));
    const LinkStatus status = m_adapter->status();
    QVERIFY(status.needsNewScan);
    QCOMPARE(status.reason, QStringLiteral("The gateway restarted and the link is gone: scan again"));
    QVERIFY(m_qrs->count() > 0 || m_qrs->wait(Timeout));
    const PairingQr qr = m_qrs->last().at(0).value<PairingQr>();
    QCOMPARE(qr.sequence, 1);
    QCOMPARE(qr.raw, m_fake->currentQr(Session));
    // Scanning again clears it.
    m_fake->simulateScan(Session);
    QVERIFY(waitForState(LinkState::Connected));
    QVERIFY(!m_adapter->status().needsNewScan);
}

void TestWahaAdapter::testPlainRestartDoesNotNeedNewScan()
{
    makeAdapter(config(200));
    link();
    m_fake->stop();
    QVERIFY(waitForState(LinkState::Reconnecting));
    m_statuses->clear();
    QVERIFY(m_fake->start());
    QVERIFY(waitForState(LinkState::Connected));
    for (const QList<QVariant>& arguments : std::as_const(*m_statuses)) {
        const LinkStatus status = arguments.at(0).value<LinkStatus>();
        QVERIFY(!status.needsNewScan);
        QVERIFY(status.state != LinkState::AwaitingScan);
    }
}

void TestWahaAdapter::testLinkDroppedOnPhoneNeedsNewScan()
{
    link();
    m_fake->dropLink(Session);
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(m_adapter->status().needsNewScan);
    QVERIFY(m_adapter->status().reason.contains(QLatin1String("removed on the phone")));
    QVERIFY(waitForQrSequence(1));
}

void TestWahaAdapter::testLogoutOffersNewCode()
{
    link();
    m_statuses->clear();
    m_adapter->logout();
    QCOMPARE(m_statuses->count(), 1);
    QCOMPARE(m_statuses->at(0).at(0).value<LinkStatus>().state, LinkState::LoggedOut);
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QVERIFY(!m_adapter->status().needsNewScan);
    QVERIFY(m_fake->requestLog().contains(QStringLiteral("POST /api/sessions/default/logout")));
    QVERIFY(waitForQrSequence(1));
}

void TestWahaAdapter::testCloseLeavesSessionRunning()
{
    link();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->webSocketClientCount(), 1, Timeout);
    m_adapter->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->webSocketClientCount(), 0, Timeout);
    QCOMPARE(m_fake->sessionStatus(Session), QStringLiteral("WORKING"));
    QVERIFY(!m_fake->requestLog().contains(QStringLiteral("POST /api/sessions/default/stop")));
}

void TestWahaAdapter::testStopStopsOnGatewayAndStartResumesLinked()
{
    link();
    m_adapter->stop();
    QCOMPARE(m_adapter->status().state, LinkState::Stopped);
    QVERIFY(m_adapter->status().reason.contains(QStringLiteral("stays linked")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->sessionStatus(Session), QStringLiteral("STOPPED"), Timeout);
    QCOMPARE(m_fake->requestsTo(QStringLiteral("POST /api/sessions/default/stop")), 1);
    QVERIFY(m_fake->isLinked(Session));
    // Start (connectLink) resumes it: no new scan, the phone is still linked.
    m_adapter->open();
    QVERIFY(waitForState(LinkState::Connected));
    QCOMPARE(m_fake->requestsTo(QStringLiteral("POST /api/sessions/default/start")), 1);
    QVERIFY(!m_adapter->status().needsNewScan);
}

void TestWahaAdapter::testStartRightAfterStopReachesTheGatewayAfterIt()
{
    link();
    // The stop is still on its way when Start is clicked; sent at once on its own connection, the
    // start was read as done before the stop arrived, and the session ended stopped.
    m_fake->setStopDelayMs(300);
    m_adapter->stop();
    m_adapter->open();
    QCOMPARE(m_adapter->status().state, LinkState::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->stopsDone(), 1, Timeout);
    QVERIFY(waitForState(LinkState::Connected));
    QCOMPARE(m_fake->sessionStatus(Session), QStringLiteral("WORKING"));
    QCOMPARE(m_fake->requestsTo(QStringLiteral("POST /api/sessions/default/start")), 1);
}

void TestWahaAdapter::testRestartKeepsTheLink()
{
    link();
    m_statuses->clear();
    m_adapter->restartPairing();
    QCOMPARE(m_adapter->status().state, LinkState::Starting);
    QVERIFY2(m_adapter->status().reason.contains(QStringLiteral("stays linked")),
             qPrintable(m_adapter->status().reason));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestsTo(QStringLiteral("POST /api/sessions/default/restart")), 1,
                              Timeout);
    QVERIFY(waitForState(LinkState::Connected));
    QVERIFY(m_fake->isLinked(Session));
    QVERIFY(!m_adapter->status().needsNewScan);
}

void TestWahaAdapter::testLogoutReachesGatewayAfterRetire()
{
    link();
    QVERIFY(m_fake->isLinked(Session));
    // Log Out and Remove: the channel's adapter is closed and retired right after asking.
    WahaAdapter* adapter = m_adapter.release();
    QPointer<WahaAdapter> watched(adapter);
    adapter->logout();
    adapter->close();
    adapter->retire();
    QTRY_VERIFY_WITH_TIMEOUT(!watched, Timeout);
    QCOMPARE(m_fake->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 1);
    QVERIFY(!m_fake->isLinked(Session));
    m_statuses.reset();
    m_qrs.reset();
}

void TestWahaAdapter::testOversizedQrIsRefused()
{
    // A broken gateway once handed out a 1 MB "code", which was shown and fetched again and again.
    m_fake->setQrOverride(QString(1024 * 1024, QLatin1Char('A')));
    makeAdapter(config());
    QSignalSpy errors(m_adapter.get(), &GatewayAdapter::errorOccurred);
    m_adapter->open();
    QVERIFY(waitForState(LinkState::AwaitingScan));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    const QString words = errors.first().at(0).toString();
    QVERIFY2(words.contains(QLatin1String("QR code of 1024 KiB")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("refused")), qPrintable(words));
    QCOMPARE(m_adapter->currentQr().sequence, 0);
    QCOMPARE(m_qrs->count(), 0);

    // A real code after it is shown as usual.
    m_fake->setQrOverride({});
    m_fake->rotateQr(Session);
    QVERIFY(waitForQrSequence(1));
    QCOMPARE(m_adapter->currentQr().raw, m_fake->currentQr(Session));
    QCOMPARE(errors.count(), 1);
}

QTEST_GUILESS_MAIN(TestWahaAdapter)
#include "TestWahaAdapter.moc"
