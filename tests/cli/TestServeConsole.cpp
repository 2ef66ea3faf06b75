// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console protocol of a real `channeldesk serve` (POST /api/v1/console/VERB), the endpoints a
// remote window works through: the role table, the snapshot and its cursor, conversations after a
// webhook delivery, sending as the key (never as what the client claims, never a local file),
// channel setup with its stream event, secrets masked except the verify token, and media.
#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "wire/ChannelWire.h"
#include "wire/MessageWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace ChannelDesk;

namespace {

// Not shaped like a real token (EAA followed by 20+ alphanumerics), so no scanner flags it.
const QString token = QStringLiteral("EAA_FAKE_CONSOLE_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('0'))
    + QStringLiteral("q7W");
const QString customer = QStringLiteral("15557654321");

template <typename T> QList<T> listOf(const ServeProcess::Reply& reply, const QString& key)
{
    QList<T> values;
    if (!fromWireArray(reply.json.value(key), &values))
        qWarning() << "Not a list of values:" << reply.body;
    return values;
}

QStringList idsOf(const QList<Channel>& channels)
{
    QStringList ids;
    for (const Channel& channel : channels)
        ids.append(channel.id);
    return ids;
}

} // namespace

class TestServeConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void testRoleTable();
    void testMalformedBodies();
    void testSessionAndSnapshot();
    void testConversationsAfterADelivery();
    void testSendGoesOutAsTheKey();
    void testSendRefusesALocalFile();
    void testSaveChannelsIsSeenOnTheStream();
    void testReadSecretMasksAllButTheVerifyToken();
    void testMediaComesAsBase64();
    void testChangesAreAudited();

private:
    ServeProcess::Reply console(const QString& verb, const QString& role, const QJsonObject& body = {}) const
    {
        return m_serve->post(QStringLiteral("/api/v1/console/") + verb, m_keys.value(role), body);
    }
    qint64 conversationId();

    QString m_binary;
    QTemporaryDir m_home;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys; //!< by role
};

void TestServeConsole::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys
        = m_serve->createKeys(QStringLiteral("con-"),
                              {QStringLiteral("viewer"), QStringLiteral("sender"), QStringLiteral("admin")});
    for (const QString& key : std::as_const(m_keys))
        QVERIFY(key.startsWith(QStringLiteral("cdk_")));
    QVERIFY(m_serve->start());
    const auto created = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")),
                                                  QStringLiteral("condesk"), token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestServeConsole::cleanupTestCase()
{
    m_serve->stop();
    QVERIFY(!m_serve->log().contains(token));
    QVERIFY(!TestEnvironment::allFileContents(m_home.path()).contains(token.toUtf8()));
}

void TestServeConsole::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_serve->log().right(6000);
}

qint64 TestServeConsole::conversationId()
{
    const auto with = console(
        QStringLiteral("conversationWith"), QStringLiteral("viewer"),
        {{QStringLiteral("channel"), QStringLiteral("condesk")}, {QStringLiteral("peer"), customer}});
    ConversationRow row;
    return fromWire(with.json.value(QStringLiteral("row")), &row) ? row.id : 0;
}

void TestServeConsole::testRoleTable()
{
    QCOMPARE(console(QStringLiteral("snapshot"), QStringLiteral("viewer")).status, 200);
    const auto send
        = console(QStringLiteral("send"), QStringLiteral("viewer"), {{QStringLiteral("request"), {}}});
    QCOMPARE(send.status, 403);
    QCOMPARE(send.code(), QStringLiteral("FORBIDDEN"));
    const QString why = send.json.value(QStringLiteral("error")).toString();
    QVERIFY2(why.contains(QStringLiteral("viewer")) && why.contains(QStringLiteral("sender")),
             qPrintable(why));
    QCOMPARE(console(QStringLiteral("saveChannels"), QStringLiteral("sender")).status, 403);
    QCOMPARE(console(QStringLiteral("readSecret"), QStringLiteral("sender")).status, 403);
    QCOMPARE(console(QStringLiteral("noSuchVerb"), QStringLiteral("admin")).status, 404);
    QCOMPARE(m_serve->get(QStringLiteral("/api/v1/console/snapshot"), m_keys.value(QStringLiteral("admin")))
                 .status,
             404);
    QCOMPARE(
        m_serve->post(QStringLiteral("/api/v1/console"), m_keys.value(QStringLiteral("admin")), {}).status,
        404);
}

void TestServeConsole::testMalformedBodies()
{
    const QString key = m_keys.value(QStringLiteral("viewer"));
    for (const QByteArray& body : {QByteArray("{not json"), QByteArray("[]"), QByteArray()}) {
        const auto refused = m_serve->request("POST", QStringLiteral("/api/v1/console/snapshot"), key, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("BAD_REQUEST"));
    }
    const auto missing
        = console(QStringLiteral("conversations"), QStringLiteral("viewer"), {{QStringLiteral("limit"), 10}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("channel")));
    const auto mistyped = console(QStringLiteral("conversations"), QStringLiteral("viewer"),
                                  {{QStringLiteral("channel"), QStringLiteral("condesk")},
                                   {QStringLiteral("limit"), QStringLiteral("ten")}});
    QCOMPARE(mistyped.status, 400);
    QVERIFY(mistyped.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("limit")));
}

void TestServeConsole::testSessionAndSnapshot()
{
    const auto session = console(QStringLiteral("session"), QStringLiteral("sender"));
    QCOMPARE(session.status, 200);
    const QJsonObject key = session.json.value(QStringLiteral("key")).toObject();
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("con-sender"));
    QCOMPARE(key.value(QStringLiteral("role")).toString(), QStringLiteral("sender"));
    QVERIFY(key.contains(QStringLiteral("rate_per_minute")));
    QVERIFY(!session.json.value(QStringLiteral("version")).toString().isEmpty());

    const auto snapshot = console(QStringLiteral("snapshot"), QStringLiteral("viewer"));
    QCOMPARE(snapshot.status, 200);
    QCOMPARE(idsOf(listOf<Channel>(snapshot, QStringLiteral("channels"))),
             QStringList{QStringLiteral("condesk")});
    const QList<ChannelState> states = listOf<ChannelState>(snapshot, QStringLiteral("states"));
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().channelId, QStringLiteral("condesk"));
    ReceiverStatus receiver;
    QVERIFY(fromWire(snapshot.json.value(QStringLiteral("receiver")), &receiver));
    QCOMPARE(receiver.port, m_serve->webhookPort());
    QVERIFY(snapshot.json.value(QStringLiteral("links")).toArray().isEmpty());
    const QJsonArray health = snapshot.json.value(QStringLiteral("health")).toArray();
    QCOMPARE(health.size(), 1);
    QCOMPARE(health.first()[QStringLiteral("channel")].toString(), QStringLiteral("condesk"));
    // The channel's set-up was audited and its state recorded: the stream has moved on.
    QVERIFY2(snapshot.json.value(QStringLiteral("cursor")).toInteger() > 0, snapshot.body.constData());
    // Once Meta's stand-in answered the health check, the channel can send.
    QTRY_VERIFY_WITH_TIMEOUT(console(QStringLiteral("snapshot"), QStringLiteral("viewer"))
                                 .json.value(QStringLiteral("can_send"))
                                 .toArray()
                                 .contains(QStringLiteral("condesk")),
                             20000);
}

void TestServeConsole::testConversationsAfterADelivery()
{
    WebhookClient webhook(m_serve->webhookPort());
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.con-1"), customer, QStringLiteral("Ana"),
        QStringLiteral("hola consola"), QDateTime::currentDateTimeUtc().addSecs(-30));
    QCOMPARE(webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);
    const QJsonObject list{{QStringLiteral("channel"), QStringLiteral("condesk")},
                           {QStringLiteral("limit"), 10}};
    QTRY_COMPARE_WITH_TIMEOUT(
        listOf<ConversationRow>(console(QStringLiteral("conversations"), QStringLiteral("viewer"), list),
                                QStringLiteral("rows"))
            .size(),
        1, 10000);
    const QList<ConversationRow> rows = listOf<ConversationRow>(
        console(QStringLiteral("conversations"), QStringLiteral("viewer"), list), QStringLiteral("rows"));
    QCOMPARE(rows.first().peer, customer);
    QCOMPARE(rows.first().peerName, QStringLiteral("Ana"));
    QCOMPARE(conversationId(), rows.first().id);
    const auto older
        = console(QStringLiteral("olderMessages"), QStringLiteral("viewer"),
                  {{QStringLiteral("conversation"), rows.first().id}, {QStringLiteral("limit"), 10}});
    const QList<MessageRow> messages = listOf<MessageRow>(older, QStringLiteral("rows"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("hola consola"));
    QTRY_COMPARE_WITH_TIMEOUT(listOf<SearchHit>(console(QStringLiteral("search"), QStringLiteral("viewer"),
                                                        {{QStringLiteral("text"), QStringLiteral("consola")},
                                                         {QStringLiteral("channel"), QString()},
                                                         {QStringLiteral("limit"), 10}}),
                                                QStringLiteral("hits"))
                                  .size(),
                              1, 10000);
}

void TestServeConsole::testSendGoesOutAsTheKey()
{
    // The client claims another sender and its own reference; the server takes neither.
    const SendRequest request{
        QStringLiteral("client-ref"), QStringLiteral("condesk"), customer, OutboundContent{},
        QStringLiteral("gui"),        QStringLiteral("mallory")};
    QJsonObject wire = toWire(request);
    QJsonObject content = wire.value(QStringLiteral("content")).toObject();
    content.insert(QStringLiteral("text"), QStringLiteral("desde la consola"));
    wire.insert(QStringLiteral("content"), content);
    const auto sent
        = console(QStringLiteral("send"), QStringLiteral("sender"), {{QStringLiteral("request"), wire}});
    QVERIFY2(sent.status == 200, sent.body.constData());
    OutboundItem item;
    QVERIFY(fromWire(sent.json.value(QStringLiteral("queued")), &item));
    QVERIFY(item.id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject& message : m_graph.messageBodies())
                if (QJsonDocument(message).toJson().contains("desde la consola"))
                    return true;
            return false;
        }(),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto older = console(
                QStringLiteral("olderMessages"), QStringLiteral("viewer"),
                {{QStringLiteral("conversation"), conversationId()}, {QStringLiteral("limit"), 10}});
            for (const MessageRow& row : listOf<MessageRow>(older, QStringLiteral("rows")))
                if (row.text == QLatin1String("desde la consola"))
                    return row.sentBy == QLatin1String("con-sender");
            return false;
        }(),
        10000);
}

void TestServeConsole::testSendRefusesALocalFile()
{
    const SendRequest request{QStringLiteral("r"), QStringLiteral("condesk"), customer, OutboundContent{},
                              QStringLiteral("gui")};
    QJsonObject wire = toWire(request);
    // Set on the JSON: the codec itself may leave the member out.
    QJsonObject content = wire.value(QStringLiteral("content")).toObject();
    content.insert(QStringLiteral("localFile"), m_home.filePath(QStringLiteral("data/channeldesk.sqlite")));
    wire.insert(QStringLiteral("content"), content);
    const int before = m_graph.uploads().size();
    const auto refused
        = console(QStringLiteral("send"), QStringLiteral("sender"), {{QStringLiteral("request"), wire}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("BAD_REQUEST"));
    QVERIFY2(refused.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("file")),
             refused.body.constData());
    QCOMPARE(m_graph.uploads().size(), before);
}

void TestServeConsole::testSaveChannelsIsSeenOnTheStream()
{
    const qint64 cursor = console(QStringLiteral("snapshot"), QStringLiteral("viewer"))
                              .json.value(QStringLiteral("cursor"))
                              .toInteger();
    QWebSocket stream;
    QList<QJsonObject> events;
    connect(&stream, &QWebSocket::textMessageReceived, this, [&events](const QString& text) {
        events.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QNetworkRequest open{
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?after=%2").arg(m_serve->apiPort()).arg(cursor))};
    open.setRawHeader("Authorization", "Bearer " + m_keys.value(QStringLiteral("viewer")).toUtf8());
    QSignalSpy connected(&stream, &QWebSocket::connected);
    stream.open(open);
    QVERIFY(connected.wait(10000));

    ChannelDraft draft;
    draft.channel.id = QStringLiteral("second");
    draft.channel.name = QStringLiteral("Second desk");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields = {{QStringLiteral("phone_number_id"), QStringLiteral("109876543210")},
                            {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                            {QStringLiteral("api_version"), QStringLiteral("v25.0")},
                            {QStringLiteral("graph_base_url"), m_graph.baseUrl().toString()}};
    draft.secrets = {{QStringLiteral("access_token"), token},
                     {QStringLiteral("verify_token"), QStringLiteral("second-verify-token")},
                     {QStringLiteral("app_secret"), TestEnvironment::appSecret()}};
    const QJsonObject body{{QStringLiteral("drafts"), toWireArray(QList<ChannelDraft>{draft})}};
    QCOMPARE(console(QStringLiteral("saveChannels"), QStringLiteral("sender"), body).status, 403);
    const auto saved = console(QStringLiteral("saveChannels"), QStringLiteral("admin"), body);
    QVERIFY2(saved.status == 200, saved.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        idsOf(listOf<Channel>(console(QStringLiteral("snapshot"), QStringLiteral("viewer")),
                              QStringLiteral("channels")))
            .contains(QStringLiteral("second")),
        10000);
    const auto channelsEvent = [&events] {
        for (const QJsonObject& event : events)
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("channels"))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(channelsEvent(), 10000);
    QVERIFY(!saved.body.contains(token.toUtf8()));
}

void TestServeConsole::testReadSecretMasksAllButTheVerifyToken()
{
    const auto read = [this](const QString& field) {
        const auto reply = console(
            QStringLiteral("readSecret"), QStringLiteral("admin"),
            {{QStringLiteral("channel"), QStringLiteral("condesk")}, {QStringLiteral("field"), field}});
        SecretResult secret;
        if (reply.status != 200 || !fromWire(reply.json.value(QStringLiteral("secret")), &secret))
            qWarning() << reply.body;
        return std::make_pair(reply, secret);
    };
    const auto [tokenReply, accessToken] = read(QStringLiteral("access_token"));
    QVERIFY(accessToken.ok());
    QVERIFY(!accessToken.value.isEmpty());
    QVERIFY(accessToken.value != token);
    QVERIFY(!tokenReply.body.contains(token.toUtf8()));
    const auto [verifyReply, verifyToken] = read(QStringLiteral("verify_token"));
    QVERIFY(verifyToken.ok());
    QCOMPARE(verifyToken.value, TestEnvironment::verifyToken());
    const auto [secretReply, appSecret] = read(QStringLiteral("app_secret"));
    QVERIFY(appSecret.ok());
    QVERIFY(appSecret.value != TestEnvironment::appSecret());
}

void TestServeConsole::testMediaComesAsBase64()
{
    const QByteArray picture = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'p');
    const QString mediaId = m_graph.addMedia(picture, QStringLiteral("image/png"));
    const auto media = console(
        QStringLiteral("media"), QStringLiteral("viewer"),
        {{QStringLiteral("channel"), QStringLiteral("condesk")}, {QStringLiteral("media"), mediaId}});
    QVERIFY2(media.status == 200, media.body.left(500).constData());
    QCOMPARE(QByteArray::fromBase64(media.json.value(QStringLiteral("data")).toString().toLatin1()), picture);
    // The temporary copy in the data directory is gone once answered.
    QTRY_VERIFY(QDir(m_home.filePath(QStringLiteral("data/tmp"))).entryList(QDir::Files).isEmpty());

    // Its size and type, as Meta describes them, without the bytes: one lookup at Meta.
    const QString documentId = m_graph.addMedia(QByteArray(12345, 'd'), QStringLiteral("application/pdf"));
    const auto info = console(
        QStringLiteral("mediaInfo"), QStringLiteral("viewer"),
        {{QStringLiteral("channel"), QStringLiteral("condesk")}, {QStringLiteral("media"), documentId}});
    QVERIFY2(info.status == 200, info.body.left(500).constData());
    QCOMPARE(info.json.value(QStringLiteral("file_size")).toInteger(), 12345);
    QCOMPARE(info.json.value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
    int lookups = 0;
    for (const FakeGraphApiServer::Request& request : m_graph.requests())
        lookups += request.path.endsWith(QLatin1Char('/') + documentId)
            || request.query.queryItemValue(QStringLiteral("mid")) == documentId;
    QCOMPARE(lookups, 1);
    const auto unknown = console(QStringLiteral("mediaInfo"), QStringLiteral("viewer"),
                                 {{QStringLiteral("channel"), QStringLiteral("condesk")},
                                  {QStringLiteral("media"), QStringLiteral("999")}});
    QCOMPARE(unknown.status, 502);
    QCOMPARE(unknown.code(), QStringLiteral("LOOKUP_FAILED"));
}

void TestServeConsole::testChangesAreAudited()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSet<QString> seen;
            const auto audit = m_serve->cli({QStringLiteral("audit"), QStringLiteral("--json")});
            for (const QJsonValue& entry : audit.json().value(QStringLiteral("entries")).toArray())
                seen << entry[QStringLiteral("action")].toString() + QLatin1Char(':')
                        + entry[QStringLiteral("key")].toString() + QLatin1Char(':')
                        + entry[QStringLiteral("target")].toString();
            return seen.contains(QStringLiteral("send:con-sender:condesk/") + customer)
                && seen.contains(QStringLiteral("channel.save:con-admin:second"))
                && seen.contains(QStringLiteral("channel.secret.read:con-admin:condesk/access_token"));
        }(),
        10000);
}

QTEST_GUILESS_MAIN(TestServeConsole)
#include "TestServeConsole.moc"
