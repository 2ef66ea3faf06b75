// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk serve` under a linked channel's gateway traffic (50 messages/s over the fake WAHA's
// WebSocket) while signed webhooks arrive: the projector is the store's one writer, so nothing
// reports "database is locked", every message and delivery reaches the log, and the backlog
// drains to nothing.
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "CloudChannelAnswers.h"
#include "FakeWahaServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
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

    QTemporaryDir m_dir;
    FakeWahaServer m_waha;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeMixedLoad::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_serve = std::make_unique<ServeProcess>(binary, dataDir(), environment());
    CloudChannelAnswers cloud{QStringLiteral("cloud"),
                              QStringLiteral("EAA_MIXED_LOAD_TEST_TOKEN_NOT_REAL_0000000")};
    cloud.phoneNumberId = phoneId;
    cloud.verifyToken = verifyToken;
    cloud.appSecret = QString::fromLatin1(appSecret);
    cloud.publicBaseUrl = QStringLiteral("https://desk.example.com");
    QJsonObject answers = cloud.toAnswers();
    answers.insert(QStringLiteral("messaging-whatsapp-linked"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("linked")},
                               {QStringLiteral("gateway"), QStringLiteral("waha")},
                               {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                               {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                               {QStringLiteral("session"), QStringLiteral("default")}});
    const ServeProcess::Run setup = m_serve->setup(answers);
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
}

void TestServeMixedLoad::cleanupTestCase()
{
    m_serve->stop();
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
    QHash<QString, QString> entries;
    for (const QJsonObject& entry : m_serve->logEntries({QStringLiteral("--channel"), channel}))
        entries.insert(entry[QStringLiteral("message_id")].toString(),
                       entry[QStringLiteral("status")].toString());
    return entries;
}

void TestServeMixedLoad::testOneWriterUnderMixedLoad()
{
    QVERIFY2(m_serve->startReceiver(), qPrintable(m_serve->log()));
    WebhookClient client(m_serve->webhookPort());
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

    const QString logged = m_serve->log();
    QVERIFY2(!logged.contains(QLatin1String("locked")), qPrintable(logged));
    // Nor a write that had to be tried again.
    for (const char* retried : {"Could not journal", "Could not add acknowledged", "Could not index"})
        QVERIFY2(!logged.contains(QLatin1String(retried)), qPrintable(logged));
}

QTEST_GUILESS_MAIN(TestServeMixedLoad)
#include "TestServeMixedLoad.moc"
