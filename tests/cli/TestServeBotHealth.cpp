// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bot's health as the server API and a remote console show it, against a real `channeldesk
// serve` forwarding to a bot (FakeBot): a bot answering 500 while deliveries keep arriving shows
// failing with its words and a backlog, then ok once it is back and has everything in order; a
// slow bot shows slow; parked deliveries are sent again through the API (operator, audited); a
// RemoteDesk follows the health through its snapshot and the stream's bot_health events, and reads
// the history and retries through the console verbs.
#include "remote/RemoteDesk.h"

#include "CloudChannelAnswers.h"
#include "FakeBot.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "forward/ForwardQueue.h"
#include "util/DataDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QByteArray appSecret = "0123456789abcdef0123456789abcdef";
const QString phoneId = QStringLiteral("106540352242923");
const QString verifyToken = QStringLiteral("bot-health-verify-token");
const QString channelId = QStringLiteral("fwd");
const QString statusPath = QStringLiteral("/api/v1/channels/fwd/status");
constexpr int Timeout = 30000;

} // namespace

class TestServeBotHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void testBotDownThenBack();
    void testSlowBotShowsSlow();
    void testRemoteConsoleFollowsTheBot();
    void testParkedDeliveriesAreSentAgain();

private:
    int deliver(int n);
    //! The "bot" of the channel's status, as GET …/status answers it.
    QJsonObject bot() const;
    void checkOrderPerConversation() const;
    std::unique_ptr<RemoteDesk> attach(const QString& role);

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    FakeBot m_bot{appSecret};
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys;
    int m_next = 0;
    //! What serve answered 200, in that order, with the customer each came from.
    QList<QPair<QString, QString>> m_acknowledged;
};

void TestServeBotHealth::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_bot.start());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FWD_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FWD_VERIFY_TOKEN"), verifyToken);
    m_serve = std::make_unique<ServeProcess>(qEnvironmentVariable("CHANNELDESK_BINARY"),
                                             m_home.filePath(QStringLiteral("data")), env);
    CloudChannelAnswers fwd{channelId, QStringLiteral("EAA_BOT_HEALTH_TEST_TOKEN_NOT_REAL_0000000")};
    fwd.phoneNumberId = phoneId;
    fwd.verifyToken = verifyToken;
    fwd.appSecret = QString::fromLatin1(appSecret);
    QJsonObject channel = fwd.toJson();
    channel.insert(QStringLiteral("forward_url"), m_bot.url());
    channel.insert(QStringLiteral("forward_timeout_ms"), QStringLiteral("8000"));
    const ServeProcess::Run setup = m_serve->setup({{QStringLiteral("messaging-whatsapp"), channel}});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    m_keys = m_serve->createKeys(
        QStringLiteral("bot-"),
        {QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("admin")});
    QVERIFY(m_serve->start());
    WebhookClient client(m_serve->webhookPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.verify(phoneId, verifyToken, QStringLiteral("c")), 200, Timeout);
}

void TestServeBotHealth::cleanup()
{
    m_bot.setStatus(200);
    m_bot.setDelayMs(0);
}

void TestServeBotHealth::cleanupTestCase()
{
    m_serve->stop();
}

int TestServeBotHealth::deliver(int n)
{
    const QString from = QStringLiteral("1555000000%1").arg(n % 3);
    const QString wamid = QStringLiteral("wamid.BOT%1").arg(n, 5, 10, QLatin1Char('0'));
    const QByteArray body
        = WebhookClient::textMessage(phoneId, wamid, from, QStringLiteral("Ana"),
                                     QStringLiteral("hello %1").arg(n), QDateTime::currentDateTimeUtc());
    WebhookClient client(m_serve->webhookPort());
    const int status = client.post(phoneId, body, appSecret);
    if (status == 200)
        m_acknowledged.append({wamid, from});
    return status;
}

QJsonObject TestServeBotHealth::bot() const
{
    const ServeProcess::Reply status = m_serve->get(statusPath, m_keys.value(QStringLiteral("viewer")));
    return status.json.value(QStringLiteral("bot")).toObject();
}

void TestServeBotHealth::checkOrderPerConversation() const
{
    QHash<QString, QStringList> expected;
    for (const auto& [wamid, from] : m_acknowledged)
        expected[from].append(wamid);
    QSet<QString> seen;
    QHash<QString, QStringList> arrived;
    for (const FakeBot::Received& r : m_bot.accepted()) {
        const QString wamid = FakeBot::wamidOf(r.body);
        QVERIFY(r.verified);
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

std::unique_ptr<RemoteDesk> TestServeBotHealth::attach(const QString& role)
{
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = m_keys.value(role);
    options.consoleDirectory = m_console.path();
    auto desk = std::make_unique<RemoteDesk>(options);
    const Status loaded = TestEnvironment::waitFor(desk->loadChannels());
    if (!loaded.ok())
        qWarning() << "not loaded:" << loaded.error().message;
    return desk;
}

void TestServeBotHealth::testBotDownThenBack()
{
    // Nothing forwarded yet: forwarding is on, the bot was never tried.
    QCOMPARE(bot().value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
    QVERIFY(bot().value(QStringLiteral("p95_ms")).isNull());
    m_bot.setStatus(500);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(deliver(m_next++), 200); // Meta's answer never waits for the bot
    QTRY_VERIFY_WITH_TIMEOUT(bot().value(QStringLiteral("state")).toString() == QLatin1String("failing")
                                 && bot().value(QStringLiteral("backlog")).toInteger() > 0,
                             Timeout);
    const QJsonObject failing = bot();
    QCOMPARE(failing.value(QStringLiteral("last_status")).toInt(), 500);
    QVERIFY2(failing.value(QStringLiteral("last_answer")).toString().contains(QLatin1String("bot is down")),
             QJsonDocument(failing).toJson().constData());
    QVERIFY(failing.value(QStringLiteral("last_error")).toString().contains(QLatin1String("500")));
    QVERIFY(failing.value(QStringLiteral("consecutive_failures")).toInt() >= 3);
    QVERIFY(failing.value(QStringLiteral("failing_since")).isString());
    QVERIFY(failing.value(QStringLiteral("oldest_waiting_at")).isString());
    QVERIFY(failing.value(QStringLiteral("last_success_at")).isNull());
    // The list shows the same.
    const ServeProcess::Reply list
        = m_serve->get(QStringLiteral("/api/v1/channels"), m_keys.value(QStringLiteral("viewer")));
    QCOMPARE(list.json.value(QStringLiteral("channels"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("bot"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("failing"));

    m_bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_acknowledged.size()), 60000);
    checkOrderPerConversation();
    QTRY_VERIFY_WITH_TIMEOUT(bot().value(QStringLiteral("state")).toString() == QLatin1String("ok")
                                 && bot().value(QStringLiteral("backlog")).toInteger() == 0,
                             Timeout);
    const QJsonObject ok = bot();
    QCOMPARE(ok.value(QStringLiteral("last_status")).toInt(), 200);
    QCOMPARE(ok.value(QStringLiteral("consecutive_failures")).toInt(), 0);
    QVERIFY(ok.value(QStringLiteral("failing_since")).isNull());
    QVERIFY(ok.value(QStringLiteral("last_success_at")).isString());
    QVERIFY(ok.value(QStringLiteral("oldest_waiting_at")).isNull());
    QVERIFY(ok.value(QStringLiteral("p50_ms")).isDouble());
    const double rate = ok.value(QStringLiteral("success_rate")).toDouble();
    QVERIFY(rate > 0 && rate < 1);
}

void TestServeBotHealth::testSlowBotShowsSlow()
{
    // p95 over the hour's answers, nearest rank: with 6 fast answers before, 2 slow are enough.
    m_bot.setDelayMs(2300);
    const int before = m_bot.acceptedCount();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(deliver(m_next++), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), before + 3, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bot().value(QStringLiteral("state")).toString(), QStringLiteral("slow"),
                              Timeout);
    QVERIFY(bot().value(QStringLiteral("p95_ms")).toInteger() > 2000);
}

void TestServeBotHealth::testRemoteConsoleFollowsTheBot()
{
    const auto operatorDesk = attach(QStringLiteral("operator"));
    const auto viewerDesk = attach(QStringLiteral("viewer"));
    QCOMPARE(operatorDesk->connection().state, DeskConnection::State::Connected);
    // From the snapshot: what the server says now.
    QCOMPARE(BotHealth::stateName(operatorDesk->botHealth(channelId).state),
             bot().value(QStringLiteral("state")).toString());
    QVERIFY(operatorDesk->botHealth(channelId).p95Ms > 2000);
    QCOMPARE(int(operatorDesk->botHealth(QStringLiteral("nope")).state), int(BotHealth::State::Paused));

    // From the stream: failing shows well before the next snapshot poll (15 s).
    QSignalSpy changed(viewerDesk.get(), &Desk::botHealthChanged);
    m_bot.setStatus(500);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(deliver(m_next++), 200);
    QTRY_VERIFY_WITH_TIMEOUT(viewerDesk->botHealth(channelId).state == BotHealth::State::Failing, 10000);
    const BotHealth failing = viewerDesk->botHealth(channelId);
    QCOMPARE(failing.lastStatusCode, 500);
    QVERIFY(failing.lastAnswer.contains(QLatin1String("bot is down")));
    QVERIFY(failing.backlog > 0 || failing.consecutiveFailures >= 3);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toString(), channelId);

    // The history through the console verb, for a viewer too.
    const auto history = TestEnvironment::waitFor(viewerDesk->botHistory(channelId));
    QVERIFY2(history.ok(), qPrintable(history.ok() ? QString() : history.error().message));
    int forwarded = 0;
    int failed = 0;
    for (const BotMinute& minute : history.value()) {
        QVERIFY(minute.minute.isValid());
        forwarded += minute.forwarded;
        failed += minute.failed;
    }
    QCOMPARE(forwarded, m_bot.acceptedCount());
    QVERIFY(failed >= 3);
    const auto unknown = TestEnvironment::waitFor(viewerDesk->botHistory(QStringLiteral("nope")));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("nope")));

    // Retrying parked deliveries needs an operator: the server refuses a viewer's key.
    const ServeProcess::Reply refused
        = m_serve->post(QStringLiteral("/api/v1/console/retryParked"), m_keys.value(QStringLiteral("viewer")),
                        {{QStringLiteral("channel"), channelId}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), QStringLiteral("FORBIDDEN"));
    QVERIFY(!TestEnvironment::waitFor(viewerDesk->retryParkedForwards(channelId)).ok());
    const auto retried = TestEnvironment::waitFor(operatorDesk->retryParkedForwards(channelId));
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
    QCOMPARE(retried.value(), 0); // nothing parked: failing deliveries still wait
    const auto retriedUnknown
        = TestEnvironment::waitFor(operatorDesk->retryParkedForwards(QStringLiteral("nope")));
    QVERIFY(!retriedUnknown.ok());
    QVERIFY(retriedUnknown.error().message.contains(QLatin1String("nope")));

    m_bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), int(m_acknowledged.size()), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(viewerDesk->botHealth(channelId).state != BotHealth::State::Failing
                                 && viewerDesk->botHealth(channelId).backlog == 0,
                             Timeout);
    checkOrderPerConversation();
}

void TestServeBotHealth::testParkedDeliveriesAreSentAgain()
{
    m_bot.setStatus(500);
    const int refused = m_bot.refusedCount();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(deliver(m_next++), 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_bot.refusedCount() >= refused + 2, Timeout);
    // Parked as after the maximum age (days), with serve stopped: the journal is then ours alone.
    m_serve->stop();
    {
        ForwardQueue queue(DataDirectory::journalPath(m_home.filePath(QStringLiteral("data"))));
        QVERIFY(queue.open().ok());
        const auto waiting = queue.waitingAfter(0, 100);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting.value().size(), 2);
        QList<qint64> ids;
        for (const ForwardItem& item : waiting.value())
            ids.append(item.deliveryId);
        QVERIFY(queue.park(ids, QDateTime::currentDateTimeUtc(), QStringLiteral("too old")).ok());
    }
    m_bot.setStatus(200);
    QVERIFY(m_serve->restart());
    QTRY_COMPARE_WITH_TIMEOUT(bot().value(QStringLiteral("parked")).toInteger(), 2, Timeout);
    QCOMPARE(bot().value(QStringLiteral("backlog")).toInteger(), 0);
    const int accepted = m_bot.acceptedCount();

    const QString retryPath = QStringLiteral("/api/v1/channels/fwd/forward/retry");
    const ServeProcess::Reply viewer = m_serve->post(retryPath, m_keys.value(QStringLiteral("viewer")), {});
    QCOMPARE(viewer.status, 403);
    const ServeProcess::Reply unknown = m_serve->post(QStringLiteral("/api/v1/channels/nope/forward/retry"),
                                                      m_keys.value(QStringLiteral("operator")), {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), QStringLiteral("UNKNOWN_CHANNEL"));
    const ServeProcess::Reply retried
        = m_serve->post(retryPath, m_keys.value(QStringLiteral("operator")), {});
    QVERIFY2(retried.status == 200, retried.body.constData());
    QCOMPARE(retried.json.value(QStringLiteral("requeued")).toInteger(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(m_bot.acceptedCount(), accepted + 2, Timeout);
    checkOrderPerConversation();
    QTRY_VERIFY_WITH_TIMEOUT(bot().value(QStringLiteral("parked")).toInteger() == 0
                                 && bot().value(QStringLiteral("backlog")).toInteger() == 0,
                             Timeout);

    const ServeProcess::Reply audit
        = m_serve->get(QStringLiteral("/api/v1/audit?limit=50"), m_keys.value(QStringLiteral("admin")));
    QStringList retries;
    for (const QJsonValue& entry : audit.json.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject e = entry.toObject();
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("forward.retry"))
            retries.append(e.value(QStringLiteral("key")).toString() + QLatin1Char(' ')
                           + e.value(QStringLiteral("target")).toString() + QLatin1Char(' ')
                           + e.value(QStringLiteral("result")).toString());
    }
    QVERIFY2(retries.contains(QStringLiteral("bot-operator fwd ok: 2 requeued")),
             qPrintable(retries.join(u'|')));
    QVERIFY2(retries.contains(QStringLiteral("bot-operator fwd ok: 0 requeued")),
             qPrintable(retries.join(u'|')));
}

QTEST_GUILESS_MAIN(TestServeBotHealth)
#include "TestServeBotHealth.moc"
