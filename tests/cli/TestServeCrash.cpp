// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `channeldesk serve` with SIGKILL in the middle of a stream of signed deliveries and checks
// that every delivery that was answered 200 is in the store after a restart.
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "webhook/SignatureVerifier.h"
#include "CloudChannelAnswers.h"
#include "SearchIndexProbe.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestServeCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testAcknowledgedDeliveriesSurviveSigkill();
    void testLogTellsOfDeliveriesNotYetBuilt();

private:
    QProcessEnvironment environment() const;
    QSet<QString> storedMessageIds();
    //! Deliveries the servers said they built from the journal at a start.
    int builtAtStart() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeCrash::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    m_serve = std::make_unique<ServeProcess>(binary, m_dir.filePath(QStringLiteral("data")), environment());
    // The most permissive umask for the children alone: what serve and setup make in the data
    // directory must be owner-only anyway.
    m_serve->setPermissiveUmask(true);
    CloudChannelAnswers crash{QStringLiteral("crash"),
                              QStringLiteral("EAA_CRASH_TEST_TOKEN_NOT_REAL_00000000000")};
    crash.phoneNumberId = phoneId;
    crash.verifyToken = QStringLiteral("crash-test-verify-token-000");
    crash.appSecret = QString::fromLatin1(appSecret);
    QCOMPARE(m_serve->setup(crash.toAnswers()).exitCode, 0);
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

QSet<QString> TestServeCrash::storedMessageIds()
{
    QSet<QString> ids;
    for (const QJsonObject& entry : m_serve->logEntries())
        ids.insert(entry.value(QStringLiteral("message_id")).toString());
    return ids;
}

int TestServeCrash::builtAtStart() const
{
    static const QRegularExpression building(QStringLiteral("Building (\\d+) acknowledged deliveries"));
    int built = 0;
    QRegularExpressionMatchIterator matches = building.globalMatch(m_serve->allLogs());
    while (matches.hasNext())
        built += matches.next().captured(1).toInt();
    return built;
}

void TestServeCrash::testAcknowledgedDeliveriesSurviveSigkill()
{
    QSet<QString> acknowledged;
    int sequence = 0;
    for (int round = 0; round < 3; ++round) {
        QVERIFY(m_serve->startReceiver());
        QProcess& server = m_serve->process();
        const quint16 port = m_serve->webhookPort();
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
                QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp/%2").arg(port).arg(phoneId)));
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
    QVERIFY(m_serve->startReceiver());
    m_serve->process().terminate();
    QVERIFY(m_serve->process().waitForFinished(30000));
    QCOMPARE(m_serve->process().exitStatus(), QProcess::NormalExit);
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
    const ServeProcess::Run log = m_serve->cli({QStringLiteral("log")});
    QCOMPARE(log.exitCode, 0);
    QVERIFY(!log.out.contains(QLatin1String("wamid.late-1")));
    QVERIFY2(log.err.contains(QLatin1String("2 acknowledged deliveries are in the delivery journal")),
             qPrintable(log.err));

    QVERIFY(m_serve->startReceiver());
    m_serve->process().terminate();
    QVERIFY(m_serve->process().waitForFinished(30000));
    const QSet<QString> stored = storedMessageIds();
    QVERIFY(stored.contains(QStringLiteral("wamid.late-1")));
    QVERIFY(stored.contains(QStringLiteral("wamid.late-2")));
    const ServeProcess::Run again = m_serve->cli({QStringLiteral("log")});
    QVERIFY(again.exitCode != -1);
    QCOMPARE(again.err, QString());
}

QTEST_GUILESS_MAIN(TestServeCrash)
#include "TestServeCrash.moc"
