// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryProjector.h"

#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "store/OutboundStore.h"
#include "util/DataDirectory.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/GatewayEventBody.h"
#include "webhook/WebhookPayloadParser.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace ChannelDesk;

namespace {

const QString peer = QStringLiteral("15557654321");

JournalEntry entry(const QString& wamid, const QString& text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {0, QStringLiteral("support"), now,
            WebhookClient::textMessage(QStringLiteral("200000000000002"), wamid, peer, QStringLiteral("Ana"),
                                       text, now)};
}

//! What the projector reported through its callbacks; they run on its own thread.
struct Reports
{
    std::mutex mutex;
    QList<qint64> built;
    QStringList notices;

    DeliveryProjector::Built builtCallback()
    {
        return [this](const QString&, const DeliveryOutcome& outcome) {
            std::lock_guard lock(mutex);
            built.append(outcome.deliveryId);
        };
    }
    DeliveryProjector::Notice noticeCallback()
    {
        return [this](const QString& line) {
            std::lock_guard lock(mutex);
            notices.append(line);
        };
    }
    QList<qint64> builtIds()
    {
        std::lock_guard lock(mutex);
        return built;
    }
    QStringList noticeLines()
    {
        std::lock_guard lock(mutex);
        return notices;
    }
};

//! A gateway's event as LinkedChannelController journals it.
JournalEntry gatewayEntry(const GatewayEvent& event)
{
    return {0,
            event.channelId,
            event.at,
            GatewayEventBody::encode(event),
            {},
            false,
            JournalEntry::Kind::GatewayEvent};
}

GatewayEvent gatewayMessage(const QString& id, const QString& text, bool fromMe = false)
{
    GatewayMessage message;
    message.messageId = id;
    message.peer = peer;
    message.chatJid = peer + QStringLiteral("@c.us");
    message.peerName = QStringLiteral("Ana");
    message.fromMe = fromMe;
    message.type = QStringLiteral("text");
    message.text = text;
    message.timestamp = QDateTime::currentDateTimeUtc();
    message.raw = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("body"), text}};
    return {QStringLiteral("linked"), message, {}, {}, QDateTime::currentDateTimeUtc()};
}

GatewayEvent gatewayAck(const QString& id, const QString& status)
{
    return {QStringLiteral("linked"), {}, id, status, QDateTime::currentDateTimeUtc()};
}

} // namespace

class TestDeliveryProjector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testLeftoversAreBuiltExactlyOnceAtStart();
    void testStartsWhereTheStoreMarkIs();
    void testNewEntriesAreBuiltInJournalOrder();
    void testStopDrainsWhatIsWaiting();
    void testNewJournalFileIsBuiltFromItsStart();
    void testEventsAreRecorded();
    void testOptOutWordsFromTheSetter();
    void testGatewayEventsAreBuiltOnceInJournalOrder();
    void testGatewayEventsLeftByACrashAreBuiltAtStart();
    void testEntriesNobodyAnnouncedAreFound();
    void testBatchesReadAheadAreBuiltInOrder();

private:
    qint64 append(const QList<JournalEntry>& entries);
    int messageCount();
    qint64 progress() { return MessageStore(m_path).journalProgress().value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_journalPath;
};

void TestDeliveryProjector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = DataDirectory::databasePath(m_dir->path());
    m_journalPath = DataDirectory::journalPath(m_dir->path());
}

void TestDeliveryProjector::cleanup()
{
    Database::close(m_path);
}

qint64 TestDeliveryProjector::append(const QList<JournalEntry>& entries)
{
    DeliveryJournal journal(m_journalPath);
    const auto appended = journal.append(entries);
    return appended.ok() ? appended.value() : -1;
}

int TestDeliveryProjector::messageCount()
{
    const auto log = ConversationReader(m_path).log({});
    return log.ok() ? int(log.value().size()) : -1;
}

void TestDeliveryProjector::testLeftoversAreBuiltExactlyOnceAtStart()
{
    // What a crash between the journal commit (the 200 went out) and the store build leaves.
    QCOMPARE(append({entry(QStringLiteral("wamid.L1"), QStringLiteral("one")),
                     entry(QStringLiteral("wamid.L2"), QStringLiteral("two")),
                     entry(QStringLiteral("wamid.L3"), QStringLiteral("three"))}),
             3);
    QCOMPARE(messageCount(), 0);
    Reports reports;
    {
        DeliveryProjector projector(m_path, m_journalPath);
        QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
        QTRY_COMPARE(reports.builtIds(), (QList<qint64>{1, 2, 3}));
        QTRY_COMPARE(projector.backlog(), 0);
        projector.stop(0);
    }
    QCOMPARE(reports.noticeLines().size(), 1);
    QVERIFY2(reports.noticeLines().first().contains(QLatin1String("3")),
             qPrintable(reports.noticeLines().first()));
    QCOMPARE(progress(), 3);
    QCOMPARE(messageCount(), 3);

    // The next start finds the mark in step with the journal: nothing is built twice.
    Reports again;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(again.builtCallback(), again.noticeCallback()).ok());
    QCOMPARE(projector.backlog(), 0);
    projector.stop(1000);
    QCOMPARE(again.builtIds(), QList<qint64>());
    QCOMPARE(again.noticeLines(), QStringList());
    QCOMPARE(messageCount(), 3);
}

void TestDeliveryProjector::testStartsWhereTheStoreMarkIs()
{
    QList<JournalEntry> entries;
    for (int i = 1; i <= 6; ++i)
        entries.append(entry(QStringLiteral("wamid.M%1").arg(i), QStringLiteral("m %1").arg(i)));
    QCOMPARE(append(entries), 6);
    {
        // An earlier run built the first three and moved the mark with them, then died.
        DeliveryJournal journal(m_journalPath);
        const auto first = journal.entriesAfter(0, 3).value();
        QList<Delivery> deliveries;
        for (const JournalEntry& e : first)
            deliveries.append(
                {e.channelId, e.receivedAt, e.body, WebhookPayloadParser::parse(e.body).value(), e.id});
        QVERIFY(DeliveryProjection(m_path).commitDeliveries(deliveries).ok());
    }
    QCOMPARE(progress(), 3);
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QCOMPARE(projector.backlog(), 3);
    QTRY_COMPARE(reports.builtIds(), (QList<qint64>{4, 5, 6}));
    projector.stop(0);
    QCOMPARE(progress(), 6);
    QCOMPARE(messageCount(), 6);
}

void TestDeliveryProjector::testNewEntriesAreBuiltInJournalOrder()
{
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QCOMPARE(projector.backlog(), 0);
    for (int i = 1; i <= 5; ++i) {
        const qint64 last = append({entry(QStringLiteral("wamid.N%1a").arg(i), QStringLiteral("a")),
                                    entry(QStringLiteral("wamid.N%1b").arg(i), QStringLiteral("b"))});
        QCOMPARE(last, 2 * i);
        projector.journalAdvanced(last);
    }
    QTRY_COMPARE(reports.builtIds().size(), 10);
    const QList<qint64> ids = reports.builtIds();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), qint64(i + 1));
    QTRY_COMPARE(projector.backlog(), 0);
    projector.stop(0);
    QCOMPARE(progress(), 10);
    QCOMPARE(messageCount(), 10);
    QCOMPARE(reports.noticeLines(), QStringList());
}

void TestDeliveryProjector::testStopDrainsWhatIsWaiting()
{
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QList<JournalEntry> entries;
    for (int i = 0; i < 20; ++i)
        entries.append(entry(QStringLiteral("wamid.D%1").arg(i), QStringLiteral("d")));
    projector.journalAdvanced(append(entries));
    projector.stop(10000);
    QCOMPARE(reports.builtIds().size(), 20);
    QCOMPARE(progress(), 20);
    QCOMPARE(messageCount(), 20);
}

void TestDeliveryProjector::testNewJournalFileIsBuiltFromItsStart()
{
    QCOMPARE(append({entry(QStringLiteral("wamid.O1"), QStringLiteral("old 1")),
                     entry(QStringLiteral("wamid.O2"), QStringLiteral("old 2")),
                     entry(QStringLiteral("wamid.O3"), QStringLiteral("old 3"))}),
             3);
    {
        DeliveryProjector projector(m_path, m_journalPath);
        QVERIFY(projector.start({}, {}).ok());
        projector.stop(10000);
    }
    QCOMPARE(progress(), 3);
    // The operator replaced the journal (a restored data directory): its ids start again at 1.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_journalPath + suffix);
    QCOMPARE(append({entry(QStringLiteral("wamid.F1"), QStringLiteral("fresh"))}), 1);
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QTRY_COMPARE(reports.builtIds(), QList<qint64>{1});
    projector.stop(0);
    QCOMPARE(progress(), 1);
    QCOMPARE(messageCount(), 4);
}

void TestDeliveryProjector::testEventsAreRecorded()
{
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start({}, {}).ok());
    projector.submitEvent({QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                           QStringLiteral("rejected"), QStringLiteral("bad-signature"),
                           QStringLiteral("signature mismatch"), QStringLiteral("127.0.0.1")});
    QTRY_COMPARE(MessageStore(m_path).recentEvents(QStringLiteral("support"), 10).value().size(), 1);
    projector.stop(0);
    QCOMPARE(MessageStore(m_path).recentEvents(QStringLiteral("support"), 10).value().first().reason,
             QStringLiteral("bad-signature"));
}

void TestDeliveryProjector::testOptOutWordsFromTheSetter()
{
    DeliveryProjector projector(m_path, m_journalPath);
    projector.setOptOutWords(OptOutWords({QStringLiteral("PARAR")}));
    QVERIFY(projector.start({}, {}).ok());
    projector.journalAdvanced(append({entry(QStringLiteral("wamid.S1"), QStringLiteral("STOP")),
                                      entry(QStringLiteral("wamid.S2"), QStringLiteral("Parar."))}));
    projector.stop(10000);
    QCOMPARE(messageCount(), 2);
    QSqlQuery q(Database::open(m_path).value());
    QVERIFY(q.exec(QStringLiteral("SELECT word FROM opt_outs")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Parar."));
    QVERIFY(!q.next()); // STOP is not among the words given
    QVERIFY(OutboundStore(m_path).isOptedOut(QStringLiteral("support"), peer).value());
}

QTEST_GUILESS_MAIN(TestDeliveryProjector)
void TestDeliveryProjector::testGatewayEventsAreBuiltOnceInJournalOrder()
{
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    // As LinkedChannelController appends a batch: the bot's copy (kind 1, never built) first,
    // then the events, here between two webhooks.
    QList<JournalEntry> batch{entry(QStringLiteral("wamid.G0"), QStringLiteral("before"))};
    JournalEntry botCopy = gatewayEntry(gatewayMessage(QStringLiteral("G1"), QStringLiteral("hola")));
    botCopy.kind = JournalEntry::Kind::LinkedEvent;
    batch << botCopy << gatewayEntry(gatewayMessage(QStringLiteral("G1"), QStringLiteral("hola")))
          << gatewayEntry(gatewayMessage(QStringLiteral("G2"), QStringLiteral("respuesta"), true))
          << gatewayEntry(gatewayAck(QStringLiteral("G2"), QStringLiteral("delivered")))
          // A gateway that reports a message twice (a reconnect) stores it once.
          << gatewayEntry(gatewayMessage(QStringLiteral("G1"), QStringLiteral("hola")))
          << gatewayEntry(gatewayAck(QStringLiteral("G2"), QStringLiteral("read")))
          << entry(QStringLiteral("wamid.G3"), QStringLiteral("after"));
    const qint64 last = append(batch);
    QCOMPARE(last, 8);
    projector.journalAdvanced(last);
    // Every entry to build, in journal order; the bot's copy (id 2) is not one of them.
    QTRY_COMPARE(reports.builtIds(), (QList<qint64>{1, 3, 4, 5, 6, 7, 8}));
    QTRY_COMPARE(projector.backlog(), 0);
    projector.stop(0);
    QCOMPARE(progress(), 8);

    QCOMPARE(messageCount(), 4);
    // The webhooks' times are whole seconds; the gateway's messages are compared among themselves.
    const QList<LogEntry> log = ConversationReader(m_path).log({QStringLiteral("linked"), {}, 0}).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).text, QStringLiteral("hola"));
    QCOMPARE(log.at(1).text, QStringLiteral("respuesta"));
    QCOMPARE(log.at(0).direction, QStringLiteral("in"));
    QCOMPARE(log.at(0).peerName, QStringLiteral("Ana"));
    QCOMPARE(log.at(1).direction, QStringLiteral("out"));
    // The acknowledgements became the message's statuses, the later one last.
    QCOMPARE(log.at(1).status, QStringLiteral("read"));
}

void TestDeliveryProjector::testGatewayEventsLeftByACrashAreBuiltAtStart()
{
    // Journaled by the gateway path, then SIGKILL before the projector built them.
    QList<JournalEntry> entries;
    for (int i = 1; i <= 4; ++i)
        entries << gatewayEntry(gatewayMessage(QStringLiteral("K%1").arg(i), QStringLiteral("k %1").arg(i)));
    QCOMPARE(append(entries), 4);
    QCOMPARE(messageCount(), 0);
    Reports reports;
    {
        DeliveryProjector projector(m_path, m_journalPath);
        QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
        QTRY_COMPARE(reports.builtIds(), (QList<qint64>{1, 2, 3, 4}));
        projector.stop(0);
    }
    QCOMPARE(messageCount(), 4);
    QCOMPARE(progress(), 4);
    // And only once.
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QCOMPARE(projector.backlog(), 0);
    projector.stop(0);
    QCOMPARE(messageCount(), 4);
}

void TestDeliveryProjector::testEntriesNobodyAnnouncedAreFound()
{
    // Another process on the data directory appends without telling this projector.
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QCOMPARE(append({gatewayEntry(gatewayMessage(QStringLiteral("P1"), QStringLiteral("unannounced")))}), 1);
    QTRY_COMPARE_WITH_TIMEOUT(messageCount(), 1, 5000);
    QTRY_COMPARE(reports.builtIds(), QList<qint64>{1});
    projector.stop(0);
}

// Past one batch (1,000 entries) the next is read and parsed while the last is committed
// (JournalReader): every entry is still built once, in journal order, gateway events among them.
void TestDeliveryProjector::testBatchesReadAheadAreBuiltInOrder()
{
    QList<JournalEntry> entries;
    for (int i = 1; i <= 2600; ++i) {
        entries.append(
            i % 1000 == 500
                ? gatewayEntry(gatewayMessage(QStringLiteral("gw-%1").arg(i), QStringLiteral("via gateway")))
                : entry(QStringLiteral("wamid.R%1").arg(i), QStringLiteral("r %1").arg(i)));
    }
    QCOMPARE(append(entries), 2600);
    Reports reports;
    DeliveryProjector projector(m_path, m_journalPath);
    QVERIFY(projector.start(reports.builtCallback(), reports.noticeCallback()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(reports.builtIds().size(), 2600, 60000);
    projector.stop(0);
    const QList<qint64> ids = reports.builtIds();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), qint64(i + 1));
    QCOMPARE(progress(), 2600);
    QSqlQuery query(Database::open(m_path).value());
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*), count(DISTINCT wamid), sum(wamid LIKE 'gw-%') FROM messages")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2600);
    QCOMPARE(query.value(1).toInt(), 2600);
    QCOMPARE(query.value(2).toInt(), 3);
}

#include "TestDeliveryProjector.moc"
