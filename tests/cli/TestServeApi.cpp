// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The server API of a real `channeldesk serve` on loopback with the real keychain: keys and roles,
// rate limits, revocation, channel setup, status, sending with its error codes, conversations and
// the audit log. Meta is the local Graph API stand-in.
#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Not shaped like a real token (EAA followed by 20+ alphanumerics), so no scanner flags it.
const QString token = QStringLiteral("EAA_FAKE_API_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('0'))
    + QStringLiteral("k9Z");
const QString customer = QStringLiteral("15557654321");
const QString channelsPath = QStringLiteral("/api/v1/channels");

QString path(const QString& tail)
{
    return QStringLiteral("/api/v1/channels/apidesk/") + tail;
}

} // namespace

class TestServeApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void testHealthNeedsNoKey();
    void testMissingOrWrongKeyIs401();
    void testRoleTooLowIs403();
    void testUnknownEndpointsAndBadBodies();
    void testChannelListAndStatus();
    void testSetupIsAllOrNothingAndNeverEchoesSecrets();
    void testSendErrorCodes();
    void testSendQueuesWaitsAndReports();
    void testTemplateHeaderAndButtons();
    void testTestMessageReportsHops();
    void testConversationsArePagedNewestFirst();
    void testRateLimitIs429WithRetryAfter();
    void testRevokedKeyStopsWorkingWithinASecond();
    void testMetaRefusingTheTokenIsAuthFailed();
    void testAuditRecordsChangesAndCountsRefusals();

private:
    void receive(const QString& text);

    QString m_binary;
    QTemporaryDir m_home;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys; //!< by role
    int m_received = 0;
};

void TestServeApi::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys = m_serve->createKeys(QStringLiteral("bot-"),
                                 {QStringLiteral("viewer"), QStringLiteral("sender"),
                                  QStringLiteral("operator"), QStringLiteral("admin")});
    for (const QString& key : std::as_const(m_keys))
        QVERIFY(key.startsWith(QStringLiteral("cdk_")));
    QVERIFY(m_serve->start());
    QVERIFY2(m_serve->log().contains(QStringLiteral("OS keychain")), qPrintable(m_serve->log()));
    // The channel is set up through the API: its secrets go to the server's keychain.
    const auto created = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")),
                                                  QStringLiteral("apidesk"), token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());
    QCOMPARE(created.json.value(QStringLiteral("channels")).toArray().first().toString(),
             QStringLiteral("apidesk"));
    QVERIFY(!created.body.contains(token.toUtf8()));
}

void TestServeApi::cleanupTestCase()
{
    m_serve->stop();
    // No secret or key anywhere: not in the log, not in any file of the data directory.
    const QString log = m_serve->log();
    const QByteArray files = TestEnvironment::allFileContents(m_home.path());
    QVERIFY(!log.contains(token) && !files.contains(token.toUtf8()));
    for (const QString& key : std::as_const(m_keys))
        QVERIFY2(!log.contains(key) && !files.contains(key.toUtf8()), qPrintable(key.left(8)));
}

void TestServeApi::cleanup()
{
    // What the server said is the first thing to read when a test here fails.
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_serve->log().right(6000);
}

void TestServeApi::receive(const QString& text)
{
    WebhookClient webhook(m_serve->webhookPort());
    const QString wamid = QStringLiteral("wamid.api-in-%1").arg(++m_received);
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), wamid, customer, QStringLiteral("Ana"), text,
        QDateTime::currentDateTimeUtc().addSecs(-60 + m_received));
    QCOMPARE(webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);
}

void TestServeApi::testHealthNeedsNoKey()
{
    const auto health = m_serve->get(QStringLiteral("/api/v1/health"), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.json.value(QStringLiteral("version")).toString().isEmpty());
    // The data directory's disk (issue 18): each file's size, the free space, the warning flag.
    const QJsonObject disk = health.json.value(QStringLiteral("disk")).toObject();
    QStringList names;
    for (const QJsonValue& file : disk.value(QStringLiteral("files")).toArray()) {
        names.append(file[QStringLiteral("name")].toString());
        QVERIFY(file[QStringLiteral("bytes")].toDouble() >= 0);
    }
    QVERIFY2(names.contains(QStringLiteral("channeldesk.sqlite")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("delivery-journal.sqlite")), qPrintable(names.join(u',')));
    QVERIFY(disk.value(QStringLiteral("data_bytes")).toDouble() > 0);
    QVERIFY(disk.value(QStringLiteral("free_bytes")).toDouble() > 0);
    QVERIFY(disk.value(QStringLiteral("low")).isBool());
}

void TestServeApi::testMissingOrWrongKeyIs401()
{
    const QStringList wrong{QString(), QStringLiteral("cdk_wrong"),
                            m_keys.value(QStringLiteral("admin")) + QLatin1Char('x')};
    for (const QString& key : wrong) {
        const auto refused = m_serve->get(channelsPath, key);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(refused.code(), QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!refused.json.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(refused.headers.value("www-authenticate").startsWith("Bearer"));
    }
}

void TestServeApi::testRoleTooLowIs403()
{
    struct Case
    {
        QString role;
        QByteArray method;
        QString path;
    };
    const QList<Case> refused{
        {QStringLiteral("viewer"), "POST", path(QStringLiteral("messages"))},
        {QStringLiteral("viewer"), "POST", path(QStringLiteral("test"))},
        {QStringLiteral("sender"), "POST", path(QStringLiteral("connect"))},
        {QStringLiteral("sender"), "POST", path(QStringLiteral("logout"))},
        {QStringLiteral("operator"), "POST", channelsPath},
        {QStringLiteral("operator"), "DELETE", QStringLiteral("/api/v1/channels/apidesk")},
        {QStringLiteral("operator"), "GET", QStringLiteral("/api/v1/keys")},
    };
    for (const Case& c : refused) {
        const auto reply = m_serve->request(c.method, c.path, m_keys.value(c.role), "{}");
        QVERIFY2(reply.status == 403, qPrintable(c.role + QLatin1Char(' ') + c.path));
        QCOMPARE(reply.code(), QStringLiteral("FORBIDDEN"));
        QVERIFY(reply.json.value(QStringLiteral("error")).toString().contains(c.role));
    }
    // Each role includes the ones before it.
    for (const QString& role : {QStringLiteral("viewer"), QStringLiteral("sender"),
                                QStringLiteral("operator"), QStringLiteral("admin")})
        QCOMPARE(m_serve->get(path(QStringLiteral("status")), m_keys.value(role)).status, 200);
    QCOMPARE(m_serve->get(QStringLiteral("/api/v1/keys"), m_keys.value(QStringLiteral("admin"))).status, 200);
}

void TestServeApi::testUnknownEndpointsAndBadBodies()
{
    const QString key = m_keys.value(QStringLiteral("admin"));
    QCOMPARE(m_serve->get(QStringLiteral("/api/v1/nothing"), key).status, 404);
    QCOMPARE(m_serve->get(QStringLiteral("/elsewhere"), key).status, 404);
    QCOMPARE(m_serve->get(QStringLiteral("/api/v1/channels/nope/status"), key).code(),
             QStringLiteral("UNKNOWN_CHANNEL"));
    const auto malformed = m_serve->request("POST", path(QStringLiteral("messages")), key, "{not json");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.code(), QStringLiteral("BAD_REQUEST"));
    const auto huge
        = m_serve->request("POST", path(QStringLiteral("messages")), key, QByteArray(2 * 1024 * 1024, 'x'));
    QCOMPARE(huge.status, 413);
    // The stream is only a WebSocket.
    QCOMPARE(m_serve->get(QStringLiteral("/api/v1/stream"), key).status, 400);
    QVERIFY(m_serve->isRunning());
}

void TestServeApi::testChannelListAndStatus()
{
    const auto list = m_serve->get(channelsPath, m_keys.value(QStringLiteral("viewer")));
    QCOMPARE(list.status, 200);
    const QJsonObject channel = list.json.value(QStringLiteral("channels")).toArray().first().toObject();
    QCOMPARE(channel.value(QStringLiteral("id")).toString(), QStringLiteral("apidesk"));
    QCOMPARE(channel.value(QStringLiteral("kind")).toString(), QStringLiteral("whatsapp-cloud"));
    QCOMPARE(channel.value(QStringLiteral("enabled")).toBool(), true);
    const QStringList words{QStringLiteral("starting"), QStringLiteral("connected"),
                            QStringLiteral("reconnecting"), QStringLiteral("failed"),
                            QStringLiteral("degraded")};
    QVERIFY2(words.contains(channel.value(QStringLiteral("state")).toString()), list.body.constData());
    // The Graph API stand-in answers the health check: the channel becomes connected.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_serve->get(path(QStringLiteral("status")), m_keys.value(QStringLiteral("viewer")))
            .json.value(QStringLiteral("state"))
            .toString(),
        QStringLiteral("connected"), 20000);
    const auto status = m_serve->get(path(QStringLiteral("status")), m_keys.value(QStringLiteral("viewer")));
    QCOMPARE(status.json.value(QStringLiteral("connected")).toBool(), true);
    QVERIFY(status.json.value(QStringLiteral("qr")).isNull());
    QVERIFY(status.json.value(QStringLiteral("pairing_code")).isNull());
    QCOMPARE(status.json.value(QStringLiteral("limits")).toObject().value(QStringLiteral("per_day")).toInt(),
             1000);
    QVERIFY(status.json.contains(QStringLiteral("since"))
            && status.json.contains(QStringLiteral("last_error")));
    // Linked-device actions on a Cloud API channel are refused, and say why.
    const auto connect
        = m_serve->post(path(QStringLiteral("connect")), m_keys.value(QStringLiteral("operator")), {});
    QCOMPARE(connect.status, 409);
    QCOMPARE(connect.code(), QStringLiteral("NOT_LINKED"));
}

void TestServeApi::testSetupIsAllOrNothingAndNeverEchoesSecrets()
{
    const QString admin = m_keys.value(QStringLiteral("admin"));
    const QJsonObject bad{{QStringLiteral("name"), QStringLiteral("second")},
                          {QStringLiteral("phone_number_id"), QStringLiteral("12ab")},
                          {QStringLiteral("access_token"), QStringLiteral("short")},
                          {QStringLiteral("verify_token"), QStringLiteral("v")},
                          {QStringLiteral("app_secret"), QStringLiteral("nothex")}};
    const auto refused = m_serve->post(channelsPath, admin, {{QStringLiteral("messaging-whatsapp"), bad}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.code(), QStringLiteral("INVALID_INPUT"));
    const QString errors
        = refused.json.value(QStringLiteral("errors")).toVariant().toStringList().join(QLatin1Char('\n'));
    for (const char* field : {"phone_number_id", "access_token", "app_secret"})
        QVERIFY2(errors.contains(QLatin1String(field)), qPrintable(errors));
    QCOMPARE(m_serve->get(channelsPath, admin).json.value(QStringLiteral("channels")).toArray().size(), 1);
    // A second channel of the same id is refused; details never include the secrets.
    const auto details = m_serve->get(QStringLiteral("/api/v1/channels/apidesk"), admin);
    QCOMPARE(details.status, 200);
    QVERIFY(!details.body.contains(token.toUtf8()));
    QVERIFY(!details.body.contains(TestEnvironment::appSecret().toUtf8()));
    QCOMPARE(details.json.value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("phone_number_id"))
                 .toString(),
             FakeGraphApiServer::phoneNumberId());
    // PATCH: a plain field, with every bad field named.
    const auto badPatch = m_serve->request("PATCH", QStringLiteral("/api/v1/channels/apidesk"), admin,
                                           R"({"name":"","fields":{"app_secret":"x","colour":"red"}})");
    QCOMPARE(badPatch.status, 422);
    QCOMPARE(badPatch.json.value(QStringLiteral("errors")).toArray().size(), 3);
    const auto renamed = m_serve->request("PATCH", QStringLiteral("/api/v1/channels/apidesk"), admin,
                                          R"({"name":"Support desk"})");
    QCOMPARE(renamed.status, 200);
    QTRY_COMPARE(m_serve->get(channelsPath, admin)
                     .json.value(QStringLiteral("channels"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Support desk"));
}

void TestServeApi::testSendErrorCodes()
{
    const QString sender = m_keys.value(QStringLiteral("sender"));
    const auto invalid = m_serve->post(
        path(QStringLiteral("messages")), sender,
        {{QStringLiteral("to"), QStringLiteral("12")}, {QStringLiteral("text"), QStringLiteral("hi")}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.code(), QStringLiteral("INVALID_NUMBER"));
    // Nobody wrote from this number in the last 24 h: free text is outside the window.
    const auto closed = m_serve->post(path(QStringLiteral("messages")), sender,
                                      {{QStringLiteral("to"), QStringLiteral("+1 555 000 2222")},
                                       {QStringLiteral("text"), QStringLiteral("hello")}});
    QCOMPARE(closed.status, 409);
    QCOMPARE(closed.code(), QStringLiteral("WINDOW_CLOSED"));
    const auto neither
        = m_serve->post(path(QStringLiteral("messages")), sender, {{QStringLiteral("to"), customer}});
    QCOMPARE(neither.status, 400);
    const auto unknown
        = m_serve->post(QStringLiteral("/api/v1/channels/nope/messages"), sender,
                        {{QStringLiteral("to"), customer}, {QStringLiteral("text"), QStringLiteral("x")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), QStringLiteral("UNKNOWN_CHANNEL"));
}

void TestServeApi::testSendQueuesWaitsAndReports()
{
    const QString sender = m_keys.value(QStringLiteral("sender"));
    receive(QStringLiteral("hola, ¿me ayudan?"));
    const QJsonObject text{{QStringLiteral("to"), QStringLiteral("+1 555 765-4321")},
                           {QStringLiteral("text"), QStringLiteral("¡Claro! ¿Qué necesita?")}};
    // The inbound message opens the 24 h window once it is built into the log.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_serve->get(QStringLiteral("/api/v1/conversations/apidesk/%1/messages").arg(customer), sender)
            .status,
        200, 10000);
    const auto accepted = m_serve->request("POST", path(QStringLiteral("messages?wait=10")), sender,
                                           QJsonDocument(text).toJson());
    QVERIFY2(accepted.status == 200, accepted.body.constData());
    QCOMPARE(accepted.code(), QStringLiteral("OK"));
    QVERIFY(
        accepted.json.value(QStringLiteral("message_id")).toString().startsWith(QStringLiteral("wamid.")));
    const qint64 id = accepted.json.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const auto queued = m_serve->post(path(QStringLiteral("messages")), sender, text);
    QCOMPARE(queued.status, 202);
    QVERIFY(!queued.json.value(QStringLiteral("state")).toString().isEmpty());
    // The queued send reaches Meta later; let it settle so the next test counts only its own requests.
    const qint64 queuedId = queued.json.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_serve->get(path(QStringLiteral("messages/%1").arg(queuedId)), sender)
                                  .json.value(QStringLiteral("message_id"))
                                  .toString()
                                  .isEmpty(),
                             10000);
    const auto state
        = m_serve->get(path(QStringLiteral("messages/%1").arg(id)), m_keys.value(QStringLiteral("viewer")));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(QStringLiteral("message_id")).toString(),
             accepted.json.value(QStringLiteral("message_id")).toString());
    QCOMPARE(state.json.value(QStringLiteral("to")).toString(), customer);
    QCOMPARE(m_serve->get(path(QStringLiteral("messages/999999")), sender).code(),
             QStringLiteral("UNKNOWN_MESSAGE"));
}

void TestServeApi::testTemplateHeaderAndButtons()
{
    const QString sender = m_keys.value(QStringLiteral("sender"));
    const QString to = QStringLiteral("+1 555 000 4444");
    const auto sendTemplate = [&](const QJsonArray& buttons) {
        const QJsonObject tmpl{
            {QStringLiteral("name"), QStringLiteral("order_shipped")},
            {QStringLiteral("language"), QStringLiteral("en_US")},
            {QStringLiteral("params"), QJsonArray{QStringLiteral("Ana"), QStringLiteral("A-1001")}},
            {QStringLiteral("header"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                         {QStringLiteral("link"), QStringLiteral("https://cdn.example.com/a.jpg")}}},
            {QStringLiteral("buttons"), buttons}};
        return m_serve->request(
            "POST", path(QStringLiteral("messages?wait=10")), sender,
            QJsonDocument(QJsonObject{{QStringLiteral("to"), to}, {QStringLiteral("template"), tmpl}})
                .toJson());
    };
    // A limit is answered at once, with the field and the limit, and nothing reaches Meta.
    const int before = int(m_graph.messageBodies().size());
    const auto tooLong = sendTemplate(
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("url")},
                               {QStringLiteral("index"), 1},
                               {QStringLiteral("url_suffix"), QString(2001, QLatin1Char('x'))}}});
    QCOMPARE(tooLong.status, 400);
    QVERIFY2(tooLong.json.value(QStringLiteral("error")).toString().contains(QLatin1String("at most 2000")),
             tooLong.body.constData());
    QCOMPARE(int(m_graph.messageBodies().size()), before);

    const auto accepted
        = sendTemplate(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("quick_reply")},
                                              {QStringLiteral("payload"), QStringLiteral("TRACK")}},
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("url")},
                                              {QStringLiteral("index"), 2},
                                              {QStringLiteral("url_suffix"), QStringLiteral("A-1001")}}});
    QVERIFY2(accepted.status == 200, accepted.body.constData());
    const QJsonArray components = m_graph.messageBodies()
                                      .constLast()
                                      .value(QLatin1String("template"))
                                      .toObject()
                                      .value(QLatin1String("components"))
                                      .toArray();
    // Raw strings stay out of the test macros: moc's preprocessor does not know them.
    const QJsonObject quickReply
        = QJsonDocument::fromJson(
              R"({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"TRACK"}]})")
              .object();
    const QJsonObject url
        = QJsonDocument::fromJson(
              R"({"type":"button","sub_type":"url","index":"2","parameters":[{"type":"text","text":"A-1001"}]})")
              .object();
    QCOMPARE(components.size(), 4);
    QCOMPARE(components.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("header"));
    QCOMPARE(components.at(2).toObject(), quickReply);
    QCOMPARE(components.at(3).toObject(), url);
    // The history answers the template's structure with the message.
    const auto history
        = m_serve->get(QStringLiteral("/api/v1/conversations/apidesk/15550004444/messages"), sender);
    QCOMPARE(history.status, 200);
    const QJsonArray messages = history.json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1); // the refused send left nothing behind
    const QJsonObject sent = messages.first().toObject().value(QStringLiteral("template")).toObject();
    QCOMPARE(sent.value(QStringLiteral("name")).toString(), QStringLiteral("order_shipped"));
    QCOMPARE(sent.value(QStringLiteral("header")).toObject().value(QStringLiteral("link")).toString(),
             QStringLiteral("https://cdn.example.com/a.jpg"));
    QCOMPARE(sent.value(QStringLiteral("buttons")).toArray().size(), 2);
}

void TestServeApi::testTestMessageReportsHops()
{
    const auto test = m_serve->request("POST", path(QStringLiteral("test?wait=20")),
                                       m_keys.value(QStringLiteral("sender")),
                                       QJsonDocument(QJsonObject{{QStringLiteral("to"), customer}}).toJson());
    QVERIFY2(test.status == 200 || test.status == 202, test.body.constData());
    const QJsonArray hops = test.json.value(QStringLiteral("hops")).toArray();
    QVERIFY2(hops.size() >= 2, test.body.constData());
    QCOMPARE(hops.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("queued"));
    QCOMPARE(hops.at(1).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("accepted"));
}

void TestServeApi::testConversationsArePagedNewestFirst()
{
    const QString viewer = m_keys.value(QStringLiteral("viewer"));
    receive(QStringLiteral("otra pregunta"));
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->get(QStringLiteral("/api/v1/conversations?q=pregunta"), viewer)
                                     .json.value(QStringLiteral("matches"))
                                     .toArray()
                                     .size()
                                 == 1,
                             10000);
    const auto conversations = m_serve->get(QStringLiteral("/api/v1/conversations?channel=apidesk"), viewer);
    QCOMPARE(conversations.status, 200);
    // The newest conversation is the customer's: a message arrived just now.
    const QJsonObject first
        = conversations.json.value(QStringLiteral("conversations")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("peer")).toString(), customer);
    QCOMPARE(first.value(QStringLiteral("peer_name")).toString(), QStringLiteral("Ana"));
    QCOMPARE(first.value(QStringLiteral("channel")).toString(), QStringLiteral("apidesk"));
    const QString messages
        = QStringLiteral("/api/v1/conversations/apidesk/%1/messages?limit=2").arg(customer);
    const auto page = m_serve->get(messages, viewer);
    QCOMPARE(page.status, 200);
    const QJsonArray rows = page.json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("timestamp")).toString()
            >= rows.at(1).toObject().value(QStringLiteral("timestamp")).toString());
    const QString before = page.json.value(QStringLiteral("next_before")).toString();
    QVERIFY(!before.isEmpty());
    const auto older = m_serve->get(messages + QStringLiteral("&before=") + before, viewer);
    QCOMPARE(older.status, 200);
    QVERIFY(!older.json.value(QStringLiteral("messages")).toArray().isEmpty());
    QVERIFY(older.json.value(QStringLiteral("messages")).toArray().first() != rows.at(1));
    QCOMPARE(
        m_serve->get(QStringLiteral("/api/v1/conversations/apidesk/19999999999/messages"), viewer).status,
        404);
    QCOMPARE(m_serve->get(messages + QStringLiteral("&before=yesterday"), viewer).status, 400);
}

void TestServeApi::testRateLimitIs429WithRetryAfter()
{
    const QString slow = m_serve->createKey(QStringLiteral("slow"), QStringLiteral("viewer"), 3);
    m_keys.insert(QStringLiteral("slow"), slow);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_serve->get(channelsPath, slow).status, 200);
    const auto limited = m_serve->get(channelsPath, slow);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("RATE_LIMITED"));
    QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
    // Other keys are not affected.
    QCOMPARE(m_serve->get(channelsPath, m_keys.value(QStringLiteral("viewer"))).status, 200);
}

void TestServeApi::testRevokedKeyStopsWorkingWithinASecond()
{
    const QString doomed = m_serve->createKey(QStringLiteral("doomed"), QStringLiteral("viewer"));
    m_keys.insert(QStringLiteral("doomed"), doomed);
    QCOMPARE(m_serve->get(channelsPath, doomed).status, 200);
    QCOMPARE(
        m_serve->cli({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("doomed")}).exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(m_serve->get(channelsPath, doomed).status, 401, 1000);
}

void TestServeApi::testMetaRefusingTheTokenIsAuthFailed()
{
    // Last of the sends: after Meta refused the token, the channel sends nothing until it is replaced.
    const QString sender = m_keys.value(QStringLiteral("sender"));
    m_graph.queueError(190, QStringLiteral("/messages"));
    const auto refused = m_serve->request(
        "POST", path(QStringLiteral("messages?wait=10")), sender,
        QJsonDocument(QJsonObject{{QStringLiteral("to"), QStringLiteral("+1 555 000 3333")},
                                  {QStringLiteral("template"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                               {QStringLiteral("language"), QStringLiteral("en_US")}}}})
            .toJson());
    QCOMPARE(refused.status, 502);
    QCOMPARE(refused.code(), QStringLiteral("AUTH_FAILED"));
    QVERIFY(refused.json.value(QStringLiteral("error")).toString().size() > 10);
}

void TestServeApi::testAuditRecordsChangesAndCountsRefusals()
{
    const ServeProcess::Run audit = m_serve->cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = audit.json().value(QStringLiteral("entries")).toArray();
    QSet<QString> seen;
    for (const QJsonValue& entry : entries) {
        const QJsonObject e = entry.toObject();
        seen << e.value(QStringLiteral("action")).toString() + QLatin1Char(':')
                + e.value(QStringLiteral("key")).toString();
        if (e.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("bot-")))
            QCOMPARE(e.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));
    }
    for (const char* expected : {"channel.create:bot-admin", "channel.change:bot-admin", "send:bot-sender",
                                 "test:bot-sender", "connect:bot-operator"})
        QVERIFY2(seen.contains(QLatin1String(expected)),
                 qPrintable(QStringList(seen.begin(), seen.end()).join(QLatin1Char(' '))));
    QMap<int, int> refused;
    for (const QJsonValue& count : audit.json().value(QStringLiteral("refusals")).toArray())
        refused[count[QStringLiteral("status")].toInt()] += count[QStringLiteral("count")].toInt();
    // Flushed every two seconds: 401s, 403s and the 429 of the tests above.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            refused.clear();
            const auto again = m_serve->cli({QStringLiteral("audit"), QStringLiteral("--json")}).json();
            for (const QJsonValue& count : again.value(QStringLiteral("refusals")).toArray())
                refused[count[QStringLiteral("status")].toInt()] += count[QStringLiteral("count")].toInt();
            return refused.value(401) >= 3 && refused.value(403) >= 7 && refused.value(429) >= 1;
        }(),
        10000);
}

QTEST_GUILESS_MAIN(TestServeApi)
#include "TestServeApi.moc"
