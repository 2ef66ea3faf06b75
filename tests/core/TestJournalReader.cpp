// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The projector's reader, on a real journal file: a batch read ahead on the reader's thread is the
// batch a direct read gives, a read ahead of another batch is dropped, and a pending read never
// holds up the reader's end.
#include "webhook/JournalReader.h"

#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

//! journalId and text of each parsed delivery's message.
QStringList described(const QList<Delivery>& deliveries)
{
    QStringList out;
    for (const Delivery& delivery : deliveries)
        out << QStringLiteral("%1:%2").arg(delivery.journalId).arg(delivery.batch.messages.value(0).text);
    return out;
}

} // namespace

class TestJournalReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testReadAheadIsTheBatchReadNow();
    void testAnotherBatchIsReadNow();
    void testEndsWithAReadPending();
    void testDisposedBatchesAreFreedAndReadingGoesOn();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestJournalReader::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
    m_path = DataDirectory::journalPath(m_dir.path());
    QList<JournalEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 30; ++i)
        entries.append(
            {0, QStringLiteral("support"), now,
             WebhookClient::textMessage(QStringLiteral("200000000000002"), QStringLiteral("wamid.J%1").arg(i),
                                        QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                        QStringLiteral("text %1").arg(i), now)});
    DeliveryJournal journal(m_path);
    QCOMPARE(journal.append(entries).value(), 30);
}

void TestJournalReader::testReadAheadIsTheBatchReadNow()
{
    DeliveryJournal journal(m_path);
    const QStringList direct = described(JournalReader::read(journal, 10, 5).value());
    QCOMPARE(
        direct,
        (QStringList{QStringLiteral("11:text 11"), QStringLiteral("12:text 12"), QStringLiteral("13:text 13"),
                     QStringLiteral("14:text 14"), QStringLiteral("15:text 15")}));
    JournalReader reader(m_path, 0);
    reader.readAhead(10, 5);
    QCOMPARE(described(reader.take(journal, 10, 5).value()), direct);
    // Taken once: the same batch again is read now, and is still the same.
    QCOMPARE(described(reader.take(journal, 10, 5).value()), direct);
}

void TestJournalReader::testAnotherBatchIsReadNow()
{
    DeliveryJournal journal(m_path);
    JournalReader reader(m_path, 0);
    reader.readAhead(20, 5);
    // A failed commit is retried from its own start: the batch read ahead is not that one.
    QCOMPARE(described(reader.take(journal, 3, 2).value()),
             (QStringList{QStringLiteral("4:text 4"), QStringLiteral("5:text 5")}));
    // Nor is it kept for later: that read is gone, and asking for it reads again.
    QCOMPARE(described(reader.take(journal, 20, 2).value()),
             (QStringList{QStringLiteral("21:text 21"), QStringLiteral("22:text 22")}));
    // Past the end: an empty batch, not an error.
    reader.readAhead(30, 5);
    const auto none = reader.take(journal, 30, 5);
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

void TestJournalReader::testEndsWithAReadPending()
{
    QElapsedTimer timer;
    timer.start();
    {
        JournalReader reader(m_path, 0);
        reader.readAhead(0, 30);
    }
    // The destructor waits for the one read in flight, a few milliseconds here.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestJournalReader::testDisposedBatchesAreFreedAndReadingGoesOn()
{
    DeliveryJournal journal(m_path);
    JournalReader reader(m_path, 0);
    // Before anything is read ahead there is no reader thread: the caller frees its own batch.
    reader.dispose(reader.take(journal, 0, 3).value());
    for (qint64 after = 0; after < 30; after += 6) {
        reader.readAhead(after, 6);
        QList<Delivery> batch = reader.take(journal, after, 6).value();
        QCOMPARE(batch.size(), 6);
        QCOMPARE(batch.constFirst().journalId, after + 1);
        reader.dispose(std::move(batch));
    }
}

QTEST_GUILESS_MAIN(TestJournalReader)
#include "TestJournalReader.moc"
