// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Retention on real SQLite files: what is pruned, what is kept, the space given back, and the
// receiver acknowledging deliveries over loopback while a pass runs.
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/RetentionPruner.h"
#include "store/SearchIndex.h"
#include "store/SearchTokenizer.h"
#include "store/SpaceReclaimer.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookReceiver.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ChannelDesk;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
const QString phoneId = QStringLiteral("200000000000002");
const QByteArray appSecret = "0123456789abcdef0123456789abcdef";

RetentionPruner::Tuning quick()
{
    RetentionPruner::Tuning tuning;
    tuning.batchRows = 4; // several steps even for a handful of rows
    tuning.pauseMs = 0;
    return tuning;
}

//! A connection of the test's own to path, removed when it goes.
class Probe
{
public:
    explicit Probe(const QString& path)
        : m_name(QStringLiteral("probe:%1").arg(path))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
        // messages_fts tokenizes with ChannelDesk's own tokenizer, kept per connection.
        SearchTokenizer::install(m_db);
    }
    ~Probe()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 value(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    QList<qint64> ids(const QString& sql)
    {
        QList<qint64> ids;
        QSqlQuery query(m_db);
        query.exec(sql);
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }
    bool exec(const QString& sql) { return QSqlQuery(m_db).exec(sql); }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

JournalEntry entry(const QDateTime& at, bool forward = false, int bodyBytes = 64)
{
    JournalEntry e;
    e.channelId = QStringLiteral("support");
    e.receivedAt = at;
    e.body = QByteArray(bodyBytes, 'x');
    e.forward = forward;
    return e;
}

} // namespace

class TestRetentionPruner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testBuiltOldEntriesArePruned();
    void testYoungEntriesAreKept();
    void testMessagesArePrunedOnlyWhenSet();
    void testIncrementalVacuumShrinksTheFile();
    void testSmallOldFileIsMadeIncremental();
    void testReceiverAcknowledgesWhilePruning();

private:
    QString storePath() const { return DataDirectory::databasePath(m_dir->path()); }
    QString journalPath() const { return DataDirectory::journalPath(m_dir->path()); }
    void createStore(qint64 builtUpTo);
    void appendJournal(const QList<JournalEntry>& entries);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRetentionPruner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRetentionPruner::cleanup()
{
    Database::close(storePath());
    m_dir.reset();
}

void TestRetentionPruner::createStore(qint64 builtUpTo)
{
    auto db = Database::open(storePath());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QSqlQuery query(db.value());
    QVERIFY(query.exec(QStringLiteral("UPDATE journal_progress SET upto = %1").arg(builtUpTo)));
}

void TestRetentionPruner::appendJournal(const QList<JournalEntry>& entries)
{
    DeliveryJournal journal(journalPath());
    const Result<qint64> appended = journal.append(entries);
    QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
}

void TestRetentionPruner::testBuiltOldEntriesArePruned()
{
    // 20 entries 40 days old; the log is built up to 15; 3 and 4 still wait for their bot (one of
    // them parked).
    QList<JournalEntry> entries;
    for (int i = 1; i <= 20; ++i)
        entries.append(entry(now.addDays(-40), i == 3 || i == 4));
    appendJournal(entries);
    {
        Probe journal(journalPath());
        QVERIFY(journal.exec(QStringLiteral("UPDATE forward_queue SET parked_at = 1 WHERE delivery_id = 4")));
    }
    createStore(15);

    RetentionPruner pruner(m_dir->path());
    pruner.setTuning(quick());
    const RetentionPruner::Outcome outcome = pruner.pruneOnce(now);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.journalEntries, 13);
    QCOMPARE(outcome.messages, 0);

    Probe journal(journalPath());
    QCOMPARE(journal.ids(QStringLiteral("SELECT id FROM deliveries ORDER BY id")),
             (QList<qint64>{3, 4, 16, 17, 18, 19, 20}));
    QCOMPARE(journal.value(QStringLiteral("SELECT count(*) FROM forward_queue")), 2);
}

void TestRetentionPruner::testYoungEntriesAreKept()
{
    QList<JournalEntry> entries;
    for (int i = 1; i <= 5; ++i)
        entries.append(entry(now.addDays(-31)));
    for (int i = 6; i <= 8; ++i)
        entries.append(entry(now.addDays(-29)));
    appendJournal(entries);
    createStore(8);

    RetentionPruner pruner(m_dir->path());
    pruner.setTuning(quick());
    QCOMPARE(pruner.pruneOnce(now).journalEntries, 5);
    Probe journal(journalPath());
    QCOMPARE(journal.ids(QStringLiteral("SELECT id FROM deliveries ORDER BY id")), (QList<qint64>{6, 7, 8}));

    // A shorter retention, set while it runs, applies to the next pass.
    RetentionSettings shorter;
    shorter.journalDays = 7;
    pruner.setRetention(shorter);
    QCOMPARE(pruner.pruneOnce(now).journalEntries, 3);
}

void TestRetentionPruner::testMessagesArePrunedOnlyWhenSet()
{
    createStore(0);
    {
        auto opened = Database::open(storePath());
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value();
        QSqlQuery q(db);
        const qint64 old = now.addDays(-100).toMSecsSinceEpoch();
        const qint64 recent = now.addDays(-1).toMSecsSinceEpoch();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO conversations (id, channel_id, peer, last_message_at,"
                                      " last_preview) VALUES (1, 'support', '111', %1, 'ancient'),"
                                      " (2, 'support', '222', %2, 'fresh')")
                           .arg(old)
                           .arg(recent)));
        for (int i = 1; i <= 6; ++i) {
            // Conversation 1: old messages only; conversation 2: one old, the rest recent.
            const bool first = i <= 3;
            const qint64 at = (first || i == 4) ? old + i : recent + i;
            const QString text = at < recent ? QStringLiteral("ancientword %1").arg(i)
                                             : QStringLiteral("freshword %1").arg(i);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO messages (conversation_id, channel_id, wamid, direction, type,"
                               " text, timestamp, raw) VALUES (%1, 'support', 'wamid.%2', 'in', 'text',"
                               " '%3', %4, '{}')")
                    .arg(first ? 1 : 2)
                    .arg(i)
                    .arg(text)
                    .arg(at)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO statuses (channel_id, wamid, status, timestamp, raw)"
                                          " VALUES ('support', 'wamid.%1', 'read', %2, '{}')")
                               .arg(i)
                               .arg(at)));
        }
        QVERIFY(Database::beginWrite(db));
        QVERIFY(SearchIndex::catchUp(q));
        QVERIFY(db.commit());
    }
    RetentionPruner pruner(m_dir->path());
    pruner.setTuning(quick());

    // The default keeps every message.
    RetentionPruner::Outcome outcome = pruner.pruneOnce(now);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.messages, 0);
    QCOMPARE(outcome.statuses, 0);

    RetentionSettings retention;
    retention.messageDays = 30;
    pruner.setRetention(retention);
    outcome = pruner.pruneOnce(now);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.messages, 4);
    QCOMPARE(outcome.statuses, 4);
    QCOMPARE(outcome.conversations, 1);

    Probe store(storePath());
    QCOMPARE(store.ids(QStringLiteral("SELECT id FROM messages ORDER BY id")), (QList<qint64>{5, 6}));
    QCOMPARE(store.ids(QStringLiteral("SELECT id FROM conversations")), (QList<qint64>{2}));
    QCOMPARE(store.value(QStringLiteral("SELECT last_preview = 'fresh' FROM conversations WHERE id = 2")), 1);
    QCOMPARE(store.value(QStringLiteral("SELECT count(*) FROM statuses")), 2);
    // Search no longer finds what went, still finds what stayed, and the index is consistent.
    QCOMPARE(store.value(
                 QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'ancientword'")),
             0);
    QCOMPARE(
        store.value(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'freshword'")),
        2);
    QVERIFY(store.exec(
        QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestRetentionPruner::testIncrementalVacuumShrinksTheFile()
{
    QList<JournalEntry> entries;
    for (int i = 0; i < 3000; ++i)
        entries.append(entry(now.addDays(-60), false, 1300));
    appendJournal(entries);
    createStore(3000);
    qint64 pagesBefore = 0;
    {
        Probe journal(journalPath());
        QCOMPARE(journal.value(QStringLiteral("PRAGMA auto_vacuum")), 2); // a new file is incremental
        pagesBefore = journal.value(QStringLiteral("PRAGMA page_count"));
    }
    QVERIFY(pagesBefore > 1000);

    RetentionPruner pruner(m_dir->path());
    RetentionPruner::Tuning tuning;
    tuning.pauseMs = 0;
    pruner.setTuning(tuning);
    const RetentionPruner::Outcome outcome = pruner.pruneOnce(now);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.journalEntries, 3000);
    QVERIFY(outcome.pagesReclaimed > 0);

    Probe journal(journalPath());
    QCOMPARE(journal.value(QStringLiteral("PRAGMA freelist_count")), 0);
    const qint64 pagesAfter = journal.value(QStringLiteral("PRAGMA page_count"));
    QVERIFY2(pagesAfter < pagesBefore / 10,
             qPrintable(QStringLiteral("%1 → %2").arg(pagesBefore).arg(pagesAfter)));
}

void TestRetentionPruner::testSmallOldFileIsMadeIncremental()
{
    // A journal an older version created: no auto-vacuum.
    {
        Probe old(journalPath());
        QVERIFY(old.exec(QStringLiteral("PRAGMA auto_vacuum=NONE")));
        QVERIFY(old.exec(
            QStringLiteral("CREATE TABLE deliveries (id INTEGER PRIMARY KEY, channel_id TEXT NOT NULL,"
                           " received_at INTEGER NOT NULL, body BLOB NOT NULL)")));
        QCOMPARE(old.value(QStringLiteral("PRAGMA auto_vacuum")), 0);
    }
    createStore(0);
    RetentionPruner pruner(m_dir->path());
    QVERIFY(!pruner.pruneOnce(now).error);
    Probe journal(journalPath());
    QCOMPARE(journal.value(QStringLiteral("PRAGMA auto_vacuum")), 2);
    QCOMPARE(journal.value(QStringLiteral("PRAGMA user_version")), DeliveryJournal::kSchemaVersion);
}

void TestRetentionPruner::testReceiverAcknowledgesWhilePruning()
{
    // A large journal of old, built entries for the pruner to chew through in small steps.
    constexpr int kOld = 20000;
    QList<JournalEntry> entries;
    entries.reserve(kOld);
    for (int i = 0; i < kOld; ++i)
        entries.append(entry(now.addDays(-60), false, 1260));
    appendJournal(entries);
    createStore(kOld);
    Database::close(storePath());

    WebhookReceiver receiver(storePath());
    receiver.setChannels(
        {{QStringLiteral("support"), phoneId, true, appSecret, QByteArray("verify-token-0001")}});
    const Status started = receiver.start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    RetentionPruner pruner(m_dir->path());
    RetentionPruner::Tuning tuning;
    tuning.batchRows = 500;
    tuning.pauseMs = 5;
    pruner.setTuning(tuning);
    std::atomic<bool> passed{false};
    std::atomic<qint64> pruned{0};
    pruner.setOnPassed([&](const RetentionPruner::Outcome& outcome) {
        pruned = outcome.journalEntries;
        passed = true;
    });
    pruner.start();

    // Deliveries for as long as the pass runs: each must be acknowledged, and quickly. The bound is
    // generous (a loaded CI machine); a stalled receiver waits for seconds.
    WebhookClient client(receiver.port());
    QElapsedTimer each;
    qint64 slowest = 0;
    int posted = 0;
    while (!passed && posted < 300) {
        const QByteArray body = WebhookClient::textMessage(
            phoneId, QStringLiteral("wamid.live%1").arg(posted), QStringLiteral("15557654321"),
            QStringLiteral("Ana"), QStringLiteral("hello %1").arg(posted), QDateTime::currentDateTimeUtc());
        each.start();
        QCOMPARE(client.post(phoneId, body, appSecret), 200);
        slowest = qMax(slowest, each.elapsed());
        ++posted;
    }
    QTRY_VERIFY_WITH_TIMEOUT(passed, 120000);
    pruner.stop();
    receiver.stop();
    qInfo("%d deliveries acknowledged while pruning %lld entries; slowest %lld ms", posted, qint64(pruned),
          slowest);
    QVERIFY(posted > 0);
    QVERIFY2(slowest < 2000, qPrintable(QStringLiteral("slowest acknowledgement %1 ms").arg(slowest)));
    QCOMPARE(qint64(pruned), qint64(kOld));
    // The new deliveries are young: all still there.
    Probe journal(journalPath());
    QCOMPARE(journal.value(QStringLiteral("SELECT count(*) FROM deliveries")), qint64(posted));
}

QTEST_GUILESS_MAIN(TestRetentionPruner)
#include "TestRetentionPruner.moc"
