// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real channeldesk binary as a user would, against the real keychain of the test
// command's private D-Bus session and the local Graph API stand-in.
#include "CliRunner.h"
#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString token = QStringLiteral("EAA_FAKE_CLI_TOKEN_CHANNELDESK_0000000000000000000x7Q");

using Run = CliRun;

QJsonObject channelAnswers(const QString& name, const QString& graphBase)
{
    return QJsonObject{{QStringLiteral("enabled"), true},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                       {QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()},
                       {QStringLiteral("access_token"), token},
                       {QStringLiteral("verify_token"), TestEnvironment::verifyToken()},
                       {QStringLiteral("app_secret"), TestEnvironment::appSecret()},
                       {QStringLiteral("api_version"), QStringLiteral("v25.0")},
                       {QStringLiteral("graph_base_url"), graphBase}};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testHelpAndVersion();
    void testUnknownCommandIsUsageError();
    void testEachCommandHasItsOwnHelp_data();
    void testEachCommandHasItsOwnHelp();
    void testSetupSavesChannelAndSecretsOnlyInKeychain();
    void testSetupInvalid_data();
    void testSetupInvalid();
    void testReimportUpdatesChannel();
    void testChannelsJson();
    void testTestConnectionSuccess();
    void testTestConnectionFailureShowsMetaWords();
    void testTestUnknownChannel();
    void testNoKeychainExitsThree();
    void testHeadlessSecretsFromEnvironment();
    void testSetupWeComPrintsCallbackAndVariables();
    void testDataDirFromEnvironment();

private:
    Run run(const QStringList& args, const QProcessEnvironment& extra = {});
    QString writeAnswers(const QJsonValue& channels);
    QProcessEnvironment noKeychain() const;

    QString m_binary;
    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

void TestCommandLine::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through the README test command");
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
}

void TestCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    m_graph.setScenario(FakeGraphApiServer::Scenario::Success);
}

Run TestCommandLine::run(const QStringList& args, const QProcessEnvironment& extra)
{
    // Everything the binary might write outside --data-dir lands in this temporary home.
    QProcessEnvironment env = CliRunner::isolatedEnvironment(m_home->path());
    env.insert(extra);
    return CliRunner(m_binary, env).run(args);
}

QString TestCommandLine::writeAnswers(const QJsonValue& channels)
{
    const QString path = m_home->filePath(QStringLiteral("answers.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp"), channels}}).toJson());
    return path;
}

QProcessEnvironment TestCommandLine::noKeychain() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    return env;
}

void TestCommandLine::testHelpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* word :
         {"setup --answers FILE", "channels [--json]", "test --channel ID", "--data-dir DIR",
          "CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN", "3 no keychain available"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("channeldesk 0.")));
}

void TestCommandLine::testUnknownCommandIsUsageError()
{
    const Run result = run({QStringLiteral("frobnicate"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    QCOMPARE(run({QStringLiteral("test"), QStringLiteral("--data-dir"), m_dataDir}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--data-dir"), m_dataDir}).exitCode, 2);
}

void TestCommandLine::testEachCommandHasItsOwnHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("setup") << QStringLiteral(
        "setup") << QStringList{QStringLiteral("--answers <FILE>"), QStringLiteral("--no-keychain")};
    QTest::newRow("channels") << QStringLiteral("channels") << QStringList{QStringLiteral("--json")};
    QTest::newRow("test") << QStringLiteral(
        "test") << QStringList{QStringLiteral("--channel <ID>"), QStringLiteral("--timeout <SECONDS>")};
    QTest::newRow("serve") << QStringLiteral("serve") << QStringList{QStringLiteral("--listen <HOST:PORT>")};
    QTest::newRow("log") << QStringLiteral("log")
                         << QStringList{QStringLiteral("--peer <ID>"), QStringLiteral("--limit <N>")};
    QTest::newRow("send") << QStringLiteral("send")
                          << QStringList{QStringLiteral("--to <NUMBER>"), QStringLiteral("--lang <CODE>")};
}

void TestCommandLine::testEachCommandHasItsOwnHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Run help = run({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: channeldesk ") + command), qPrintable(help.out));
    for (const QString& option : options + QStringList{QStringLiteral("--data-dir <DIR>")})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    // Only this command's options, not the list of every command.
    QVERIFY(!help.out.contains(QStringLiteral("Commands")));
    const Run wrong = run({command, QStringLiteral("--frobnicate"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("frobnicate")), qPrintable(wrong.err));
}

void TestCommandLine::testSetupSavesChannelAndSecretsOnlyInKeychain()
{
    const QString answers
        = writeAnswers(channelAnswers(QStringLiteral("Support BR"), m_graph.baseUrl().toString()));
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), answers,
                           QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(setup.out.contains(QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922")));
    QVERIFY(setup.out.contains(QStringLiteral("fak…026"))); // the masked verify token
    QVERIFY(setup.out.contains(QStringLiteral("Verify and save")));
    for (const QString& secret : {token, TestEnvironment::appSecret(), TestEnvironment::verifyToken()}) {
        QVERIFY(!setup.out.contains(secret));
        QVERIFY(!setup.err.contains(secret));
    }
    QFile::remove(answers);
    const QByteArray onDisk = TestEnvironment::allFileContents(m_home->path());
    QVERIFY(onDisk.size() > 0);
    for (const QString& secret : {token, TestEnvironment::appSecret(), TestEnvironment::verifyToken()})
        QVERIFY2(!onDisk.contains(secret.toUtf8()), "a secret was written to disk");
    // The secrets are usable: Test Connection reads the token back from the keychain.
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support-br"),
                          QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
}

void TestCommandLine::testSetupInvalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << QStringLiteral("colour") << QJsonValue(QStringLiteral("green"))
                                 << QStringLiteral("messaging-whatsapp.colour: unknown key");
    QTest::newRow("short app secret")
        << QStringLiteral("app_secret") << QJsonValue(QStringLiteral("abcdef"))
        << QStringLiteral("messaging-whatsapp.app_secret: The App Secret is exactly 32");
    QTest::newRow("phone number")
        << QStringLiteral("phone_number_id") << QJsonValue(QStringLiteral("+15550001234"))
        << QStringLiteral("messaging-whatsapp.phone_number_id: This looks like a phone number");
    QTest::newRow("missing token") << QStringLiteral("access_token") << QJsonValue(QJsonValue::Undefined)
                                   << QStringLiteral(
                                          "messaging-whatsapp.access_token: Enter the access token");
    QTest::newRow("number type") << QStringLiteral("business_account_id") << QJsonValue(12.0)
                                 << QStringLiteral("must be text in quotes");
}

void TestCommandLine::testSetupInvalid()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject answers = channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString());
    if (value.isUndefined())
        answers.remove(key);
    else
        answers.insert(key, value);
    // A valid first channel must not be saved either when the second is invalid.
    const QString path = writeAnswers(
        QJsonArray{channelAnswers(QStringLiteral("good"), m_graph.baseUrl().toString()), answers});
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), path,
                           QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(setup.exitCode, 2);
    const QString expectedWithIndex = QString(expected).replace(QStringLiteral("messaging-whatsapp."),
                                                                QStringLiteral("messaging-whatsapp[1]."));
    QVERIFY2(setup.err.contains(expectedWithIndex), qPrintable(setup.err));
    QVERIFY(setup.err.contains(QStringLiteral("nothing was saved")));
    const Run list = run(
        {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    QCOMPARE(run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("good"),
                  QStringLiteral("--data-dir"), m_dataDir})
                 .exitCode,
             4);
}

void TestCommandLine::testReimportUpdatesChannel()
{
    QJsonObject answers = channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString());
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"), writeAnswers(answers),
                  QStringLiteral("--data-dir"), m_dataDir})
                 .exitCode,
             0);
    answers.insert(QStringLiteral("public_base_url"), QStringLiteral("https://new.example.com"));
    answers.insert(QStringLiteral("enabled"), false);
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"), writeAnswers(answers),
                  QStringLiteral("--data-dir"), m_dataDir})
                 .exitCode,
             0);
    const QJsonArray channels
        = QJsonDocument::fromJson(run({QStringLiteral("channels"), QStringLiteral("--json"),
                                       QStringLiteral("--data-dir"), m_dataDir})
                                      .out.toUtf8())
              .array();
    QCOMPARE(channels.size(), 1);
    QCOMPARE(channels.at(0)[QStringLiteral("enabled")].toBool(true), false);
    QCOMPARE(channels.at(0)[QStringLiteral("webhook_url")].toString(),
             QStringLiteral("https://new.example.com/webhooks/whatsapp/106540352242922"));
}

void TestCommandLine::testChannelsJson()
{
    const QString answers
        = writeAnswers(QJsonArray{channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString()),
                                  channelAnswers(QStringLiteral("sales"), m_graph.baseUrl().toString())});
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"), answers, QStringLiteral("--data-dir"),
                  m_dataDir})
                 .exitCode,
             0);
    const Run list = run(
        {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray channels = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(channels.size(), 2);
    const QJsonObject sales = channels.at(0).toObject();
    QCOMPARE(sales[QStringLiteral("id")].toString(), QStringLiteral("sales"));
    QCOMPARE(sales[QStringLiteral("kind")].toString(), QStringLiteral("whatsapp-cloud"));
    QCOMPARE(sales[QStringLiteral("name")].toString(), QStringLiteral("sales"));
    QCOMPARE(sales[QStringLiteral("enabled")].toBool(), true);
    QCOMPARE(sales[QStringLiteral("webhook_url")].toString(),
             QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922"));
    for (const QString& secret : {token, TestEnvironment::appSecret(), TestEnvironment::verifyToken()})
        QVERIFY(!list.out.contains(secret));
    const Run plain = run({QStringLiteral("channels"), QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY(plain.out.contains(
        QStringLiteral("support\twhatsapp-cloud\tsupport\tenabled\thttps://bot.example.com")));
}

void TestCommandLine::testTestConnectionSuccess()
{
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"),
                  writeAnswers(channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString())),
                  QStringLiteral("--data-dir"), m_dataDir})
                 .exitCode,
             0);
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
                          QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(test.exitCode, 0);
    QVERIFY(test.out.contains(QStringLiteral("Connected to Acme Support (+1 555-000-1234)")));
    QVERIFY(test.out.contains(QStringLiteral("GREEN")));
    QVERIFY(test.out.contains(QStringLiteral("EAA…x7Q")));
    QVERIFY(!test.out.contains(token) && !test.err.contains(token));
}

void TestCommandLine::testTestConnectionFailureShowsMetaWords()
{
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"),
                  writeAnswers(channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString())),
                  QStringLiteral("--data-dir"), m_dataDir})
                 .exitCode,
             0);
    m_graph.setScenario(FakeGraphApiServer::Scenario::ExpiredToken);
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
                          QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(test.exitCode, 1);
    QVERIFY(test.err.contains(QStringLiteral("Meta says: Error validating access token")));
    QVERIFY(test.err.contains(QStringLiteral("invalid or has expired")));
    QVERIFY(test.err.contains(QStringLiteral("fbtrace_id: AkX3mYQ8vNc1rT0fake190")));
    m_graph.setScenario(FakeGraphApiServer::Scenario::Hang);
    const Run timeout
        = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
               QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(timeout.exitCode, 1);
    QVERIFY(timeout.err.contains(QStringLiteral("did not answer in time")));
}

void TestCommandLine::testTestUnknownChannel()
{
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("nope"),
                          QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(test.exitCode, 4);
    QVERIFY(test.err.contains(QStringLiteral("There is no channel “nope”")));
}

void TestCommandLine::testNoKeychainExitsThree()
{
    const QString answers
        = writeAnswers(channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString()));
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), answers,
                           QStringLiteral("--data-dir"), m_dataDir},
                          noKeychain());
    QCOMPARE(setup.exitCode, 3);
    QVERIFY2(setup.err.contains(QStringLiteral("No keychain is available")), qPrintable(setup.err));
    QVERIFY(setup.err.contains(QStringLiteral("--no-keychain")));
    const Run list = run(
        {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dataDir});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestCommandLine::testHeadlessSecretsFromEnvironment()
{
    const QString answers
        = writeAnswers(channelAnswers(QStringLiteral("support-br"), m_graph.baseUrl().toString()));
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), answers,
                           QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"), m_dataDir},
                          noKeychain());
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(setup.out.contains(QStringLiteral("CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN")));
    QFile::remove(answers);
    QVERIFY(!TestEnvironment::allFileContents(m_home->path()).contains(token.toUtf8()));

    const QStringList test = {QStringLiteral("test"), QStringLiteral("--channel"),
                              QStringLiteral("support-br"), QStringLiteral("--data-dir"), m_dataDir};
    QCOMPARE(run(test, noKeychain()).exitCode, 3); // no keychain and no variable
    QProcessEnvironment env = noKeychain();
    env.insert(QStringLiteral("CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN"), token);
    const Run withEnv = run(test, env);
    QVERIFY2(withEnv.exitCode == 0, qPrintable(withEnv.err));
    QVERIFY(withEnv.out.contains(QStringLiteral("Acme Support")));
}

void TestCommandLine::testSetupWeComPrintsCallbackAndVariables()
{
    const QString weComToken = QStringLiteral("QDG6eKabcdefghij");
    const QJsonObject app{
        {QStringLiteral("name"), QStringLiteral("HR desk")},
        {QStringLiteral("corp_id"), QStringLiteral("ww1234567890abcdef")},
        {QStringLiteral("agent_id"), QStringLiteral("1000002")},
        {QStringLiteral("corp_secret"), QStringLiteral("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0-_x")},
        {QStringLiteral("token"), weComToken},
        {QStringLiteral("encoding_aes_key"), QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")},
        {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com/")},
        {QStringLiteral("allowed_users"), QJsonArray{QStringLiteral("zhangsan")}}};
    const QString path = m_home->filePath(QStringLiteral("wecom.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("messaging-wecom"), app}}).toJson());
    file.close();
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), path,
                           QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"), m_dataDir},
                          noKeychain());
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY2(setup.out.contains(QStringLiteral("https://bot.example.com/wecom/hr-desk/callback")),
             qPrintable(setup.out));
    QVERIFY(setup.out.contains(QStringLiteral("https://bot.example.com/wecom/callback")));
    QVERIFY(setup.out.contains(QStringLiteral("QDG…hij"))); // the masked token
    QVERIFY(!setup.out.contains(weComToken));
    for (const char* name : {"CHANNELDESK_SECRET_HR_DESK_CORP_SECRET", "CHANNELDESK_SECRET_HR_DESK_TOKEN",
                             "CHANNELDESK_SECRET_HR_DESK_ENCODING_AES_KEY"})
        QVERIFY2(setup.out.contains(QLatin1String(name)), name);
    QVERIFY(setup.out.contains(QStringLiteral("设置API接收")));
    QVERIFY(setup.out.contains(QStringLiteral("企业可信IP")));
}

void TestCommandLine::testDataDirFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CHANNELDESK_DATA_DIR"), m_dataDir);
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--answers"),
                  writeAnswers(channelAnswers(QStringLiteral("support"), m_graph.baseUrl().toString()))},
                 env)
                 .exitCode,
             0);
    QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/channeldesk.sqlite")));
    QVERIFY(run({QStringLiteral("channels")}, env).out.contains(QStringLiteral("support")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
