// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk test` and `channeldesk channels start|stop|restart|pair|logout` on linked-device
// channels: the real binary against the fake WAHA, with the secrets in the environment and no
// keychain at all.
#include "store/AuditStore.h"
#include "util/DataDirectory.h"
#include "CliRunner.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ChannelDesk;

namespace {

using Run = CliRun;

QJsonObject linkedAnswers(const QString& name, const QString& baseUrl, const QString& session)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("gateway"), QStringLiteral("waha")},
                       {QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                       {QStringLiteral("session"), session}};
}

} // namespace

class TestLinkedChannelCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testLinkedSessionPasses();
    void testSessionNeedingScanFails();
    void testMissingSessionFails();
    void testRejectedKeyFails();
    void testUnreachableGatewayFails();
    void testLogoutNeedsYesThenReachesTheGateway();
    void testStopStartRestartAtTheGateway();
    void testActionOnUnknownOrCloudChannel();

private:
    Run run(const QStringList& args, const QProcessEnvironment& env = {});
    QProcessEnvironment environment() const;

    QString m_binary;
    FakeWahaServer m_waha;
    quint16 m_closedPort = 0;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
    QString m_transcript;
};

void TestLinkedChannelCommands::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    QTcpServer probe; // a port nobody listens on once the probe closes
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
}

void TestLinkedChannelCommands::init()
{
    m_waha.addSession(QStringLiteral("default"), QStringLiteral("WORKING"), true);
    m_waha.addSession(QStringLiteral("scan"), QStringLiteral("SCAN_QR_CODE"), false);
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    m_transcript.clear();
    const QString waha = m_waha.baseUrl().toString();
    const QJsonArray linked{linkedAnswers(QStringLiteral("linked"), waha, QStringLiteral("default")),
                            linkedAnswers(QStringLiteral("scan"), waha, QStringLiteral("scan")),
                            linkedAnswers(QStringLiteral("ghost"), waha, QStringLiteral("ghost")),
                            linkedAnswers(QStringLiteral("offline"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort),
                                          QStringLiteral("default"))};
    QFile answers(m_home->filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp-linked"), linked}}).toJson());
    answers.close();
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                           QStringLiteral("--no-keychain")});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(answers.remove());
}

void TestLinkedChannelCommands::cleanup()
{
    // No secret in the output nor anywhere in the data directory.
    const QByteArray files = TestEnvironment::allFileContents(m_home->path());
    QVERIFY2(!m_transcript.contains(FakeWahaServer::apiKey())
                 && !files.contains(FakeWahaServer::apiKey().toUtf8()),
             qPrintable(m_transcript));
    m_home.reset();
}

QProcessEnvironment TestLinkedChannelCommands::environment() const
{
    QProcessEnvironment env = CliRunner::isolatedEnvironment(m_home->path());
    // A headless server: no keychain (it once answered exit 3 about a missing access token), the
    // gateway keys come from the environment.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    for (const QString& id : {QStringLiteral("LINKED"), QStringLiteral("SCAN"), QStringLiteral("GHOST"),
                              QStringLiteral("OFFLINE")})
        env.insert(QStringLiteral("CHANNELDESK_SECRET_%1_API_KEY").arg(id), FakeWahaServer::apiKey());
    return env;
}

Run TestLinkedChannelCommands::run(const QStringList& args, const QProcessEnvironment& env)
{
    // CliRunner runs the event loop meanwhile: the fake WAHA's timed steps run on this thread.
    const Run result = CliRunner(m_binary, environment())
                           .run(args + QStringList{QStringLiteral("--data-dir"), m_dataDir}, env);
    m_transcript += result.out + result.err;
    return result;
}

void TestLinkedChannelCommands::testLinkedSessionPasses()
{
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("linked")});
    QVERIFY2(test.exitCode == 0, qPrintable(test.out + test.err));
    QVERIFY2(test.out.contains(QStringLiteral("Gateway:  reachable")), qPrintable(test.out));
    QVERIFY(test.out.contains(QStringLiteral("API key:  accepted")));
    QVERIFY(test.out.contains(QStringLiteral("working (WORKING), linked as")));
    QVERIFY(test.out.contains(QStringLiteral("15550001111")));
    const QString all = test.out + test.err;
    QVERIFY(!all.contains(QStringLiteral("keychain"), Qt::CaseInsensitive));
    QVERIFY(!all.contains(QStringLiteral("access token"), Qt::CaseInsensitive));
    QVERIFY(m_waha.requestLog().contains(QStringLiteral("GET /api/sessions/default")));
}

void TestLinkedChannelCommands::testSessionNeedingScanFails()
{
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("scan")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY(test.out.contains(QStringLiteral("API key:  accepted")));
    QVERIFY2(test.out.contains(QStringLiteral("(SCAN_QR_CODE)")), qPrintable(test.out));
    QVERIFY2(test.err.contains(QStringLiteral("needs a scan")), qPrintable(test.err));
}

void TestLinkedChannelCommands::testMissingSessionFails()
{
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("ghost")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QStringLiteral("no session “ghost”")), qPrintable(test.err));
}

void TestLinkedChannelCommands::testRejectedKeyFails()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LINKED_API_KEY"), QStringLiteral("waha-wrong-key"));
    const Run test
        = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("linked")}, env);
    QCOMPARE(test.exitCode, 1);
    QVERIFY(test.out.contains(QStringLiteral("Gateway:  reachable")));
    QVERIFY2(test.err.contains(QStringLiteral("rejected the API key")), qPrintable(test.err));
    QVERIFY(test.err.contains(QStringLiteral("401")));
}

void TestLinkedChannelCommands::testUnreachableGatewayFails()
{
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("offline")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QStringLiteral("Is the gateway running at")), qPrintable(test.err));
    QVERIFY(!test.out.contains(QStringLiteral("reachable")));
}

void TestLinkedChannelCommands::testLogoutNeedsYesThenReachesTheGateway()
{
    const Run asked = run({QStringLiteral("channels"), QStringLiteral("logout"), QStringLiteral("linked")});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains(QStringLiteral("--yes")), qPrintable(asked.err));
    QCOMPARE(m_waha.requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 0);

    const Run logout = run({QStringLiteral("channels"), QStringLiteral("logout"), QStringLiteral("linked"),
                            QStringLiteral("--yes")});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    QVERIFY(logout.out.contains(QStringLiteral("Logged out")));
    QCOMPARE(m_waha.requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 1);
    QVERIFY(!m_waha.isLinked(QStringLiteral("default")));
    // Recorded like the API's link actions, as done from the command line.
    const auto entries = AuditStore(DataDirectory::databasePath(m_dataDir)).recent(10);
    QVERIFY(entries.ok());
    QVERIFY(std::any_of(entries.value().cbegin(), entries.value().cend(), [](const AuditEntry& entry) {
        return entry.action == QLatin1String("link.logout") && entry.target == QLatin1String("linked")
            && entry.keyName == QLatin1String("cli") && entry.result == QLatin1String("ok");
    }));
    // Afterwards the test says what is wrong.
    QTRY_VERIFY_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")) == QLatin1String("SCAN_QR_CODE"),
                             5000);
    const Run test = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("linked")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY(test.err.contains(QStringLiteral("needs a scan")));
}

void TestLinkedChannelCommands::testStopStartRestartAtTheGateway()
{
    const Run stop = run({QStringLiteral("channels"), QStringLiteral("stop"), QStringLiteral("linked")});
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
    QCOMPARE(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("STOPPED"));
    QVERIFY(m_waha.isLinked(QStringLiteral("default")));
    const Run stopped = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("linked")});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.err.contains(QStringLiteral("channeldesk channels start linked")),
             qPrintable(stopped.err));

    const Run start = run({QStringLiteral("channels"), QStringLiteral("start"), QStringLiteral("linked")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("WORKING"),
                              5000);

    const Run restart
        = run({QStringLiteral("channels"), QStringLiteral("restart"), QStringLiteral("linked")});
    QVERIFY2(restart.exitCode == 0, qPrintable(restart.err));
    QCOMPARE(m_waha.requestsTo(QStringLiteral("POST /api/sessions/default/restart")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("WORKING"),
                              5000);
    QVERIFY(m_waha.isLinked(QStringLiteral("default")));
}

void TestLinkedChannelCommands::testActionOnUnknownOrCloudChannel()
{
    const Run unknown = run({QStringLiteral("channels"), QStringLiteral("stop"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 4);
    const Run bad = run({QStringLiteral("channels"), QStringLiteral("reboot"), QStringLiteral("linked")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("unknown subcommand")));
    const Run offline = run({QStringLiteral("channels"), QStringLiteral("stop"), QStringLiteral("offline")});
    QCOMPARE(offline.exitCode, 1);
    QVERIFY2(offline.err.contains(QStringLiteral("Is the gateway running at")), qPrintable(offline.err));
}

QTEST_GUILESS_MAIN(TestLinkedChannelCommands)
#include "TestLinkedChannelCommands.moc"
