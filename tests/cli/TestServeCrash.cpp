// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `channeldesk serve` with SIGKILL in the middle of a stream of signed deliveries and checks
// that every delivery that was answered 200 is in the store after a restart.
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "webhook/SignatureVerifier.h"
#include "SearchIndexProbe.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray appSecret = "fedcba9876543210fedcba9876543210";
const QString phoneId = QStringLiteral("106540352242922");

QByteArray delivery(const QString& wamid)
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
               R"("messaging_product":"whatsapp","metadata":{"phone_number_id":"%1"},"contacts":[{"profile":)"
               R"({"name":"Crash Test"},"wa_id":"15550009999"}],"messages":[{"from":"15550009999","id":"%2",)"
               R"("timestamp":"1767225600","type":"text","text":{"body":"delivery %2"}}]}}]}]})")
        .arg(phoneId, wamid)
        .toUtf8();
}

//! The most permissive umask for the child alone: what serve and setup make in the data directory
//! must be owner-only anyway.
void permissiveUmask(QProcess& process)
{
    process.setChildProcessModifier([] { ::umask(0); });
}

} // namespace

class TestServeCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testAcknowledgedDeliveriesSurviveSigkill();
    void testLogTellsOfDeliveriesNotYetBuilt();

private:
    bool startServer(QProcess& server);
    QProcessEnvironment environment() const;
    QSet<QString> storedMessageIds();
    //! Deliveries the servers said they built from the journal at a start.
    int builtAtStart() const;

    QString m_binary;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QStringList m_logs;
};

void TestServeCrash::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QFile answers(m_dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("messaging-whatsapp"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("crash")},
                             {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                             {QStringLiteral("phone_number_id"), phoneId},
                             {QStringLiteral("access_token"),
                              QStringLiteral("EAA_CRASH_TEST_TOKEN_NOT_REAL_00000000000")},
                             {QStringLiteral("verify_token"), QStringLiteral("crash-test-verify-token-000")},
                             {QStringLiteral("app_secret"), QString::fromLatin1(appSecret)}}}})
            .toJson());
    answers.close();
    QProcess setup;
    permissiveUmask(setup);
    setup.setProcessEnvironment(environment());
    setup.start(m_binary,
                {QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                 QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"),
                 m_dir.filePath(QStringLiteral("data"))});
    QVERIFY(setup.waitForFinished(30000));
    QCOMPARE(setup.exitCode(), 0);
}

QProcessEnvironment TestServeCrash::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_CRASH_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_CRASH_VERIFY_TOKEN"),
               QStringLiteral("crash-test-verify-token-000"));
    return env;
}

bool TestServeCrash::startServer(QProcess& server)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return false;
    m_port = probe.serverPort();
    probe.close();
    // The server logs a line per request: send it to a file, a full pipe would stall the server.
    const QString logFile = m_dir.filePath(QStringLiteral("serve-%1.log").arg(m_port));
    permissiveUmask(server);
    server.setProcessEnvironment(environment());
    server.setStandardOutputFile(QProcess::nullDevice());
    server.setStandardErrorFile(logFile);
    server.start(m_binary,
                 {QStringLiteral("serve"), QStringLiteral("--no-api"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"),
                  m_dir.filePath(QStringLiteral("data"))});
    if (!server.waitForStarted(10000))
        return false;
    const bool listening = QTest::qWaitFor(
        [&] {
            QFile log(logFile);
            return (log.open(QIODevice::ReadOnly) && log.readAll().contains("Listening on"))
                || server.state() == QProcess::NotRunning;
        },
        15000);
    m_logs.append(logFile);
    return listening && server.state() == QProcess::Running;
}

QSet<QString> TestServeCrash::storedMessageIds()
{
    QProcess log;
    log.start(m_binary,
              {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
               m_dir.filePath(QStringLiteral("data"))});
    log.waitForFinished(60000);
    QSet<QString> ids;
    for (const QByteArray& line : log.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            ids.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("message_id")).toString());
    }
    return ids;
}

int TestServeCrash::builtAtStart() const
{
    static const QRegularExpression building(QStringLiteral("Building (\\d+) acknowledged deliveries"));
    int built = 0;
    for (const QString& path : m_logs) {
        QFile log(path);
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const QRegularExpressionMatch match = building.match(QString::fromUtf8(log.readAll()));
        if (match.hasMatch())
            built += match.captured(1).toInt();
    }
    return built;
}

void TestServeCrash::testAcknowledgedDeliveriesSurviveSigkill()
{
    QSet<QString> acknowledged;
    int sequence = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess server;
        QVERIFY(startServer(server));
        // Keep many deliveries in flight and kill at a random point within the stream.
        const int killAfter = 100 + int(QRandomGenerator::global()->bounded(200));
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        for (int c = 0; c < 4; ++c)
            clients.push_back(std::make_unique<QNetworkAccessManager>());
        int inFlight = 0;
        int acknowledgedThisRound = 0;
        bool killed = false;
        std::function<void(QNetworkAccessManager*)> sendNext = [&](QNetworkAccessManager* client) {
            if (killed)
                return;
            const QString wamid = QStringLiteral("wamid.crash-%1").arg(sequence++);
            const QByteArray body = delivery(wamid);
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp/%2").arg(m_port).arg(phoneId)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256",
                                 ChannelDesk::SignatureVerifier::sign(body, appSecret));
            QNetworkReply* reply = client->post(request, body);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, client, [&, reply, client, wamid] {
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    acknowledged.insert(wamid);
                    if (++acknowledgedThisRound >= killAfter && !killed) {
                        killed = true;
                        server.kill(); // SIGKILL: no clean shutdown, no final commit
                    }
                }
                reply->deleteLater();
                sendNext(client);
            });
        };
        for (auto& client : clients) {
            for (int i = 0; i < 6; ++i)
                sendNext(client.get());
        }
        QTRY_VERIFY_WITH_TIMEOUT(killed && inFlight == 0, 60000);
        QVERIFY(server.state() == QProcess::NotRunning || server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
    }
    // What the kills left in the delivery journal unbuilt is built at the next start; stopping
    // with SIGTERM gives the builder time to finish. Search indexing also trails and catches up.
    QProcess server;
    QVERIFY(startServer(server));
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    const QStringList loose = TestEnvironment::notOwnerOnly(m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));
    const QSet<QString> stored = storedMessageIds();
    QVERIFY(acknowledged.size() >= 300);
    QSet<QString> lost = acknowledged;
    lost.subtract(stored);
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("%1 acknowledged deliveries lost, e.g. %2")
                            .arg(lost.size())
                            .arg(lost.isEmpty() ? QString() : *lost.begin())));
    qInfo("acknowledged %lld deliveries over 3 SIGKILLs, stored %lld, lost 0; %d built from the journal at "
          "a restart",
          qint64(acknowledged.size()), qint64(stored.size()), builtAtStart());
    const QString databasePath
        = ChannelDesk::DataDirectory::databasePath(m_dir.filePath(QStringLiteral("data")));
    QCOMPARE(SearchIndexProbe::matches(databasePath, QStringLiteral("delivery")), int(stored.size()));
    QCOMPARE(SearchIndexProbe::integrityProblem(databasePath), QString());
    ChannelDesk::Database::close(databasePath);
}

void TestServeCrash::testLogTellsOfDeliveriesNotYetBuilt()
{
    // What a kill right after two acknowledgements leaves: journaled, not yet built.
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    {
        ChannelDesk::DeliveryJournal journal(ChannelDesk::DataDirectory::journalPath(dataDir));
        QList<ChannelDesk::JournalEntry> entries;
        for (const QString& wamid : {QStringLiteral("wamid.late-1"), QStringLiteral("wamid.late-2")})
            entries.append({0, QStringLiteral("crash"), QDateTime::currentDateTimeUtc(), delivery(wamid)});
        QVERIFY(journal.append(entries).ok());
    }
    QProcess log;
    log.start(m_binary, {QStringLiteral("log"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY(log.waitForFinished(60000));
    QCOMPARE(log.exitCode(), 0);
    QVERIFY(!log.readAllStandardOutput().contains("wamid.late-1"));
    const QByteArray note = log.readAllStandardError();
    QVERIFY2(note.contains("2 acknowledged deliveries are in the delivery journal"), note.constData());

    QProcess server;
    QVERIFY(startServer(server));
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    const QSet<QString> stored = storedMessageIds();
    QVERIFY(stored.contains(QStringLiteral("wamid.late-1")));
    QVERIFY(stored.contains(QStringLiteral("wamid.late-2")));
    log.start(m_binary, {QStringLiteral("log"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY(log.waitForFinished(60000));
    QCOMPARE(log.readAllStandardError(), QByteArray());
}

QTEST_GUILESS_MAIN(TestServeCrash)
#include "TestServeCrash.moc"
