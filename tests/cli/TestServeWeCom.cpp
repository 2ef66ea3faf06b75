// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A real `channeldesk serve` with three WeCom apps: two of two corps on the shared /wecom/callback
// and one on its own path. WeCom's side is played by WeComCallbackSigner (encrypted, signed
// callbacks over loopback HTTP) and FakeWeComApi (gettoken, message/send, agent/get).
#include "FakeWeComApi.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WeComCallbackSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct AppSpec
{
    QString id;
    QByteArray corp;
    QByteArray token;
    QString key;
    QString secret;
    qint64 agent;
};

const AppSpec corpA{QStringLiteral("corp-a"),
                    "wwa1b2c3d4e5f6a7b8",
                    "tokenA1",
                    QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"),
                    QStringLiteral("secretA_0123456789abcdefghijklmnopqrstuvwxy"),
                    1000002};
const AppSpec corpB{QStringLiteral("corp-b"),
                    "wwb1b2c3d4e5f6a7b8",
                    "tokenB1",
                    QStringLiteral("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt"),
                    QStringLiteral("secretB_0123456789abcdefghijklmnopqrstuvwxy"),
                    1000003};
const AppSpec solo{QStringLiteral("solo"),
                   "wwc1b2c3d4e5f6a7b8",
                   "tokenC1",
                   QStringLiteral("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"),
                   QStringLiteral("secretC_0123456789abcdefghijklmnopqrstuvwxy"),
                   1000004};

} // namespace

class TestServeWeCom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { m_api.setIpAllowed(true); }
    void testHandshakeOnBothPaths();
    void testCallbacksFromEachCorpAreStoredOnce();
    void testHostileCallbacksAreRefused();
    void testRepliesGoThroughTheApi();
    void testAllowlistRefusesBeforeAnyRequest();
    void testCliSplitsLongChineseText();
    void testExpiredTokenIsRefreshedOnce();
    void testIpNotTrustedIsExplained();
    void testTestCommandShowsTheAppsName();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    Answer call(const QByteArray& method, const QString& path, const WeComCallbackSigner::Signed& s,
                const QByteArray& body = {});
    WeComCallbackSigner signer(const AppSpec& app) const { return {app.token, app.key, app.corp}; }
    QList<QJsonObject> log(const QString& channelId) const;

    QTemporaryDir m_home;
    FakeWeComApi m_api;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_sender;
    QNetworkAccessManager m_network;
    int m_nonce = 0;
};

void TestServeWeCom::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_api.start());
    for (const AppSpec& app : {corpA, corpB, solo})
        m_api.addApp({QString::fromLatin1(app.corp),
                      app.secret,
                      app.agent,
                      QStringLiteral("App ") + app.id,
                      {},
                      {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}});
    m_serve = ServeProcess::inHome(m_home.path());
    const QString admin = m_serve->createKey(QStringLiteral("admin"), QStringLiteral("admin"));
    m_sender = m_serve->createKey(QStringLiteral("bot"), QStringLiteral("sender"));
    QVERIFY(m_serve->start());
    QJsonArray apps;
    for (const AppSpec& app : {corpA, corpB, solo}) {
        QJsonObject entry{{QStringLiteral("name"), app.id},
                          {QStringLiteral("corp_id"), QString::fromLatin1(app.corp)},
                          {QStringLiteral("agent_id"), QString::number(app.agent)},
                          {QStringLiteral("corp_secret"), app.secret},
                          {QStringLiteral("token"), QString::fromLatin1(app.token)},
                          {QStringLiteral("encoding_aes_key"), app.key},
                          {QStringLiteral("public_base_url"), QStringLiteral("https://desk.example.com")},
                          {QStringLiteral("api_base_url"), m_api.baseUrl().toString()}};
        if (app.id == corpA.id)
            entry.insert(QStringLiteral("allowed_users"), QJsonArray{QStringLiteral("alice")});
        else
            entry.insert(QStringLiteral("allow_all_users"), true);
        apps.append(entry);
    }
    const auto created = m_serve->post(QStringLiteral("/api/v1/channels"), admin,
                                       {{QStringLiteral("messaging-wecom"), apps}});
    QVERIFY2(created.status == 201, created.body.constData());
    // Served once the receiver has read the new channels' secrets.
    const auto probe = signer(solo).get("1", QDateTime::currentSecsSinceEpoch(), "probe");
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("/wecom/solo/callback"), probe).status, 200, 15000);
}

void TestServeWeCom::cleanupTestCase()
{
    m_serve->stop();
    const QByteArray files = TestEnvironment::allFileContents(m_home.path());
    const QString serveLog = m_serve->log();
    for (const AppSpec& app : {corpA, corpB, solo}) {
        QVERIFY(!serveLog.contains(app.secret));
        QVERIFY(!files.contains(app.secret.toUtf8()));
        QVERIFY(!files.contains(app.key.toUtf8()));
    }
    for (const QString& token : m_api.issuedTokens()) {
        QVERIFY(!serveLog.contains(token));
        QVERIFY(!files.contains(token.toUtf8()));
    }
}

TestServeWeCom::Answer TestServeWeCom::call(const QByteArray& method, const QString& path,
                                            const WeComCallbackSigner::Signed& s, const QByteArray& body)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_serve->webhookPort()).arg(path));
    url.setQuery(s.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body.isNull() ? s.body : body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

QList<QJsonObject> TestServeWeCom::log(const QString& channelId) const
{
    const auto run = m_serve->cli(
        {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--channel"), channelId});
    QList<QJsonObject> lines;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

void TestServeWeCom::testHandshakeOnBothPaths()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Each corp's app on the shared path: the one whose Token matches answers with its echostr.
    for (const AppSpec& app : {corpA, corpB}) {
        const auto get = signer(app).get("5927782489442352469", now, QByteArray::number(++m_nonce));
        const Answer answer = call("GET", QStringLiteral("/wecom/callback"), get);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("5927782489442352469")); // bare: no quotes, no newline
    }
    const auto own = signer(solo).get("1288432023552776189", now, "n-solo");
    QCOMPARE(call("GET", QStringLiteral("/wecom/solo/callback"), own).body,
             QByteArray("1288432023552776189"));
    // Another app's Token on the own path, an unknown id, and a Cloud API-shaped id.
    const auto foreign = signer(corpA).get("1", now, "n-foreign");
    QCOMPARE(call("GET", QStringLiteral("/wecom/solo/callback"), foreign).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/wecom/nosuch/callback"), own).status, 404);
    const WeComCallbackSigner stranger("nobody", solo.key, solo.corp);
    QCOMPARE(call("GET", QStringLiteral("/wecom/callback"), stranger.get("1", now, "n-x")).status, 401);
}

void TestServeWeCom::testCallbacksFromEachCorpAreStoredOnce()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray text
        = WeComCallbackSigner::textXml(corpA.corp, "alice", now, "你好，我想退货", "4561255354251345929");
    const auto post = signer(corpA).post(text, now, "n-a1");
    // WeCom sends again when it did not hear back in time: the same MsgId is stored once.
    for (int i = 0; i < 3; ++i) {
        const Answer answer = call("POST", QStringLiteral("/wecom/callback"), post);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("success"));
    }
    const QByteArray event = WeComCallbackSigner::eventXml(corpB.corp, "carol", now, "enter_agent");
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            call("POST", QStringLiteral("/wecom/callback"), signer(corpB).post(event, now, "n-b1")).status,
            200);
    const QByteArray soloText = WeComCallbackSigner::textXml(solo.corp, "alice", now, "hi solo", "77");
    QCOMPARE(
        call("POST", QStringLiteral("/wecom/solo/callback"), signer(solo).post(soloText, now, "n-c")).status,
        200);
    // A member outside corp-a's allowlist: stored all the same (and never answered).
    const QByteArray fromBob = WeComCallbackSigner::textXml(corpA.corp, "bob", now, "let me in", "88");
    QCOMPARE(call("POST", QStringLiteral("/wecom/corp-a/callback"), signer(corpA).post(fromBob, now, "n-a2"))
                 .status,
             200);

    QList<QJsonObject> a;
    QTRY_COMPARE_WITH_TIMEOUT((a = log(corpA.id)).size(), 2, 15000);
    const QJsonObject first
        = a.at(0).value(QStringLiteral("peer")) == QLatin1String("alice") ? a.at(0) : a.at(1);
    QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(first.value(QStringLiteral("message_id")).toString(), QStringLiteral("4561255354251345929"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("你好，我想退货"));
    QCOMPARE(first.value(QStringLiteral("timestamp")).toString(),
             QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate));
    QList<QJsonObject> b;
    QTRY_COMPARE_WITH_TIMEOUT((b = log(corpB.id)).size(), 1, 15000);
    QCOMPARE(b.at(0).value(QStringLiteral("peer")).toString(), QStringLiteral("carol"));
    QCOMPARE(b.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("event"));
    QCOMPARE(b.at(0).value(QStringLiteral("subtype")).toString(), QStringLiteral("enter_agent"));
    QTRY_COMPARE_WITH_TIMEOUT(log(solo.id).size(), 1, 15000);
}

void TestServeWeCom::testHostileCallbacksAreRefused()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray text = WeComCallbackSigner::textXml(corpA.corp, "alice", now - 600, "old", "9001");
    // Signed correctly, but ten minutes old: a replay.
    QCOMPARE(
        call("POST", QStringLiteral("/wecom/callback"), signer(corpA).post(text, now - 600, "n-old")).status,
        401);
    const auto fresh = signer(corpA).post(text, now, "n-fresh");
    QCOMPARE(call("POST", QStringLiteral("/wecom/callback"), fresh, "this is not XML").status, 400);
    // Encrypted with corp-a's Token and key for another corp's receive id.
    const WeComCallbackSigner otherCorp(corpA.token, corpA.key, "wwz9z9z9z9z9z9z9z9");
    QCOMPARE(call("POST", QStringLiteral("/wecom/corp-a/callback"), otherCorp.post(text, now, "n-z")).status,
             403);
    QCOMPARE(call("POST", QStringLiteral("/wecom/nosuch/callback"), fresh).status, 404);
    QVERIFY(m_serve->isRunning());
    // None of them reached the log.
    for (const QJsonObject& line : log(corpA.id))
        QVERIFY(line.value(QStringLiteral("message_id")).toString() != QLatin1String("9001"));
}

void TestServeWeCom::testRepliesGoThroughTheApi()
{
    const int before = int(m_api.delivered().size());
    const auto sent = m_serve->post(QStringLiteral("/api/v1/channels/corp-a/messages?wait=20"), m_sender,
                                    {{QStringLiteral("to"), QStringLiteral("alice")},
                                     {QStringLiteral("text"), QStringLiteral("您的退货已受理")}});
    QVERIFY2(sent.status == 200, sent.body.constData());
    QCOMPARE(sent.code(), QStringLiteral("OK"));
    const auto delivered = m_api.delivered();
    QCOMPARE(delivered.size(), before + 1);
    QCOMPARE(delivered.last().touser, QStringLiteral("alice"));
    QCOMPARE(delivered.last().content, QStringLiteral("您的退货已受理"));
    QCOMPARE(delivered.last().msgtype, QStringLiteral("text"));
    QVERIFY(delivered.last().agentIdIsInteger);
    QCOMPARE(delivered.last().agentId, corpA.agent);
    // The reply is in the log, after the message it answers.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject& line : log(corpA.id)) {
                if (line.value(QStringLiteral("direction")) == QLatin1String("out")
                    && line.value(QStringLiteral("text")).toString() == QStringLiteral("您的退货已受理"))
                    return true;
            }
            return false;
        }(),
        10000);
    // The status shows the token the send fetched and the last callback.
    const QJsonObject weCom = m_serve->get(QStringLiteral("/api/v1/channels/corp-a/status"), m_sender)
                                  .json.value(QStringLiteral("wecom"))
                                  .toObject();
    QCOMPARE(weCom.value(QStringLiteral("token")).toString(), QStringLiteral("valid"));
    QVERIFY(
        QDateTime::fromString(weCom.value(QStringLiteral("token_expires_at")).toString(), Qt::ISODateWithMs)
        > QDateTime::currentDateTimeUtc());
    QVERIFY(!weCom.value(QStringLiteral("last_callback_at")).isNull());
}

void TestServeWeCom::testAllowlistRefusesBeforeAnyRequest()
{
    const int requests = m_api.requestCount();
    const auto refused = m_serve->post(
        QStringLiteral("/api/v1/channels/corp-a/messages"), m_sender,
        {{QStringLiteral("to"), QStringLiteral("bob")}, {QStringLiteral("text"), QStringLiteral("hello")}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), QStringLiteral("NOT_ALLOWED"));
    const auto cli = m_serve->cli({QStringLiteral("send"), QStringLiteral("--channel"), corpA.id,
                                   QStringLiteral("--to"), QStringLiteral("bob"), QStringLiteral("--text"),
                                   QStringLiteral("hello"), QStringLiteral("--json")});
    QCOMPARE(cli.exitCode, 17);
    QCOMPARE(cli.json().value(QStringLiteral("code")).toString(), QStringLiteral("NOT_ALLOWED"));
    QCOMPARE(m_api.requestCount(), requests);
}

void TestServeWeCom::testCliSplitsLongChineseText()
{
    QString text;
    while (text.toUtf8().size() < 5000)
        text += QStringLiteral("企业微信自建应用回调消息测试。");
    const int before = int(m_api.delivered().size());
    const auto cli
        = m_serve->cli({QStringLiteral("send"), QStringLiteral("--channel"), corpB.id, QStringLiteral("--to"),
                        QStringLiteral("carol"), QStringLiteral("--text"), text});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    const auto delivered = m_api.delivered().mid(before);
    QCOMPARE(delivered.size(), 3);
    QString joined;
    for (const auto& part : delivered) {
        QVERIFY(part.content.toUtf8().size() <= 2048);
        QCOMPARE(part.touser, QStringLiteral("carol"));
        joined += part.content;
    }
    QCOMPARE(joined, text);
}

void TestServeWeCom::testExpiredTokenIsRefreshedOnce()
{
    const int tokens = m_api.gettokenCount();
    const int before = int(m_api.delivered().size());
    m_api.invalidateTokens(42001);
    const auto sent = m_serve->post(QStringLiteral("/api/v1/channels/corp-b/messages?wait=20"), m_sender,
                                    {{QStringLiteral("to"), QStringLiteral("carol")},
                                     {QStringLiteral("text"), QStringLiteral("after expiry")}});
    QVERIFY2(sent.status == 200, sent.body.constData());
    QCOMPARE(m_api.gettokenCount(), tokens + 1);
    QCOMPARE(m_api.delivered().size(), before + 1);
}

void TestServeWeCom::testIpNotTrustedIsExplained()
{
    m_api.setIpAllowed(false);
    const auto sent = m_serve->post(
        QStringLiteral("/api/v1/channels/solo/messages?wait=20"), m_sender,
        {{QStringLiteral("to"), QStringLiteral("alice")}, {QStringLiteral("text"), QStringLiteral("hi")}});
    QVERIFY2(sent.status == 502, sent.body.constData());
    const QString error = sent.json.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QStringLiteral("60020")) && error.contains(QStringLiteral("203.0.113.9"))
                 && error.contains(QStringLiteral("企业可信IP")),
             qPrintable(error));
}

void TestServeWeCom::testTestCommandShowsTheAppsName()
{
    const auto ok = m_serve->cli({QStringLiteral("test"), QStringLiteral("--channel"), corpB.id});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("App corp-b")), qPrintable(ok.out));
    QVERIFY(!ok.out.contains(corpB.secret));
    m_api.setIpAllowed(false);
    const auto refused = m_serve->cli({QStringLiteral("test"), QStringLiteral("--channel"), corpB.id});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("60020"))
                 && refused.err.contains(QStringLiteral("203.0.113.9")),
             qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestServeWeCom)
#include "TestServeWeCom.moc"
