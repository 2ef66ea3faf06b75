// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk serve` under a linked channel's gateway traffic (50 messages/s over the fake WAHA's
// WebSocket) while signed webhooks arrive: the projector is the store's one writer, so nothing
// reports "database is locked", every message and delivery reaches the log, and the backlog
// drains to nothing.
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ChannelDesk;

namespace {

const QString phoneId = QStringLiteral("200000000000077");
const QByteArray appSecret = "fedcba9876543210fedcba9876543210";
const QString verifyToken = QStringLiteral("mixed-load-verify-token");
constexpr int kLoadMs = 3000;
constexpr int kGatewayIntervalMs = 20; // 50 messages/s

} // namespace

class TestServeMixedLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testOneWriterUnderMixedLoad();

private:
    QProcessEnvironment environment() const;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    //! message id -> status of every entry `log --json` prints for the channel.
    QHash<QString, QString> log(const QString& channel);

    QString m_binary;
    QTemporaryDir m_dir;
    FakeWahaServer m_waha;
    QProcess m_server;
    quint16 m_port = 0;
};

void TestServeMixedLoad::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    QFile answers(m_dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("messaging-whatsapp"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("cloud")},
                             {QStringLiteral("public_base_url"), QStringLiteral("https://desk.example.com")},
                             {QStringLiteral("phone_number_id"), phoneId},
                             {QStringLiteral("access_token"),
                              QStringLiteral("EAA_MIXED_LOAD_TEST_TOKEN_NOT_REAL_0000000")},
                             {QStringLiteral("verify_token"), verifyToken},
                             {QStringLiteral("app_secret"), QString::fromLatin1(appSecret)}}},
                {QStringLiteral("messaging-whatsapp-linked"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("linked")},
                             {QStringLiteral("gateway"), QStringLiteral("waha")},
                             {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                             {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                             {QStringLiteral("session"), QStringLiteral("default")}}}})
            .toJson());
    answers.close();
    QProcess setup;
    setup.setProcessEnvironment(environment());
    setup.start(m_binary,
                {QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                 QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"), dataDir()});
    QVERIFY(setup.waitForFinished(30000));
    QVERIFY2(setup.exitCode() == 0, setup.readAllStandardError().constData());
}

void TestServeMixedLoad::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(20000);
}

QProcessEnvironment TestServeMixedLoad::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_CLOUD_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_CLOUD_VERIFY_TOKEN"), verifyToken);
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LINKED_API_KEY"), FakeWahaServer::apiKey());
    return env;
}

QHash<QString, QString> TestServeMixedLoad::log(const QString& channel)
{
    QProcess log;
    log.setProcessEnvironment(environment());
    log.start(m_binary,
              {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--channel"), channel,
               QStringLiteral("--data-dir"), dataDir()});
    log.waitForFinished(30000);
    QHash<QString, QString> entries;
    for (const QByteArray& line : log.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        entries.insert(entry[QStringLiteral("message_id")].toString(),
                       entry[QStringLiteral("status")].toString());
    }
    return entries;
}

void TestServeMixedLoad::testOneWriterUnderMixedLoad()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    const QString logPath = m_dir.filePath(QStringLiteral("serve.log"));
    m_server.setProcessEnvironment(environment());
    m_server.setStandardOutputFile(QProcess::nullDevice());
    m_server.setStandardErrorFile(logPath);
    m_server.start(m_binary,
                   {QStringLiteral("serve"), QStringLiteral("--no-api"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"), dataDir()});
    QVERIFY(m_server.waitForStarted(10000));
    WebhookClient client(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(client.verify(phoneId, verifyToken, QStringLiteral("c")) == 200, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_waha.webSocketClientCount() > 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("SCAN_QR_CODE"),
                              15000);
    m_waha.simulateScan(QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("WORKING"),
                              15000);

    // The gateway pushes on a timer; the webhooks are posted one after another in between.
    QSet<QString> gatewayIds;
    QSet<QString> readIds;
    int tick = 0;
    QTimer gateway;
    gateway.setInterval(kGatewayIntervalMs);
    connect(&gateway, &QTimer::timeout, this, [&] {
        const QString chat = QStringLiteral("1555700%1@c.us").arg(tick % 7, 4, 10, QLatin1Char('0'));
        gatewayIds.insert(
            m_waha.pushInbound(QStringLiteral("default"), chat, QStringLiteral("gw %1").arg(tick)));
        if (tick % 5 == 0) {
            // From the phone, then read: an acknowledgement that must become the message's status.
            const QString out
                = m_waha.pushOutbound(QStringLiteral("default"), chat, QStringLiteral("reply %1").arg(tick));
            m_waha.pushAck(QStringLiteral("default"), out, 3);
            gatewayIds.insert(out);
            readIds.insert(out);
        }
        ++tick;
    });
    QSet<QString> webhookIds;
    QElapsedTimer load;
    load.start();
    gateway.start();
    int n = 0;
    while (load.elapsed() < kLoadMs) {
        const QString wamid = QStringLiteral("wamid.MIX%1").arg(n, 5, 10, QLatin1Char('0'));
        const QByteArray body = WebhookClient::textMessage(
            phoneId, wamid, QStringLiteral("1555800%1").arg(n % 5, 4, 10, QLatin1Char('0')),
            QStringLiteral("Ana"), QStringLiteral("hook %1").arg(n), QDateTime::currentDateTimeUtc());
        QCOMPARE(client.post(phoneId, body, appSecret), 200);
        webhookIds.insert(wamid);
        ++n;
    }
    gateway.stop();
    QVERIFY2(tick >= kLoadMs / kGatewayIntervalMs / 2, qPrintable(QString::number(tick)));
    QVERIFY(webhookIds.size() > 10);
    qInfo("%d gateway messages and %d webhooks in %d ms", int(gatewayIds.size()), int(webhookIds.size()),
          kLoadMs);

    // Everything reaches the log: each gateway message once, its acknowledgement as its status.
    QHash<QString, QString> linked;
    QTRY_VERIFY_WITH_TIMEOUT(
        (linked = log(QStringLiteral("linked"))).size() == gatewayIds.size()
            && std::all_of(readIds.cbegin(), readIds.cend(),
                           [&](const QString& id) { return linked.value(id) == QLatin1String("read"); }),
        60000);
    QCOMPARE(QSet<QString>(linked.keyBegin(), linked.keyEnd()), gatewayIds);
    QHash<QString, QString> cloud;
    QTRY_VERIFY_WITH_TIMEOUT((cloud = log(QStringLiteral("cloud"))).size() == webhookIds.size(), 60000);
    QCOMPARE(QSet<QString>(cloud.keyBegin(), cloud.keyEnd()), webhookIds);

    // The backlog drained: the store's mark is the journal's newest entry to build.
    DeliveryJournal journal(DataDirectory::journalPath(dataDir()));
    const Result<qint64> newest = journal.newestToBuild();
    QVERIFY(newest.ok());
    QVERIFY(newest.value() >= gatewayIds.size() + webhookIds.size());
    QTRY_COMPARE_WITH_TIMEOUT(MessageStore(DataDirectory::databasePath(dataDir())).journalProgress().value(),
                              newest.value(), 10000);

    QFile serveLog(logPath);
    QVERIFY(serveLog.open(QIODevice::ReadOnly));
    const QByteArray logged = serveLog.readAll();
    QVERIFY2(!logged.contains("locked"), logged.constData());
    // Nor a write that had to be tried again.
    for (const char* retried : {"Could not journal", "Could not add acknowledged", "Could not index"})
        QVERIFY2(!logged.contains(retried), logged.constData());
}

QTEST_GUILESS_MAIN(TestServeMixedLoad)
#include "TestServeMixedLoad.moc"
