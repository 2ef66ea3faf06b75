// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk send` as a script would call it: the real binary against the local Graph API and
// WAHA stand-ins, with the secrets in environment variables and no keychain at all.
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"
#include "CliRunner.h"
#include "CloudChannelAnswers.h"
#include "FakeGraphApiServer.h"
#include "FakeWahaServer.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

// Not shaped like a real token (EAA followed by 20+ alphanumerics), so no scanner flags it.
const QString token = QStringLiteral("EAA_FAKE_SEND_TOKEN_CHANNELDESK_") + QString(80, QLatin1Char('0'))
    + QStringLiteral("x7Q");
const QString customer = QStringLiteral("15557654321");
const QString typed = QStringLiteral("+1 555 765-4321");
const QString jsonFlag = QStringLiteral("--json");

using Run = CliRun;

QString field(const QJsonValue& object, const char* key)
{
    return object[QLatin1String(key)].toString();
}

QStringList textArgs(const QString& channel, const QString& text, const QString& to = typed)
{
    return {QStringLiteral("--channel"), channel, QStringLiteral("--to"), to, QStringLiteral("--text"), text};
}

QStringList templateArgs(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--channel"),  QStringLiteral("support"),
                       QStringLiteral("--to"),       typed,
                       QStringLiteral("--template"), QStringLiteral("order_shipped"),
                       QStringLiteral("--lang"),     QStringLiteral("en_US")}
    + more;
}

QJsonObject linkedAnswers(const QString& name, const QString& baseUrl)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("gateway"), QStringLiteral("waha")},
                       {QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                       {QStringLiteral("session"), QStringLiteral("default")},
                       {QStringLiteral("reconnect_attempts"), QStringLiteral("1")}};
}

} // namespace

class TestSendCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTextInOpenWindowIsSentAndLogged();
    void testTemplateGoesOutsideTheWindow();
    void testTemplateHeaderAndButtons();
    void testRefusalsNeverReachMeta_data();
    void testRefusalsNeverReachMeta();
    void testRateLimitSaysWhenItFrees();
    void testMetaErrorsMapToCodes_data();
    void testMetaErrorsMapToCodes();
    void testTransientErrorIsRetried();
    void testLinkedChannelSendsThroughGateway();
    void testTimeoutBoundsTheWait_data();
    void testTimeoutBoundsTheWait();
    void testUsageErrors_data();
    void testUsageErrors();
    void testUnknownChannelAndMissingKeychain();
    void testHelpListsEveryCode();

private:
    //! Runs the binary on this test's data directory; an empty env means environment().
    Run run(const QStringList& args, const QProcessEnvironment& env = {});
    Run send(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return run(QStringList{QStringLiteral("send")} + args, env);
    }
    QProcessEnvironment environment() const;
    QList<QJsonObject> log(const QString& channel);
    void receive(const QString& from, const QString& text);

    QString m_binary;
    FakeGraphApiServer m_graph;
    FakeWahaServer m_waha;
    quint16 m_closedPort = 0;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
    QString m_transcript; //!< everything the binary printed in this test
    int m_received = 0;
};

void TestSendCommand::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
    QVERIFY(m_graph.start());
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_waha.addSession(QStringLiteral("default"), QStringLiteral("WORKING"), true);
    QTcpServer probe; // a port nobody listens on once the probe closes
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
}

void TestSendCommand::init()
{
    m_graph.reset();
    m_graph.setExpectedToken(token);
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    m_transcript.clear();
    const QJsonObject cloud
        = CloudChannelAnswers{QStringLiteral("support"), token, m_graph.baseUrl()}.toJson();
    const QJsonArray linked{
        linkedAnswers(QStringLiteral("linked"), m_waha.baseUrl().toString()),
        linkedAnswers(QStringLiteral("offline"), QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort))};
    QFile answers(m_home->filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp"), cloud},
                                            {QStringLiteral("messaging-whatsapp-linked"), linked}})
                      .toJson());
    answers.close();
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                           QStringLiteral("--no-keychain")});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(answers.remove());
}

void TestSendCommand::cleanup()
{
    // Whatever happened, no secret shows in the output nor anywhere in the data directory.
    const QByteArray files = TestEnvironment::allFileContents(m_home->path());
    for (const QString& secret : {token, FakeWahaServer::apiKey()})
        QVERIFY2(!m_transcript.contains(secret) && !files.contains(secret.toUtf8()),
                 qPrintable(m_transcript));
    m_home.reset();
}

QProcessEnvironment TestSendCommand::environment() const
{
    QProcessEnvironment env = CliRunner::isolatedEnvironment(m_home->path());
    // The operator the log names for sends from the command line.
    env.insert(QStringLiteral("USER"), QStringLiteral("desk-operator"));
    // A headless server: no keychain, the secrets come from the environment.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_SUPPORT_ACCESS_TOKEN"), token);
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LINKED_API_KEY"), FakeWahaServer::apiKey());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_OFFLINE_API_KEY"), FakeWahaServer::apiKey());
    return env;
}

Run TestSendCommand::run(const QStringList& args, const QProcessEnvironment& env)
{
    // CliRunner runs the event loop meanwhile: the fake WAHA serves its WebSocket on this thread.
    const Run result = CliRunner(m_binary, environment())
                           .run(args + QStringList{QStringLiteral("--data-dir"), m_dataDir}, env);
    m_transcript += result.out + result.err;
    return result;
}

QList<QJsonObject> TestSendCommand::log(const QString& channel)
{
    const Run log = run({QStringLiteral("log"), jsonFlag, QStringLiteral("--channel"), channel});
    QList<QJsonObject> entries;
    for (const QString& line : log.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        entries << QJsonDocument::fromJson(line.toUtf8()).object();
    return entries;
}

void TestSendCommand::receive(const QString& from, const QString& text)
{
    // An inbound message as `serve` would store it, written a minute ago: the window is open.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray body
        = QStringLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":)"
                         R"("messages","value":{"messaging_product":"whatsapp","messages":[{"from":"%1",)"
                         R"("id":"wamid.IN-%2","timestamp":"%3","type":"text","text":{"body":"%4"}}]}}]}]})")
              .arg(from)
              .arg(++m_received)
              .arg(now.addSecs(-60).toSecsSinceEpoch())
              .arg(text)
              .toUtf8();
    const auto batch = WebhookPayloadParser::parse(body);
    QVERIFY(batch.ok());
    JournaledBuilder store(DataDirectory::databasePath(m_dataDir));
    QVERIFY(store.commit({Delivery{QStringLiteral("support"), now, body, batch.value()}}).ok());
}

void TestSendCommand::testTextInOpenWindowIsSentAndLogged()
{
    receive(customer, QStringLiteral("Is my order on its way?"));
    const Run plain = send(textArgs(QStringLiteral("support"), QStringLiteral("Yes, it ships *today*.")));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(m_graph.messageBodies().size(), 1);
    const QJsonObject body = m_graph.messageBodies().constFirst();
    QCOMPARE(field(body, "to"), QStringLiteral("+") + customer);
    QCOMPARE(body[QStringLiteral("text")][QStringLiteral("body")].toString(),
             QStringLiteral("Yes, it ships *today*."));
    QCOMPARE(m_graph.lastAuthorization(), QByteArray("Bearer ") + token.toUtf8());
    QVERIFY2(plain.out.startsWith(QStringLiteral("Accepted by WhatsApp: wamid.")), qPrintable(plain.out));
    const QString wamid = plain.out.section(QStringLiteral(": "), 1).trimmed();

    const Run json = send(textArgs(QStringLiteral("support"), QStringLiteral("Tracking: 42")) << jsonFlag);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject result = json.json();
    QCOMPARE(result[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(field(result, "code"), QStringLiteral("OK"));
    QCOMPARE(field(result, "to"), typed);
    QVERIFY(field(result, "message_id").startsWith(QStringLiteral("wamid.")));
    QVERIFY(field(result, "message_id") != wamid);
    QVERIFY(!result.contains(QStringLiteral("error")));

    const QList<QJsonObject> entries = log(QStringLiteral("support"));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(field(entries.at(0), "direction"), QStringLiteral("in"));
    QCOMPARE(field(entries.at(1), "direction"), QStringLiteral("out"));
    QCOMPARE(field(entries.at(1), "peer"), customer);
    QCOMPARE(field(entries.at(1), "message_id"), wamid);
    QCOMPARE(field(entries.at(1), "status"), QStringLiteral("accepted"));
    QCOMPARE(field(entries.at(2), "message_id"), field(result, "message_id"));
    QCOMPARE(field(entries.at(2), "text"), QStringLiteral("Tracking: 42"));
    // Who sent what: nobody for the customer's message, the operator for the command's.
    QVERIFY(entries.at(0).contains(QStringLiteral("sent_by")));
    QCOMPARE(field(entries.at(0), "sent_by"), QString());
    QCOMPARE(field(entries.at(1), "sent_by"), QStringLiteral("desk-operator"));
    QCOMPARE(field(entries.at(2), "sent_by"), QStringLiteral("desk-operator"));
}

void TestSendCommand::testTemplateGoesOutsideTheWindow()
{
    const Run result = send(templateArgs({QStringLiteral("--param"), QStringLiteral("Ana"),
                                          QStringLiteral("--param"), QStringLiteral("#4711"), jsonFlag}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(field(result.json(), "message_id").startsWith(QStringLiteral("wamid.")));
    QCOMPARE(m_graph.messageBodies().size(), 1);
    const QJsonObject body = m_graph.messageBodies().constFirst();
    QCOMPARE(field(body, "type"), QStringLiteral("template"));
    const QByteArray expected
        = R"({"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},)"
          R"("components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},)"
          R"({"type":"text","text":"#4711"}]}]})";
    QCOMPARE(body[QStringLiteral("template")].toObject(), QJsonDocument::fromJson(expected).object());
}

void TestSendCommand::testTemplateHeaderAndButtons()
{
    // The button options number the template's buttons in the order given, both kinds together.
    const Run result = send(
        templateArgs({QStringLiteral("--param"), QStringLiteral("Ana"), QStringLiteral("--button-payload"),
                      QStringLiteral("STOP_PROMOS"), QStringLiteral("--header-image"),
                      QStringLiteral("https://cdn.example.com/box.jpg"),
                      QStringLiteral("--button-url-suffix"), QStringLiteral("A-1001?x=1"), jsonFlag}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QCOMPARE(m_graph.messageBodies().size(), 1);
    const QByteArray expected
        = R"({"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},"components":[)"
          R"({"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/box.jpg"}}]},)"
          R"({"type":"body","parameters":[{"type":"text","text":"Ana"}]},)"
          R"({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP_PROMOS"}]},)"
          R"({"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"A-1001?x=1"}]}]})";
    QCOMPARE(m_graph.messageBodies().constFirst()[QStringLiteral("template")].toObject(),
             QJsonDocument::fromJson(expected).object());
}

void TestSendCommand::testRefusalsNeverReachMeta_data()
{
    QTest::addColumn<QString>("inbound");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("no window") << QString() << typed << 13 << QStringLiteral("WINDOW_CLOSED")
                               << QStringLiteral("has not written to this number yet");
    QTest::newRow("letters in number")
        << QString() << QStringLiteral("12ab") << 12 << QStringLiteral("INVALID_NUMBER") << QString();
    QTest::newRow("opted out") << QStringLiteral("Stop!") << typed << 14 << QStringLiteral("OPTED_OUT")
                               << QStringLiteral("+15557654321 asked not to be messaged");
}

void TestSendCommand::testRefusalsNeverReachMeta()
{
    QFETCH(QString, inbound);
    QFETCH(QString, to);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, words);
    if (!inbound.isEmpty())
        receive(customer, inbound);
    const QStringList args = textArgs(QStringLiteral("support"), QStringLiteral("Hello"), to);
    const Run plain = send(args);
    QCOMPARE(plain.exitCode, exitCode);
    QVERIFY2(plain.err.startsWith(code + QStringLiteral(": ")), qPrintable(plain.err));
    QVERIFY2(plain.err.contains(words), qPrintable(plain.err));
    QVERIFY(plain.out.isEmpty());
    const Run json = send(args + QStringList{jsonFlag});
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject result = json.json();
    QCOMPARE(result[QStringLiteral("ok")].toBool(true), false);
    QCOMPARE(field(result, "code"), code);
    QCOMPARE(field(result, "to"), to);
    QVERIFY(field(result, "error").contains(words));
    QVERIFY(!result.contains(QStringLiteral("message_id")));
    if (!inbound.isEmpty()) // an opt-out holds for templates too
        QCOMPARE(send(templateArgs()).exitCode, exitCode);
    QCOMPARE(m_graph.messageBodies().size(), 0);
}

void TestSendCommand::testRateLimitSaysWhenItFrees()
{
    {
        QSettings settings(DataDirectory::settingsPath(m_dataDir), QSettings::IniFormat);
        settings.setValue(QStringLiteral("send/perMinute"), 1);
    }
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(send(templateArgs()).exitCode, 0);
    const Run limited = send(templateArgs({jsonFlag}));
    QCOMPARE(limited.exitCode, 11);
    const QJsonObject result = limited.json();
    QCOMPARE(field(result, "code"), QStringLiteral("RATE_LIMITED"));
    QVERIFY(!field(result, "error").isEmpty());
    const QDateTime freesAt = QDateTime::fromString(field(result, "frees_at"), Qt::ISODate);
    QVERIFY2(freesAt.isValid(), qPrintable(limited.out));
    // One minute after the first send (ISO 8601 drops the milliseconds).
    QVERIFY2(freesAt >= before.addSecs(59) && freesAt <= QDateTime::currentDateTimeUtc().addSecs(61),
             qPrintable(limited.out));
    QCOMPARE(m_graph.messageBodies().size(), 1);
}

void TestSendCommand::testMetaErrorsMapToCodes_data()
{
    QTest::addColumn<int>("metaCode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("190 expired token")
        << 190 << 16 << QStringLiteral("AUTH_FAILED") << QStringLiteral("Error validating access token");
    QTest::newRow("132001 no such template") << 132001 << 15 << QStringLiteral("SEND_FAILED")
                                             << QStringLiteral("(#132001) Template name does not exist");
}

void TestSendCommand::testMetaErrorsMapToCodes()
{
    QFETCH(int, metaCode);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, words);
    m_graph.queueError(metaCode, QStringLiteral("/messages"));
    const Run result = send(templateArgs({jsonFlag}));
    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject json = result.json();
    QCOMPARE(json[QStringLiteral("ok")].toBool(true), false);
    QCOMPARE(field(json, "code"), code);
    QVERIFY2(field(json, "error").contains(words), qPrintable(result.out)); // Meta's own words
    QCOMPARE(m_graph.messageBodies().size(), 1); // not retried
}

void TestSendCommand::testTransientErrorIsRetried()
{
    m_graph.queueError(2, QStringLiteral("/messages")); // 500, is_transient; first retry after 1-2 s
    const Run result = send(templateArgs({QStringLiteral("--timeout"), QStringLiteral("20"), jsonFlag}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QCOMPARE(field(result.json(), "code"), QStringLiteral("OK"));
    const QList<QJsonObject> bodies = m_graph.messageBodies();
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies.at(0), bodies.at(1));
}

void TestSendCommand::testLinkedChannelSendsThroughGateway()
{
    const Run result
        = send(textArgs(QStringLiteral("linked"), QStringLiteral("hola desde la consola")) << jsonFlag);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QJsonObject json = result.json();
    QCOMPARE(field(json, "code"), QStringLiteral("OK"));
    QCOMPARE(field(json, "message_id"), m_waha.lastSentMessageId());
    const QJsonObject sent = m_waha.lastSendRequest();
    QCOMPARE(field(sent, "text"), QStringLiteral("hola desde la consola"));
    QCOMPARE(field(sent, "session"), QStringLiteral("default"));
    QVERIFY2(field(sent, "chatId").startsWith(customer + QLatin1Char('@')),
             qPrintable(field(sent, "chatId")));
    const QList<QJsonObject> entries = log(QStringLiteral("linked"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(field(entries.at(0), "message_id"), m_waha.lastSentMessageId());
    QCOMPARE(field(entries.at(0), "sent_by"), QStringLiteral("desk-operator"));
    QCOMPARE(m_graph.messageBodies().size(), 0);
}

void TestSendCommand::testTimeoutBoundsTheWait_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("Meta does not answer") << templateArgs() << 15 << QStringLiteral("SEND_FAILED");
    QTest::newRow("gateway unreachable")
        << textArgs(QStringLiteral("offline"), QStringLiteral("anyone there?")) << 10
        << QStringLiteral("NOT_CONNECTED");
}

void TestSendCommand::testTimeoutBoundsTheWait()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    m_graph.queueHang(QStringLiteral("/messages"));
    QElapsedTimer timer;
    timer.start();
    const Run result = send(args << QStringLiteral("--timeout") << QStringLiteral("2") << jsonFlag);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(field(result.json(), "code"), code);
    QVERIFY(!field(result.json(), "error").isEmpty());
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
}

void TestSendCommand::testUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    const QStringList text = textArgs(QStringLiteral("support"), QStringLiteral("Hi"));
    QTest::newRow("missing --to") << text.mid(0, 2) + text.mid(4)
                                  << QStringLiteral("send needs --channel ID");
    QTest::newRow("text and template")
        << templateArgs(text.mid(4)) << QStringLiteral("either --text TEXT or");
    QTest::newRow("template without --lang") << templateArgs().mid(0, 6) << QStringLiteral("needs --lang");
    QTest::newRow("--param with --text") << text + QStringList{QStringLiteral("--param"), QStringLiteral("x")}
                                         << QStringLiteral("--param belong to --template");
    QTest::newRow("--header-image with --text")
        << text + QStringList{QStringLiteral("--header-image"), QStringLiteral("https://example.com/a.png")}
        << QStringLiteral("belong to --template, not --text");
    QTest::newRow("header link Meta cannot fetch")
        << templateArgs({QStringLiteral("--header-image"), QStringLiteral("ftp://example.com/a.png")})
        << QStringLiteral("“ftp://example.com/a.png” is not an http(s) address");
    QTest::newRow("two headers") << templateArgs(
        {QStringLiteral("--header-image"), QStringLiteral("https://example.com/a.png"),
         QStringLiteral("--header-video"), QStringLiteral("https://example.com/a.mp4")})
                                 << QStringLiteral("A template has one header");
    QTest::newRow("url suffix over 2000 characters")
        << templateArgs({QStringLiteral("--button-url-suffix"), QString(2001, QLatin1Char('x'))})
        << QStringLiteral("WhatsApp allows at most 2000");
    QTest::newRow("body parameter over 1024 with buttons")
        << templateArgs({QStringLiteral("--param"), QString(1025, QLatin1Char('x')),
                         QStringLiteral("--button-payload"), QStringLiteral("P")})
        << QStringLiteral("1025 characters long; WhatsApp allows at most 1024");
    QTest::newRow("--timeout zero") << text + QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                    << QStringLiteral("--timeout needs a positive number");
}

void TestSendCommand::testUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const Run result = send(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(words), qPrintable(result.err));
    QCOMPARE(m_graph.requestCount(), 0);
}

void TestSendCommand::testUnknownChannelAndMissingKeychain()
{
    const Run unknown = send(textArgs(QStringLiteral("nope"), QStringLiteral("Hi")));
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.err.contains(QStringLiteral("There is no channel “nope”")));
    // Without the variable the token would have to come from a keychain, and there is none.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("CHANNELDESK_SECRET_SUPPORT_ACCESS_TOKEN"));
    receive(customer, QStringLiteral("Hi"));
    QCOMPARE(send(textArgs(QStringLiteral("support"), QStringLiteral("Hi")), env).exitCode, 3);
    QCOMPARE(m_graph.requestCount(), 0);
}

void TestSendCommand::testHelpListsEveryCode()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("send --channel ID --to NUMBER")));
    for (const char* code : {"NOT_CONNECTED (10)", "RATE_LIMITED (11)", "INVALID_NUMBER (12)",
                             "WINDOW_CLOSED (13)", "OPTED_OUT (14)", "SEND_FAILED (15)", "AUTH_FAILED (16)"})
        QVERIFY2(help.out.contains(QLatin1String(code)), code);
    // The details of send are in its own help.
    const Run sendHelp = run({QStringLiteral("send"), QStringLiteral("--help")});
    QCOMPARE(sendHelp.exitCode, 0);
    for (const char* word : {"--channel <ID>", "--template <NAME>", "--param <VALUE>", "AUTH_FAILED (16)",
                             "ok, code, to, message_id, error, frees_at"})
        QVERIFY2(sendHelp.out.contains(QLatin1String(word)), word);
    QVERIFY(!sendHelp.out.contains(QStringLiteral("setup --answers")));
}

QTEST_GUILESS_MAIN(TestSendCommand)
#include "TestSendCommand.moc"
