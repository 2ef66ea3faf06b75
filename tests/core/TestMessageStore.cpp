// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"
#include "JournaledBuilder.h"
#include "SearchIndexProbe.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/webhooks/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One POST with count text messages "zebra <first + i>" from one contact.
QByteArray textMessages(int first, int count)
{
    QJsonArray messages;
    for (int i = first; i < first + count; ++i)
        messages.append(
            QJsonObject{{QStringLiteral("from"), QStringLiteral("15557654321")},
                        {QStringLiteral("id"), QStringLiteral("wamid.ZEBRA%1").arg(i)},
                        {QStringLiteral("timestamp"), QStringLiteral("1767225605")},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("body"), QStringLiteral("zebra %1").arg(i)}}}});
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("messages"), messages}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                             {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("100000000000001")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testEveryFixtureIsStoredWithItsRawBody();
    void testDedupeIsPermanent();
    void testConversationTracksWindowAndUnread();
    void testStatusNeverDowngrades();
    void testLogFiltersAndLimit();
    void testSearchFindsText();
    void testDeferredSearchIndexCatchesUpInChunks();
    void testSearchIndexSegmentsAreMerged();
    void testGatewayMessagesAndAcks();
    void testDeliveryWithoutJournalEntryIsRefused();
    void testOptOutWordsComeFromTheSetter();
    void testRepeatedEventsShareTheirMinutesRow();
    void testEventsArePrunedByAgeAndPerChannel();

private:
    Delivery delivery(const QString& fixtureName, const QString& channel = QStringLiteral("support"));
    Delivery textDelivery(int first, int count);
    int searchMatches(const QString& words) { return SearchIndexProbe::matches(m_path, words); }
    QSqlQuery query(const QString& sql);
    QList<LogEntry> logOf(const LogQuery& query) { return ConversationReader(m_path).log(query).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournaledBuilder> m_store;
    QString m_path;
};

void TestMessageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_store = std::make_unique<JournaledBuilder>(m_path);
}

Delivery TestMessageStore::delivery(const QString& fixtureName, const QString& channel)
{
    const QByteArray body = fixture(fixtureName);
    auto parsed = WebhookPayloadParser::parse(body);
    if (!parsed.ok())
        qFatal("fixture %s does not parse", qPrintable(fixtureName));
    return Delivery{channel, QDateTime::currentDateTimeUtc(), body, parsed.value()};
}

Delivery TestMessageStore::textDelivery(int first, int count)
{
    const QByteArray body = textMessages(first, count);
    return Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                    WebhookPayloadParser::parse(body).value()};
}

QSqlQuery TestMessageStore::query(const QString& sql)
{
    QSqlQuery q(Database::open(m_path).value());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    return q;
}

void TestMessageStore::testEveryFixtureIsStoredWithItsRawBody()
{
    const QStringList names
        = QDir(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/webhooks"))
              .entryList({QStringLiteral("*.json")});
    QVERIFY(names.size() > 20);
    int expectedMessages = 0;
    QList<Delivery> all;
    for (const QString& name : names) {
        all << delivery(name);
        expectedMessages += all.last().batch.messages.size();
    }
    const auto outcomes = m_store->commit(all);
    QVERIFY2(outcomes.ok(), qPrintable(outcomes.error().message));
    int stored = 0;
    for (const DeliveryOutcome& o : outcomes.value())
        stored += o.newMessages + o.duplicateMessages;
    QCOMPARE(stored, expectedMessages);
    // The raw bodies are kept in the delivery journal, not again in the store.
    QSqlQuery deliveries = query(QStringLiteral("SELECT count(*) FROM deliveries"));
    QVERIFY(deliveries.next());
    QCOMPARE(deliveries.value(0).toInt(), 0);
    DeliveryJournal journal(DataDirectory::journalPath(m_dir->path()));
    const auto journaled = journal.entriesAfter(0, names.size() + 1);
    QVERIFY(journaled.ok());
    QCOMPARE(journaled.value().size(), names.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(journaled.value().at(i).body, all.at(i).body);
    QCOMPARE(m_store->store().journalProgress().value(), journaled.value().last().id);
    // Each message and status keeps its raw JSON as text (it is bound as UTF-8 bytes), equal to
    // what was received, non-ASCII included.
    QHash<QString, QJsonObject> firstRaw;
    for (const Delivery& d : std::as_const(all)) {
        for (const InboundMessage& m : d.batch.messages) {
            if (!firstRaw.contains(m.messageId))
                firstRaw.insert(m.messageId, QJsonDocument::fromJson(m.rawJson).object());
        }
    }
    QSqlQuery raws = query(QStringLiteral("SELECT wamid, typeof(raw), raw FROM messages"));
    int checked = 0;
    bool sawNonAscii = false;
    while (raws.next()) {
        const QString wamid = raws.value(0).toString();
        QCOMPARE(raws.value(1).toString(), QStringLiteral("text"));
        const QString raw = raws.value(2).toString();
        sawNonAscii = sawNonAscii || raw.toUtf8().size() != raw.size();
        QVERIFY2(firstRaw.contains(wamid), qPrintable(wamid));
        QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).object(), firstRaw.value(wamid));
        ++checked;
    }
    QCOMPARE(checked, firstRaw.size());
    QVERIFY(sawNonAscii);
    QSqlQuery statusRaws = query(
        QStringLiteral("SELECT count(*), sum(typeof(raw) = 'text' AND json_valid(raw)) FROM statuses"));
    QVERIFY(statusRaws.next());
    QVERIFY(statusRaws.value(0).toInt() > 0);
    QCOMPARE(statusRaws.value(1).toInt(), statusRaws.value(0).toInt());
}

void TestMessageStore::testDedupeIsPermanent()
{
    const Delivery d = delivery(QStringLiteral("message-text.json"));
    QCOMPARE(m_store->commit({d}).value().first().newMessages, 1);
    // A retry days later, after a "restart" (a new store object), is still a duplicate.
    JournaledBuilder again(m_path);
    const auto outcome = again.commit({d, d});
    QCOMPARE(outcome.value().at(0).duplicateMessages, 1);
    QCOMPARE(outcome.value().at(1).duplicateMessages, 1);
    const Delivery status = delivery(QStringLiteral("status-read.json"));
    QCOMPARE(m_store->commit({status}).value().first().newStatuses, 1);
    QCOMPARE(m_store->commit({status}).value().first().duplicateStatuses, 1);
    QCOMPARE(logOf({}).size(), 1);
}

void TestMessageStore::testConversationTracksWindowAndUnread()
{
    QVERIFY(m_store
                ->commit({delivery(QStringLiteral("message-text.json")),
                          delivery(QStringLiteral("message-image.json"))})
                .ok());
    QSqlQuery q = query(QStringLiteral("SELECT peer, peer_name, unread_count, last_inbound_at, last_preview "
                                       "FROM conversations ORDER BY unread_count DESC"));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    QVERIFY(q.value(3).toLongLong() > 0);
}

void TestMessageStore::testStatusNeverDowngrades()
{
    // An outbound message (as the send queue will write it), then statuses out of order.
    QVERIFY(m_store->commit({delivery(QStringLiteral("message-text.json"))}).ok());
    query(QStringLiteral(
        "INSERT INTO messages (conversation_id, channel_id, wamid, direction, type, text, timestamp, raw)"
        " SELECT id, channel_id, 'wamid.OUT', 'out', 'text', 'hello', 4102444800000, '{}' FROM conversations "
        "LIMIT 1"));
    auto statusDelivery = [](const QString& status, int at) {
        WebhookBatch batch;
        StatusUpdate s;
        s.messageId = QStringLiteral("wamid.OUT");
        s.status = status;
        s.timestamp = QDateTime::fromSecsSinceEpoch(1767225600 + at, Qt::UTC);
        s.rawJson
            = QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact);
        batch.statuses << s;
        return Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), "{}", batch};
    };
    QVERIFY(
        m_store
            ->commit({statusDelivery(QStringLiteral("read"), 30), statusDelivery(QStringLiteral("sent"), 10),
                      statusDelivery(QStringLiteral("delivered"), 20)})
            .ok());
    QSqlQuery q = query(QStringLiteral("SELECT status FROM messages WHERE wamid = 'wamid.OUT'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("read"));
    QVERIFY(m_store->commit({statusDelivery(QStringLiteral("failed"), 40)}).ok());
    QSqlQuery failed = query(QStringLiteral("SELECT status FROM messages WHERE wamid = 'wamid.OUT'"));
    QVERIFY(failed.next());
    QCOMPARE(failed.value(0).toString(), QStringLiteral("failed"));
    const QList<LogEntry> log = logOf({});
    QCOMPARE(log.last().direction, QStringLiteral("out"));
    QCOMPARE(log.last().status, QStringLiteral("failed"));
}

void TestMessageStore::testLogFiltersAndLimit()
{
    QVERIFY(m_store
                ->commit({delivery(QStringLiteral("batch-multi.json")),
                          delivery(QStringLiteral("message-text.json"), QStringLiteral("sales"))})
                .ok());
    const QList<LogEntry> all = logOf({});
    QVERIFY(all.size() >= 3);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).timestamp <= all.at(i).timestamp);
    const QList<LogEntry> sales = logOf({QStringLiteral("sales"), {}, 0});
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().channelId, QStringLiteral("sales"));
    const QList<LogEntry> lastTwo = logOf({{}, {}, 2});
    QCOMPARE(lastTwo.size(), 2);
    QCOMPARE(lastTwo.last().messageId, all.last().messageId);
    const QList<LogEntry> byPeer = logOf({{}, all.first().peer, 0});
    QVERIFY(!byPeer.isEmpty());
    for (const LogEntry& e : byPeer)
        QCOMPARE(e.peer, all.first().peer);
}

void TestMessageStore::testSearchFindsText()
{
    QVERIFY(m_store->commit({delivery(QStringLiteral("unicode-escaped.json"))}).ok());
    QSqlQuery q = query(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'cafe'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1); // diacritics removed: "café" matches "cafe"
}

void TestMessageStore::testDeferredSearchIndexCatchesUpInChunks()
{
    // The receiver's store: a burst is indexed a chunk per transaction, so no acknowledgement
    // waits for all of it.
    m_store->store().setSearchIndexInterval(60 * 60 * 1000);
    QVERIFY(m_store->store().indexPendingMessages().ok());
    const int chunk = MessageStore::kSearchIndexChunk;
    const int burst = 2 * chunk + 88;
    QVERIFY(m_store->commit({textDelivery(0, burst)}).ok());
    QCOMPARE(searchMatches(QStringLiteral("zebra")), 0);
    QVERIFY(m_store->store().msUntilIndexDue() > 0);

    QVERIFY(m_store->store().indexPendingMessages(MessageStore::Indexing::Step).ok());
    QCOMPARE(searchMatches(QStringLiteral("zebra")), chunk);
    QCOMPARE(m_store->store().msUntilIndexDue(), 0);
    // The next delivery's transaction takes the next chunk.
    QVERIFY(m_store->commit({textDelivery(burst, 1)}).ok());
    QCOMPARE(searchMatches(QStringLiteral("zebra")), 2 * chunk);
    QVERIFY(m_store->store().indexPendingMessages(MessageStore::Indexing::Step).ok());
    QCOMPARE(searchMatches(QStringLiteral("zebra")), burst + 1);
    int steps = 0;
    while (m_store->store().msUntilIndexDue() == 0 && steps < 100) {
        QVERIFY(m_store->store().indexPendingMessages(MessageStore::Indexing::Step).ok());
        ++steps;
    }
    QCOMPARE(m_store->store().msUntilIndexDue(), -1);
    QCOMPARE(searchMatches(QStringLiteral("zebra")), burst + 1);
    QCOMPARE(searchMatches(QStringLiteral("%1").arg(burst)), 1);
    QCOMPARE(SearchIndexProbe::integrityProblem(m_path), QString());
}

void TestMessageStore::testSearchIndexSegmentsAreMerged()
{
    // FTS5 adds a segment per indexing transaction and, with its own merging turned off, relies
    // on the writers' merge steps; unmerged segments would slow every search. A step merges a level
    // once it holds 16 segments (schema 15), so 20 transactions leave 1 merged and 4 new ones.
    QSqlQuery config = query(QStringLiteral("SELECT v FROM messages_fts_config WHERE k = 'automerge'"));
    QVERIFY(config.next());
    QCOMPARE(config.value(0).toInt(), 0);
    const int transactions = 20;
    for (int i = 0; i < transactions; ++i)
        QVERIFY(m_store->commit({textDelivery(i * 10, 10)}).ok());
    int steps = 0;
    while (m_store->store().msUntilIndexDue() == 0 && steps < 100) {
        QVERIFY(m_store->store().indexPendingMessages(MessageStore::Indexing::Step).ok());
        ++steps;
    }
    QCOMPARE(m_store->store().msUntilIndexDue(), -1);
    QSqlQuery segments = query(QStringLiteral("SELECT count(DISTINCT segid) FROM messages_fts_idx"));
    QVERIFY(segments.next());
    QCOMPARE(segments.value(0).toInt(), 5);
    QCOMPARE(searchMatches(QStringLiteral("zebra")), transactions * 10);
    QCOMPARE(SearchIndexProbe::integrityProblem(m_path), QString());
}

void TestMessageStore::testGatewayMessagesAndAcks()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    GatewayMessage inbound;
    inbound.messageId = QStringLiteral("3EB0IN");
    inbound.peer = QStringLiteral("15557654321");
    inbound.peerName = QStringLiteral("Ana");
    inbound.text = QStringLiteral("hello from the phone");
    inbound.timestamp = now.addSecs(-10);
    GatewayMessage outbound = inbound;
    outbound.messageId = QStringLiteral("3EB0OUT");
    outbound.fromMe = true;
    outbound.text = QStringLiteral("answer");
    outbound.timestamp = now;
    GatewayEvent ackFirst{
        QStringLiteral("linked"), {}, QStringLiteral("3EB0OUT"), QStringLiteral("delivered"), now};
    // The ack arrives before the message it acknowledges.
    QVERIFY(m_store->projection().commitGatewayEvents({ackFirst}).ok());
    const auto stored = m_store->projection().commitGatewayEvents(
        {GatewayEvent{QStringLiteral("linked"), inbound, {}, {}, now},
         GatewayEvent{QStringLiteral("linked"), outbound, {}, {}, now},
         GatewayEvent{QStringLiteral("linked"), inbound, {}, {}, now}});
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value(), 2);
    const QList<LogEntry> log = logOf({QStringLiteral("linked"), {}, 0});
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).direction, QStringLiteral("in"));
    QCOMPARE(log.at(0).peerName, QStringLiteral("Ana"));
    QCOMPARE(log.at(1).direction, QStringLiteral("out"));
    QCOMPARE(log.at(1).status, QStringLiteral("delivered"));
    QVERIFY(m_store->projection()
                .commitGatewayEvents({GatewayEvent{
                    QStringLiteral("linked"), {}, QStringLiteral("3EB0OUT"), QStringLiteral("read"), now}})
                .ok());
    QCOMPARE(logOf({QStringLiteral("linked"), {}, 0}).at(1).status, QStringLiteral("read"));
    QSqlQuery unread
        = query(QStringLiteral("SELECT unread_count FROM conversations WHERE channel_id = 'linked'"));
    QVERIFY(unread.next());
    QCOMPARE(unread.value(0).toInt(), 1); // our own message does not count as unread
}

void TestMessageStore::testDeliveryWithoutJournalEntryIsRefused()
{
    // Its raw body would be kept nowhere: the store no longer writes the deliveries table.
    const auto refused
        = m_store->projection().commitDeliveries({delivery(QStringLiteral("message-text.json"))});
    QVERIFY(!refused.ok());
    QCOMPARE(logOf({}).size(), 0);
    QCOMPARE(m_store->store().journalProgress().value(), 0);
}

void TestMessageStore::testOptOutWordsComeFromTheSetter()
{
    auto optOuts = [this] {
        QSqlQuery q = query(QStringLiteral("SELECT count(*) FROM opt_outs"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    auto text = [](const QString& id, const QString& body) {
        InboundMessage m;
        m.messageId = id;
        m.from = QStringLiteral("15557654321");
        m.type = QStringLiteral("text");
        m.text = body;
        m.timestamp = QDateTime::currentDateTimeUtc();
        Delivery d{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), "{}", {}};
        d.batch.messages << m;
        return d;
    };
    QVERIFY(m_store->commit({text(QStringLiteral("wamid.A"), QStringLiteral("Parar"))}).ok());
    QCOMPARE(optOuts(), 0); // not one of the defaults
    m_store->projection().setOptOutWords(OptOutWords({QStringLiteral("PARAR")}));
    QVERIFY(m_store->commit({text(QStringLiteral("wamid.B"), QStringLiteral("parar!"))}).ok());
    QCOMPARE(optOuts(), 1);
}

void TestMessageStore::testRepeatedEventsShareTheirMinutesRow()
{
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // a minute's start
    auto event = [&](int second, const QString& remote, const QString& detail, int count = 1) {
        ChannelEvent e{QStringLiteral("support"),
                       minute.addSecs(second),
                       QStringLiteral("rejected"),
                       QStringLiteral("missing-signature"),
                       detail,
                       remote};
        e.count = count;
        return e;
    };
    const MessageStore store(m_path);
    QVERIFY(store.recordEvents({event(1, QStringLiteral("192.0.2.1"), QStringLiteral("first"))}).ok());
    // Written later, in another batch: added to the stored row, with the newer last time and detail.
    QVERIFY(store
                .recordEvents({event(20, QStringLiteral("192.0.2.1"), QStringLiteral("second"), 41),
                               event(59, QStringLiteral("192.0.2.1"), QStringLiteral("last"))})
                .ok());
    // Another address, and the next minute, are rows of their own.
    QVERIFY(store
                .recordEvents({event(30, QStringLiteral("192.0.2.2"), QStringLiteral("other")),
                               event(61, QStringLiteral("192.0.2.1"), QStringLiteral("next minute"))})
                .ok());
    const auto events = store.recentEvents(QStringLiteral("support"), 10);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 3);
    const ChannelEvent& merged = events.value().at(2);
    QCOMPARE(merged.count, 43);
    QCOMPARE(merged.at, minute.addSecs(1));
    QCOMPARE(merged.detail, QStringLiteral("first"));
    QCOMPARE(merged.lastAt, minute.addSecs(59));
    QCOMPARE(merged.lastDetail, QStringLiteral("last"));
    QCOMPARE(events.value().at(0).count, 1);
    QVERIFY(!events.value().at(0).lastAt.isValid());
    QCOMPARE(events.value().at(1).remote, QStringLiteral("192.0.2.2"));
}

void TestMessageStore::testEventsArePrunedByAgeAndPerChannel()
{
    const MessageStore store(m_path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ChannelEvent> events;
    // 40 days of one event a day for "support", each from another minute, so none merge.
    for (int day = 40; day > 0; --day)
        events.append({QStringLiteral("support"),
                       now.addDays(-day),
                       QStringLiteral("rejected"),
                       QStringLiteral("bad-signature"),
                       {},
                       QStringLiteral("192.0.2.1")});
    // 30 recent rows for "sales" (other addresses), and 30 of unknown channels.
    for (int i = 0; i < 30; ++i) {
        events.append({QStringLiteral("sales"),
                       now.addSecs(-i),
                       QStringLiteral("rejected"),
                       QStringLiteral("bad-signature"),
                       {},
                       QStringLiteral("192.0.2.%1").arg(i)});
        events.append({QString(),
                       now.addSecs(-i),
                       QStringLiteral("rejected"),
                       QStringLiteral("unknown-channel"),
                       {},
                       QStringLiteral("198.51.100.%1").arg(i)});
    }
    QVERIFY(store.recordEvents(events).ok());
    auto rows = [this](const QString& channel) {
        QSqlQuery q = query(
            QStringLiteral("SELECT count(*) FROM channel_events WHERE channel_id = '%1'").arg(channel));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(rows(QStringLiteral("support")), 40);
    const qint64 monthAgo = now.addDays(-30).addSecs(-60).toMSecsSinceEpoch();
    // Steps of 7 rows at most; repeated until nothing is left to prune.
    int steps = 0;
    Result<int> pruned = 0;
    do {
        pruned = store.pruneEvents(monthAgo, 20, 7);
        QVERIFY(pruned.ok());
        QVERIFY(pruned.value() <= 7);
        ++steps;
    } while (pruned.value() > 0 && steps < 50);
    QCOMPARE(rows(QStringLiteral("support")), 20); // 30 days, then the newest 20 of those
    QCOMPARE(rows(QStringLiteral("sales")), 20);
    QCOMPARE(rows(QString()), 20);
    QVERIFY(steps > 3);
    // The newest rows are the ones kept.
    const auto kept = store.recentEvents(QStringLiteral("support"), 100);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), 20);
    QCOMPARE(kept.value().constFirst().at.date(), now.addDays(-1).date());
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "TestMessageStore.moc"
