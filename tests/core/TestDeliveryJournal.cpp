// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeliveryJournal.h"

#include "store/Database.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

JournalEntry entry(const QString& channelId, const QByteArray& body, qint64 receivedMs,
                   JournalEntry::Kind kind = JournalEntry::Kind::Webhook)
{
    JournalEntry made{0, channelId, QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC), body};
    made.kind = kind;
    return made;
}

} // namespace

//! The journal file as the log builder reads it: DeliveryJournal over a real SQLite file.
class TestDeliveryJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testEntriesAreReadBackAsAppended();
    void testAFailedReadIsReportedAndTheNextOneWorks();

private:
    //! Renames a table of the journal file through a connection of its own.
    bool renameTable(const QString& from, const QString& to) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDeliveryJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = DataDirectory::journalPath(m_dir->path());
}

bool TestDeliveryJournal::renameTable(const QString& from, const QString& to) const
{
    const QString name = QStringLiteral("other");
    bool renamed = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_path);
        renamed = other.open()
            && QSqlQuery(other).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    return renamed;
}

void TestDeliveryJournal::testEntriesAreReadBackAsAppended()
{
    DeliveryJournal journal(m_path);
    // Runs of one channel and switches between channels; bytes a text column would not keep; a
    // linked event (only for the bot, never read for the log) between the others.
    const QByteArray binary("a\0b\xff\xfe", 5);
    const QList<JournalEntry> appended{
        entry(QStringLiteral("support"), "first", 1767225600001),
        entry(QStringLiteral("support"), binary, 1767225600002),
        entry(QStringLiteral("销售"), "third", 1767225600003, JournalEntry::Kind::WeComCallback),
        entry(QStringLiteral("linked"), "only for the bot", 1767225600004, JournalEntry::Kind::LinkedEvent),
        entry(QStringLiteral("support"), "fifth", 1767225600005, JournalEntry::Kind::GatewayEvent),
        entry(QStringLiteral("support"), QByteArray(), 1767225600006),
    };
    const Result<qint64> last = journal.append(appended);
    QVERIFY2(last.ok(), qPrintable(last.error().message));

    const Result<QList<JournalEntry>> read = journal.entriesAfter(0, 100);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    const QList<JournalEntry>& entries = read.value();
    QCOMPARE(entries.size(), 5);
    const QList<int> expected{0, 1, 2, 4, 5}; // the linked event is left out
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry& want = appended.at(expected.at(i));
        const JournalEntry& got = entries.at(i);
        QCOMPARE(got.id, qint64(expected.at(i) + 1));
        QCOMPARE(got.channelId, want.channelId);
        QCOMPARE(got.body, want.body);
        QCOMPARE(got.receivedAt, want.receivedAt);
        QCOMPARE(int(got.kind), int(want.kind));
    }
    QCOMPARE(entries.last().id, last.value());

    // The limit and the starting point, across the linked event.
    const auto page = journal.entriesAfter(2, 2).value();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).id, qint64(3));
    QCOMPARE(page.at(1).id, qint64(5));
    QVERIFY(journal.entriesAfter(last.value(), 10).value().isEmpty());
}

void TestDeliveryJournal::testAFailedReadIsReportedAndTheNextOneWorks()
{
    DeliveryJournal journal(m_path);
    QVERIFY(journal.append({entry(QStringLiteral("support"), "before", 1767225600001)}).ok());
    QCOMPARE(journal.entriesAfter(0, 10).value().size(), 1);

    // Another connection takes the table away under the prepared read.
    QVERIFY(renameTable(QStringLiteral("deliveries"), QStringLiteral("deliveries_away")));
    const auto failed = journal.entriesAfter(0, 10);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("deliveries")),
             qPrintable(failed.error().message));

    // Back again: the statement's failure is not carried into the next read.
    QVERIFY(renameTable(QStringLiteral("deliveries_away"), QStringLiteral("deliveries")));
    const auto again = journal.entriesAfter(0, 10);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again.value().size(), 1);
    QCOMPARE(again.value().first().body, QByteArray("before"));
}

QTEST_GUILESS_MAIN(TestDeliveryJournal)
#include "TestDeliveryJournal.moc"
