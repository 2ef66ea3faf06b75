// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComApiClient.h"
#include "util/Clock.h"
#include "wecom/WeComErrorDecoder.h"
#include "FakeWeComApi.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <mutex>
#include <optional>

using namespace ChannelDesk;

namespace {

std::mutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        std::lock_guard lock(g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

//! 1666 CJK characters (3 bytes each) and "ok": 5,000 bytes, with no space or line break to prefer.
QString chineseText5000()
{
    const QString sentence = QStringLiteral("这是一条很长的中文消息，用来测试企业微信的分段发送。");
    QString text;
    while (text.size() < 1666)
        text += sentence;
    text.truncate(1666);
    return text + QStringLiteral("ok");
}

} // namespace

class TestWeComApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTokenFetchedOnceAndReused();
    void testConcurrentCallsShareOneGettoken();
    void testTokenInvalidatedMidRun_data();
    void testTokenInvalidatedMidRun();
    void testTokenRejectedTwiceGivesUp();
    void testTokenRenewedFiveMinutesEarly();
    void testForgetDropsTheToken();
    void testIpNotAllowed();
    void testUnknownUser();
    void testRateLimited();
    void testWrongSecretIsNotRetried();
    void testWrongCorpId();
    void testLongChineseTextSentInParts();
    void testPartFailureStopsTheRest();
    void testMarkdown();
    void testAgentIdIsJsonInteger();
    void testFetchAgent();
    void testEmptyTextRefused();
    void testIncompleteAppRefused();
    void testDeadlineAgainstTrickle();
    void testCapOnAnnouncedLength();
    void testCapOnEndlessBody();
    void testConnectionRefused();
    void testHttpErrorHidesQuery();
    void testDestroyedWhileWaiting();
    void testNoSecretOrTokenInAnyMessage();

private:
    WeComApp app() const;
    WeComResult wait(const std::function<void(WeComApiClient::Done)>& start, int timeoutMs = 30000);
    WeComResult sendText(const QString& text, const QString& toUser = QStringLiteral("zhangsan"),
                         const WeComApp& target = {});

    FakeWeComApi m_server;
    std::unique_ptr<WeComApiClient> m_client;
    QStringList m_messages; //!< every result message and errmsg seen
    QStringList m_tokens; //!< every token the fake issued
};

void TestWeComApiClient::initTestCase()
{
    TestEnvironment::init();
    // Log everything, so the last test can check no log line carries a secret either.
    QLoggingCategory::setFilterRules(QStringLiteral("channeldesk.*=true"));
    g_previousHandler = qInstallMessageHandler(&recordLog);
    QVERIFY(m_server.start());
}

void TestWeComApiClient::init()
{
    m_server.reset();
    m_client = std::make_unique<WeComApiClient>();
}

void TestWeComApiClient::cleanup()
{
    m_client.reset();
    m_tokens << m_server.issuedTokens();
}

WeComApp TestWeComApiClient::app() const
{
    const FakeWeComApi::App fake = FakeWeComApi::defaultApp();
    return WeComApp{fake.corpId, fake.secret, fake.agentId, m_server.baseUrl()};
}

WeComResult TestWeComApiClient::wait(const std::function<void(WeComApiClient::Done)>& start, int timeoutMs)
{
    std::optional<WeComResult> result;
    start([&result](const WeComResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        WeComResult none;
        none.message = QStringLiteral("test: no answer in time");
        return none;
    }
    m_messages << result->message << result->errmsg;
    return *result;
}

WeComResult TestWeComApiClient::sendText(const QString& text, const QString& toUser, const WeComApp& target)
{
    const WeComApp to = target.corpId.isEmpty() ? app() : target;
    return wait([&](WeComApiClient::Done done) { m_client->sendText(to, toUser, text, this, done); });
}

void TestWeComApiClient::testTokenFetchedOnceAndReused()
{
    QSignalSpy stateChanged(m_client.get(), &WeComApiClient::tokenStateChanged);
    for (int i = 0; i < 3; ++i) {
        const WeComResult result = sendText(QStringLiteral("消息 %1").arg(i));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.partsSent, 1);
        QCOMPARE(result.msgIds.size(), 1);
        QVERIFY(!result.msgIds.first().isEmpty());
    }
    QCOMPARE(m_server.gettokenCount(), 1);
    QCOMPARE(m_server.delivered().size(), 3);
    QCOMPARE(m_server.delivered().at(2).content, QStringLiteral("消息 2"));
    QCOMPARE(stateChanged.size(), 1);
    QCOMPARE(stateChanged.first().at(0).toString(), app().corpId);
    QCOMPARE(stateChanged.first().at(1).toLongLong(), app().agentId);
    const WeComTokenState state = m_client->tokenState(app().corpId, app().agentId);
    QCOMPARE(state.state, WeComTokenState::State::Valid);
    QCOMPARE(state.fetchedAt.secsTo(state.expiresAt), 7200);
}

void TestWeComApiClient::testConcurrentCallsShareOneGettoken()
{
    int finished = 0;
    int succeeded = 0;
    for (int i = 0; i < 4; ++i) {
        m_client->sendText(app(), QStringLiteral("lisi"), QStringLiteral("parallel %1").arg(i), this,
                           [&](const WeComResult& result) {
                               ++finished;
                               succeeded += result.ok ? 1 : 0;
                           });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 30000);
    QCOMPARE(succeeded, 4);
    QCOMPARE(m_server.gettokenCount(), 1);
    QCOMPARE(m_server.delivered().size(), 4);
}

void TestWeComApiClient::testTokenInvalidatedMidRun_data()
{
    QTest::addColumn<int>("errcode");
    QTest::newRow("42001 expired") << 42001;
    QTest::newRow("40014 invalid") << 40014;
}

void TestWeComApiClient::testTokenInvalidatedMidRun()
{
    QFETCH(int, errcode);
    QVERIFY(sendText(QStringLiteral("first")).ok);
    m_server.invalidateTokens(errcode);
    const WeComResult result = sendText(QStringLiteral("second"));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_server.gettokenCount(), 2);
    const QList<FakeWeComApi::Send> sends = m_server.sends();
    QCOMPARE(sends.size(), 3);
    QCOMPARE(sends.at(1).errcode, errcode);
    QCOMPARE(sends.at(2).errcode, 0);
    QVERIFY(sends.at(1).accessToken != sends.at(2).accessToken);
    int secondDelivered = 0;
    for (const FakeWeComApi::Send& send : m_server.delivered())
        secondDelivered += send.content == QLatin1String("second") ? 1 : 0;
    QCOMPARE(secondDelivered, 1);
    QCOMPARE(m_client->tokenState(app().corpId, app().agentId).state, WeComTokenState::State::Valid);
}

void TestWeComApiClient::testTokenRejectedTwiceGivesUp()
{
    m_server.failSends(42001, 5);
    const WeComResult result = sendText(QStringLiteral("never"));
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 42001);
    QCOMPARE(m_server.sends().size(), 2);
    QCOMPARE(m_server.gettokenCount(), 2);
    const WeComTokenState state = m_client->tokenState(app().corpId, app().agentId);
    QCOMPARE(state.state, WeComTokenState::State::Failed);
    QVERIFY(state.error.contains(QStringLiteral("42001")));
}

void TestWeComApiClient::testTokenRenewedFiveMinutesEarly()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    m_client->setClock(&clock);
    QVERIFY(sendText(QStringLiteral("a")).ok);
    clock.advance((7200 - 300 - 1) * 1000LL);
    QVERIFY(sendText(QStringLiteral("b")).ok);
    QCOMPARE(m_server.gettokenCount(), 1);
    clock.advance(2000);
    QVERIFY(sendText(QStringLiteral("c")).ok);
    QCOMPARE(m_server.gettokenCount(), 2);
    m_client->setClock(nullptr);
}

void TestWeComApiClient::testForgetDropsTheToken()
{
    QVERIFY(sendText(QStringLiteral("a")).ok);
    QSignalSpy stateChanged(m_client.get(), &WeComApiClient::tokenStateChanged);
    m_client->forget(app().corpId, app().agentId);
    QCOMPARE(stateChanged.size(), 1);
    QCOMPARE(m_client->tokenState(app().corpId, app().agentId).state, WeComTokenState::State::Unknown);
    QVERIFY(sendText(QStringLiteral("b")).ok);
    QCOMPARE(m_server.gettokenCount(), 2);
}

void TestWeComApiClient::testIpNotAllowed()
{
    m_server.setIpAllowed(false);
    const WeComResult result = sendText(QStringLiteral("hello"));
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 60020);
    QCOMPARE(result.errmsg, FakeWeComApi::ipNotAllowedMessage());
    QVERIFY2(
        result.message.startsWith(QStringLiteral("WeCom answered 60020: not allow to access from your ip")),
        qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("Add 203.0.113.9 under")));
    QVERIFY(result.message.contains(QStringLiteral("企业可信IP")));
    QCOMPARE(result.partsSent, 0);
    // A refused IP is not a refused token: no second gettoken.
    QCOMPARE(m_server.gettokenCount(), 1);
}

void TestWeComApiClient::testUnknownUser()
{
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("wangwu"));
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 81013);
    QVERIFY(result.message.contains(QStringLiteral("81013")));
    QVERIFY(result.message.contains(QStringLiteral("UserID")));
    QVERIFY(m_server.delivered().isEmpty());
}

void TestWeComApiClient::testRateLimited()
{
    m_server.failSends(45009, 1);
    const WeComResult limited = sendText(QStringLiteral("one"));
    QVERIFY(!limited.ok);
    QCOMPARE(limited.errcode, 45009);
    QVERIFY(WeComErrorDecoder::explain(limited.errcode, limited.errmsg).retryable);
    QVERIFY(limited.message.contains(QStringLiteral("30 messages a minute")));
    QVERIFY(sendText(QStringLiteral("two")).ok);
    QCOMPARE(m_server.gettokenCount(), 1);
}

void TestWeComApiClient::testWrongSecretIsNotRetried()
{
    WeComApp wrong = app();
    wrong.corpSecret = QStringLiteral("FAKE-wrong-secret-zyxwvutsrqponmlk");
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("zhangsan"), wrong);
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 40001);
    QVERIFY(result.message.contains(QStringLiteral("Secret")));
    QVERIFY(!result.message.contains(wrong.corpSecret));
    QCOMPARE(m_server.gettokenCount(), 1);
    QVERIFY(m_server.sends().isEmpty());
    const WeComTokenState state = m_client->tokenState(wrong.corpId, wrong.agentId);
    QCOMPARE(state.state, WeComTokenState::State::Failed);
    QVERIFY(state.error.contains(QStringLiteral("40001")));
    // The right secret afterwards works at once: a failure is not cached as a token.
    QVERIFY(sendText(QStringLiteral("hello")).ok);
}

void TestWeComApiClient::testWrongCorpId()
{
    WeComApp wrong = app();
    wrong.corpId = QStringLiteral("wwffffffffffffffff");
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("zhangsan"), wrong);
    QCOMPARE(result.errcode, 40013);
    QVERIFY(result.message.contains(QStringLiteral("企业ID")));
}

void TestWeComApiClient::testLongChineseTextSentInParts()
{
    const QString text = chineseText5000();
    QCOMPARE(text.toUtf8().size(), 5000);
    const WeComResult result = sendText(text);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.partsSent, 3);
    QCOMPARE(result.msgIds.size(), 3);
    const QList<FakeWeComApi::Send> delivered = m_server.delivered();
    QCOMPARE(delivered.size(), 3);
    QString joined;
    for (const FakeWeComApi::Send& send : delivered) {
        QVERIFY(send.content.toUtf8().size() <= WeComApiClient::kMaxTextBytes);
        QVERIFY(!send.content.contains(QChar::ReplacementCharacter));
        QVERIFY(!send.raw.contains("\xEF\xBF\xBD"));
        joined += send.content;
    }
    QCOMPARE(joined, text);
    QCOMPARE(result.msgIds.at(0), QStringLiteral("fake-msgid-1"));
    QCOMPARE(result.msgIds.at(2), QStringLiteral("fake-msgid-3"));
}

void TestWeComApiClient::testPartFailureStopsTheRest()
{
    m_server.failSends(45009, 1, 1);
    const WeComResult result = sendText(chineseText5000());
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 45009);
    QCOMPARE(result.partsSent, 1);
    QCOMPARE(result.msgIds.size(), 1);
    QVERIFY(result.message.contains(QStringLiteral("1 of 3 parts")));
    QCOMPARE(m_server.sends().size(), 2);
    QCOMPARE(m_server.delivered().size(), 1);
}

void TestWeComApiClient::testMarkdown()
{
    const QString markdown = QStringLiteral("**新工单** <font color=\"warning\">紧急</font>");
    const WeComResult result = wait([&](WeComApiClient::Done done) {
        m_client->sendMarkdown(app(), QStringLiteral("lisi"), markdown, this, done);
    });
    QVERIFY2(result.ok, qPrintable(result.message));
    const FakeWeComApi::Send send = m_server.delivered().first();
    QCOMPARE(send.msgtype, QStringLiteral("markdown"));
    QCOMPARE(send.content, markdown);
    QVERIFY(!send.body.contains(QLatin1String("text")));
}

void TestWeComApiClient::testAgentIdIsJsonInteger()
{
    QVERIFY(sendText(QStringLiteral("hello")).ok);
    const FakeWeComApi::Send send = m_server.sends().first();
    QVERIFY(send.agentIdIsInteger);
    QCOMPARE(send.agentId, 1000002);
    QVERIFY2(send.raw.contains("\"agentid\":1000002,") || send.raw.contains("\"agentid\":1000002}"),
             send.raw.constData());
    QCOMPARE(send.touser, QStringLiteral("zhangsan"));
    QCOMPARE(send.msgtype, QStringLiteral("text"));
    QCOMPARE(send.body.value(QLatin1String("safe")).toInt(-1), 0);
    QVERIFY(send.body.value(QLatin1String("safe")).isDouble());
}

void TestWeComApiClient::testFetchAgent()
{
    const WeComResult result
        = wait([&](WeComApiClient::Done done) { m_client->fetchAgent(app(), this, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.agentName, QStringLiteral("客服助手"));
    QCOMPARE(result.agentDescription, QStringLiteral("ChannelDesk test app"));

    WeComApp other = app();
    other.agentId = 1000009;
    const WeComResult wrongAgent
        = wait([&](WeComApiClient::Done done) { m_client->fetchAgent(other, this, done); });
    QCOMPARE(wrongAgent.errcode, 301002);
    QVERIFY(wrongAgent.message.contains(QStringLiteral("AgentId")));
}

void TestWeComApiClient::testEmptyTextRefused()
{
    const WeComResult result = sendText(QString());
    QVERIFY(!result.ok);
    QCOMPARE(result.errcode, 0);
    QVERIFY(result.message.contains(QStringLiteral("empty")));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestWeComApiClient::testIncompleteAppRefused()
{
    WeComApp incomplete = app();
    incomplete.agentId = 0;
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("zhangsan"), incomplete);
    QVERIFY(!result.ok);
    QVERIFY(result.message.contains(QStringLiteral("AgentId")));
    QVERIFY(
        sendText(QStringLiteral("hello"), QStringLiteral(" ")).message.contains(QStringLiteral("recipient")));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestWeComApiClient::testDeadlineAgainstTrickle()
{
    // A byte every 50 ms never trips the idle timeout; only the overall deadline ends it.
    m_server.setHostile(FakeWeComApi::Hostile::Trickle, QStringLiteral("gettoken"));
    m_client->setTimeoutMs(1000);
    QElapsedTimer timer;
    timer.start();
    const WeComResult result = sendText(QStringLiteral("hello"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok);
    QVERIFY2(elapsed >= 900 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    QVERIFY2(
        result.message.startsWith(m_server.baseUrl().toString()
                                  + QStringLiteral("/cgi-bin/gettoken gave no complete answer within 1 s")),
        qPrintable(result.message));
    QCOMPARE(m_client->tokenState(app().corpId, app().agentId).state, WeComTokenState::State::Failed);
}

void TestWeComApiClient::testCapOnAnnouncedLength()
{
    m_server.setHostile(FakeWeComApi::Hostile::HugeLength, QStringLiteral("message/send"));
    QElapsedTimer timer;
    timer.start();
    const WeComResult result = sendText(QStringLiteral("hello"));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("more than 1024 KiB")), qPrintable(result.message));
    QVERIFY(timer.elapsed() < 10000);
}

void TestWeComApiClient::testCapOnEndlessBody()
{
    m_server.setHostile(FakeWeComApi::Hostile::Endless, QStringLiteral("gettoken"));
    QElapsedTimer timer;
    timer.start();
    const WeComResult result = sendText(QStringLiteral("hello"));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("more than 1024 KiB")), qPrintable(result.message));
    QVERIFY(timer.elapsed() < 10000);
}

void TestWeComApiClient::testConnectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    WeComApp unreachable = app();
    unreachable.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("zhangsan"), unreachable);
    QVERIFY(!result.ok);
    QCOMPARE(result.message,
             QStringLiteral("Cannot reach http://127.0.0.1:%1/cgi-bin/gettoken: Connection refused — check "
                            "api_base_url and the server's network.")
                 .arg(port));
}

void TestWeComApiClient::testHttpErrorHidesQuery()
{
    WeComApp wrongPath = app();
    wrongPath.baseUrl = QUrl(m_server.baseUrl().toString() + QStringLiteral("/nope"));
    const WeComResult result = sendText(QStringLiteral("hello"), QStringLiteral("zhangsan"), wrongPath);
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY2(result.message.contains(QStringLiteral("/nope/cgi-bin/gettoken answered HTTP 404")),
             qPrintable(result.message));
    QVERIFY(!result.message.contains(QStringLiteral("corpsecret")));
    QVERIFY(!result.message.contains(app().corpSecret));
}

void TestWeComApiClient::testDestroyedWhileWaiting()
{
    m_server.setHostile(FakeWeComApi::Hostile::Trickle);
    bool called = false;
    m_client->sendText(app(), QStringLiteral("zhangsan"), QStringLiteral("hello"), this,
                       [&called](const WeComResult&) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(), 1, 10000);
    m_client.reset();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestWeComApiClient::testNoSecretOrTokenInAnyMessage()
{
    // Runs last: looks through every result and log line of the tests above.
    QVERIFY(m_messages.size() > 20);
    QVERIFY(m_tokens.size() >= 3);
    QStringList log;
    {
        std::lock_guard lock(g_logMutex);
        log = g_log;
    }
    QVERIFY(!log.isEmpty());
    const QStringList secrets = QStringList{app().corpSecret, QStringLiteral("FAKE-wrong-secret"),
                                            QStringLiteral("corpsecret="), QStringLiteral("access_token=")}
        + m_tokens;
    for (const QString& text : m_messages + log) {
        for (const QString& secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestWeComApiClient)
#include "TestWeComApiClient.moc"
