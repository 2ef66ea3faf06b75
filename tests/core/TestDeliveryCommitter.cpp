// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryCommitter.h"

#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace ChannelDesk;

namespace {

JournalEntry entry(const QString& wamid)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {0, QStringLiteral("support"), now,
            WebhookClient::textMessage(QStringLiteral("200000000000002"), wamid,
                                       QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                       QStringLiteral("text of ") + wamid, now)};
}

//! Answers and builds as the committer reports them, from its two threads.
struct Reports
{
    std::mutex mutex;
    int answered = 0;
    int failed = 0;
    //! Answers given before their delivery was in the journal.
    int early = 0;
    QList<qint64> built;

    int answeredCount()
    {
        std::lock_guard lock(mutex);
        return answered;
    }
    QList<qint64> builtIds()
    {
        std::lock_guard lock(mutex);
        return built;
    }
    DeliveryProjector::Built builtCallback()
    {
        return [this](const QString&, const DeliveryOutcome& outcome) {
            std::lock_guard lock(mutex);
            built.append(outcome.deliveryId);
        };
    }
};

} // namespace

class TestDeliveryCommitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup() { Database::close(m_path); }
    void testAnswersOnlyAfterTheJournalCommit();
    void testCrashBetweenJournalAndStoreBuildsEachDeliveryOnce();
    void testSecondCommitterOnOneDirectoryIsRefused();
    void testSubmitAfterStopIsAnsweredWithAnError();

private:
    void submit(DeliveryCommitter& committer, Reports& reports, const QString& wamid);
    qint64 journalSize();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_journalPath;
};

void TestDeliveryCommitter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = DataDirectory::databasePath(m_dir->path());
    m_journalPath = DataDirectory::journalPath(m_dir->path());
}

qint64 TestDeliveryCommitter::journalSize()
{
    DeliveryJournal journal(m_journalPath);
    const auto counted = journal.countAfter(0);
    return counted.ok() ? counted.value().first : -1;
}

void TestDeliveryCommitter::submit(DeliveryCommitter& committer, Reports& reports, const QString& wamid)
{
    const QString journalPath = m_journalPath;
    committer.submit(entry(wamid), [&reports, journalPath, wamid](const Status& status) {
        // On the writer thread: the delivery must already be readable from the journal file.
        bool inJournal = false;
        {
            DeliveryJournal journal(journalPath);
            const auto entries = journal.entriesAfter(0, 100000);
            for (const JournalEntry& e : entries.value())
                inJournal = inJournal || e.body.contains(wamid.toUtf8());
        }
        std::lock_guard lock(reports.mutex);
        ++(status.ok() ? reports.answered : reports.failed);
        if (status.ok() && !inJournal)
            ++reports.early;
    });
}

void TestDeliveryCommitter::testAnswersOnlyAfterTheJournalCommit()
{
    Reports reports;
    DeliveryCommitter committer(m_path);
    committer.setMaxBatch(7);
    QVERIFY(committer.start(reports.builtCallback()).ok());
    for (int i = 0; i < 50; ++i)
        submit(committer, reports, QStringLiteral("wamid.A%1").arg(i));
    QTRY_COMPARE(reports.answeredCount(), 50);
    QCOMPARE(reports.early, 0);
    QCOMPARE(reports.failed, 0);
    QTRY_COMPARE(reports.builtIds().size(), 50);
    committer.stop();
    // Journal order is submission order, and the store was built in that order.
    DeliveryJournal journal(m_journalPath);
    const QList<JournalEntry> entries = journal.entriesAfter(0, 100).value();
    QCOMPARE(entries.size(), 50);
    for (int i = 0; i < entries.size(); ++i) {
        QVERIFY(entries.at(i).body.contains(QStringLiteral("wamid.A%1\"").arg(i).toUtf8()));
        QCOMPARE(reports.built.at(i), entries.at(i).id);
    }
    QCOMPARE(MessageStore(m_path).journalProgress().value(), entries.last().id);
}

void TestDeliveryCommitter::testCrashBetweenJournalAndStoreBuildsEachDeliveryOnce()
{
    // Stopping without a drain leaves what the builder had not reached in the journal only, as a
    // crash right after the answers does; however far it got, the next start builds the rest.
    Reports reports;
    const int count = 300;
    {
        DeliveryCommitter committer(m_path);
        QVERIFY(committer.start(reports.builtCallback()).ok());
        for (int i = 0; i < count; ++i)
            submit(committer, reports, QStringLiteral("wamid.C%1").arg(i));
        QTRY_COMPARE(reports.answeredCount(), count);
        committer.stop(0);
    }
    QCOMPARE(journalSize(), count);
    const qint64 builtBefore = reports.builtIds().size();
    QCOMPARE(MessageStore(m_path).journalProgress().value(), builtBefore);
    QCOMPARE(ConversationReader(m_path).log({}).value().size(), builtBefore);
    {
        DeliveryCommitter committer(m_path);
        QVERIFY(committer.start(reports.builtCallback()).ok());
        QCOMPARE(committer.backlog(), count - builtBefore);
        QTRY_COMPARE(committer.backlog(), 0);
        committer.stop();
    }
    const QList<qint64> built = reports.builtIds();
    QCOMPARE(built.size(), count);
    QCOMPARE(QSet<qint64>(built.cbegin(), built.cend()).size(), count);
    QCOMPARE(MessageStore(m_path).journalProgress().value(), qint64(count));
    QCOMPARE(ConversationReader(m_path).log({}).value().size(), count);
    // A third start has nothing left.
    DeliveryCommitter committer(m_path);
    QVERIFY(committer.start(reports.builtCallback()).ok());
    QCOMPARE(committer.backlog(), 0);
    committer.stop();
    QCOMPARE(reports.builtIds().size(), count);
}

void TestDeliveryCommitter::testSecondCommitterOnOneDirectoryIsRefused()
{
    DeliveryCommitter first(m_path);
    QVERIFY(first.start().ok());
    DeliveryCommitter second(m_path);
    const Status refused = second.start();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("Another ChannelDesk receiver")),
             qPrintable(refused.error().message));
    first.stop();
    QVERIFY(second.start().ok());
    second.stop();
}

void TestDeliveryCommitter::testSubmitAfterStopIsAnsweredWithAnError()
{
    Reports reports;
    DeliveryCommitter committer(m_path);
    QVERIFY(committer.start().ok());
    committer.stop();
    submit(committer, reports, QStringLiteral("wamid.LATE"));
    QCOMPARE(reports.failed, 1);
    QCOMPARE(reports.answered, 0);
    QCOMPARE(journalSize(), 0);
}

QTEST_GUILESS_MAIN(TestDeliveryCommitter)
#include "TestDeliveryCommitter.moc"
