// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Damages real SQLite files of a data directory and repairs them from the delivery journal and the
// copy of the channel settings.
#include "desk/DataRepair.h"

#include "channels/ChannelRepository.h"
#include "store/ApiKeyStore.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/SetupCopy.h"
#include "store/StoreDiagnosis.h"
#include "util/DataDirectory.h"
#include "util/ReceiverLock.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ChannelDesk;

namespace {

const QString phoneNumberId = QStringLiteral("200000000000002");

QList<ChannelDraft> drafts()
{
    Channel support{QStringLiteral("support"),
                    QStringLiteral("Support"),
                    ChannelKinds::whatsAppCloud(),
                    true,
                    QJsonObject{{QStringLiteral("phone_number_id"), phoneNumberId},
                                {QStringLiteral("waba_id"), QStringLiteral("300000000000003")}},
                    {},
                    {}};
    Channel sales{QStringLiteral("sales"),
                  QStringLiteral("Sales"),
                  ChannelKinds::whatsAppLinked(),
                  false,
                  QJsonObject{{QStringLiteral("gateway_url"), QStringLiteral("http://127.0.0.1:3000")}},
                  {},
                  {}};
    return {{support,
             {{QStringLiteral("access_token"), QStringLiteral("EAAG-secret-access-token")},
              {QStringLiteral("app_secret"), QStringLiteral("secret-app-secret")}}},
            {sales, {{QStringLiteral("api_key"), QStringLiteral("secret-gateway-key")}}}};
}

qint64 count(const QString& path, const QString& table)
{
    auto db = Database::open(path);
    if (!db.ok())
        return -1;
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void overwrite(const QString& path, qint64 at, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestDataRepair : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testRepairFromTheJournalAfterCorruptingTheStore();
    void testEmptyStoreIsRefusedAndRepaired();
    void testHealthyStoreIsKeptAndFinishesBuilding();
    void testCancelledRepairContinuesOnTheNextRun();
    void testDamagedJournalIsMovedAside();
    void testRefusedWhileAReceiverRuns();
    void testReadOnlyStoreIsWorded();
    void testCopyNeverHoldsASecret();

private:
    //! Channels, one API key and entries journaled; the store built from them with a first repair.
    void prepare(int entries);
    void closeAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_journal;
    QString m_key;
    qint64 m_messages = 0;
};

void TestDataRepair::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = DataDirectory::databasePath(m_dir->path());
    m_journal = DataDirectory::journalPath(m_dir->path());
}

void TestDataRepair::cleanup()
{
    closeAll();
    m_dir.reset();
}

void TestDataRepair::closeAll()
{
    Database::close(m_store);
}

void TestDataRepair::prepare(int entries)
{
    QVERIFY(ChannelRepository(m_store).saveAll(drafts()).ok());
    const auto key = ApiKeyStore(m_store).create(QStringLiteral("bot"), ApiRole::Sender, 120,
                                                 QDateTime::currentDateTimeUtc());
    QVERIFY(key.ok());
    m_key = key.value().key;
    QList<JournalEntry> journaled;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < entries; ++i)
        journaled.append(
            {0, QStringLiteral("support"), now,
             WebhookClient::textMessage(phoneNumberId, QStringLiteral("wamid.%1").arg(i),
                                        QStringLiteral("1555000%1").arg(i % 50, 4, 10, QLatin1Char('0')),
                                        QStringLiteral("Ana"), QStringLiteral("hello %1").arg(i), now)});
    {
        DeliveryJournal journal(m_journal);
        QVERIFY(journal.append(journaled).ok());
    }
    closeAll();
    // A healthy store with a backlog: repair keeps it and builds what is waiting.
    const auto built = DataRepair(m_dir->path()).run();
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    QVERIFY(built.value().complete);
    QVERIFY(built.value().storeMovedTo.isEmpty());
    QCOMPARE(built.value().built, qint64(entries));
    m_messages = count(m_store, QStringLiteral("messages"));
    QCOMPARE(m_messages, qint64(entries));
    closeAll();
}

void TestDataRepair::testRepairFromTheJournalAfterCorruptingTheStore()
{
    prepare(300);
    const QList<Channel> before = ChannelRepository(m_store).loadAll().value();
    const QStringList supportSecrets
        = ChannelRepository(m_store).secretFields(QStringLiteral("support")).value();
    closeAll();
    // Page 1 holds the header and the schema: overwritten, SQLite calls it "not a database".
    overwrite(m_store, 0, QByteArray(4096, '\x5a'));

    const StoreProblem glance = StoreDiagnosis::checkDataDirectory(m_dir->path());
    QCOMPARE(glance.kind, StoreProblem::Kind::Damaged);
    QVERIFY2(glance.message.contains(QLatin1String("is damaged")), qPrintable(glance.message));
    QVERIFY(glance.message.contains(QLatin1String("channeldesk repair")));
    const auto opened = Database::open(m_store);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("channeldesk repair")),
             qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("unknown database error")));
    closeAll();

    QList<qint64> progress;
    const auto repaired = DataRepair(m_dir->path()).run([&progress](qint64 built, qint64 total) {
        QCOMPARE(total, qint64(300));
        progress.append(built);
    });
    QVERIFY2(repaired.ok(), qPrintable(repaired.error().message));
    const DataRepair::Report& report = repaired.value();
    QVERIFY(report.complete);
    QCOMPARE(report.channels, 2);
    QCOMPARE(report.secretFields, 3);
    QCOMPARE(report.apiKeys, 1);
    QCOMPARE(report.built, qint64(300));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), qint64(300));
    QVERIFY(report.storeMovedTo.startsWith(m_store + QStringLiteral(".damaged-")));
    QVERIFY(QFile::exists(report.storeMovedTo));

    const QList<Channel> after = ChannelRepository(m_store).loadAll().value();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).kind, before.at(i).kind);
        QCOMPARE(after.at(i).enabled, before.at(i).enabled);
        QCOMPARE(after.at(i).fields, before.at(i).fields);
    }
    QCOMPARE(ChannelRepository(m_store).secretFields(QStringLiteral("support")).value(), supportSecrets);
    QCOMPARE(count(m_store, QStringLiteral("messages")), m_messages);
    const auto verified = ApiKeyStore(m_store).verify(m_key, QDateTime::currentDateTimeUtc());
    QVERIFY(verified.ok());
    QVERIFY(verified.value().has_value());
    QCOMPARE(verified.value()->role, ApiRole::Sender);
    QVERIFY(StoreDiagnosis::checkDataDirectory(m_dir->path()).ok());
}

void TestDataRepair::testEmptyStoreIsRefusedAndRepaired()
{
    prepare(50);
    closeAll();
    QFile::remove(m_store + QStringLiteral("-wal"));
    QFile::remove(m_store + QStringLiteral("-shm"));
    QFile store(m_store);
    QVERIFY(store.resize(0));

    const StoreProblem problem = StoreDiagnosis::checkDataDirectory(m_dir->path());
    QCOMPARE(problem.kind, StoreProblem::Kind::EmptyWithData);
    QVERIFY(problem.repairable());
    QVERIFY2(problem.message.contains(QLatin1String("missing or empty")), qPrintable(problem.message));
    QVERIFY(problem.message.contains(QLatin1String("2 channel(s) and API key(s)"))
            || problem.message.contains(QLatin1String("3 channel(s) and API key(s)")));

    // Without the copy, the journal alone shows there was data.
    QVERIFY(QFile::rename(SetupCopy::path(m_dir->path()), m_dir->filePath(QStringLiteral("copy.json"))));
    QCOMPARE(StoreDiagnosis::checkDataDirectory(m_dir->path()).kind, StoreProblem::Kind::EmptyWithData);
    QVERIFY(QFile::rename(m_dir->filePath(QStringLiteral("copy.json")), SetupCopy::path(m_dir->path())));

    const auto repaired = DataRepair(m_dir->path()).run();
    QVERIFY2(repaired.ok(), qPrintable(repaired.error().message));
    QCOMPARE(repaired.value().channels, 2);
    QCOMPARE(count(m_store, QStringLiteral("messages")), m_messages);
    QCOMPARE(count(m_store, QStringLiteral("channels")), qint64(2));
}

void TestDataRepair::testHealthyStoreIsKeptAndFinishesBuilding()
{
    prepare(20);
    const auto again = DataRepair(m_dir->path()).run();
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(again.value().storeMovedTo.isEmpty());
    QVERIFY(again.value().journalMovedTo.isEmpty());
    QCOMPARE(again.value().total, qint64(0));
    QVERIFY(again.value().complete);
    QCOMPARE(count(m_store, QStringLiteral("messages")), m_messages);
    const QStringList entries = QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")});
    QVERIFY2(entries.isEmpty(), qPrintable(entries.join(QLatin1Char(' '))));
}

void TestDataRepair::testCancelledRepairContinuesOnTheNextRun()
{
    prepare(2500);
    closeAll();
    overwrite(m_store, 0, QByteArray(100, '\0'));
    DataRepair cancelled(m_dir->path());
    // Cancelled before it starts building: at most the batches already under way are built.
    cancelled.cancel();
    const auto first = cancelled.run();
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(!first.value().complete);
    QVERIFY(first.value().built < 2500);
    QVERIFY(first.value().lines.constLast().contains(QLatin1String("channeldesk repair")));
    // Consistent: every message built so far is there, with the channels.
    QCOMPARE(count(m_store, QStringLiteral("messages")), first.value().built);
    QCOMPARE(count(m_store, QStringLiteral("channels")), qint64(2));
    closeAll();

    const auto second = DataRepair(m_dir->path()).run();
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(second.value().complete);
    QVERIFY(second.value().storeMovedTo.isEmpty());
    QCOMPARE(first.value().built + second.value().built, qint64(2500));
    QCOMPARE(count(m_store, QStringLiteral("messages")), m_messages);
}

void TestDataRepair::testDamagedJournalIsMovedAside()
{
    prepare(30);
    overwrite(m_journal, 0, QByteArray(64, '\x01'));
    const StoreProblem problem = StoreDiagnosis::checkDataDirectory(m_dir->path());
    QCOMPARE(problem.kind, StoreProblem::Kind::Damaged);
    QVERIFY2(problem.message.contains(QLatin1String("delivery journal")), qPrintable(problem.message));

    const auto repaired = DataRepair(m_dir->path()).run();
    QVERIFY2(repaired.ok(), qPrintable(repaired.error().message));
    QVERIFY(repaired.value().journalMovedTo.startsWith(m_journal + QStringLiteral(".damaged-")));
    QVERIFY(repaired.value().storeMovedTo.isEmpty());
    QVERIFY(repaired.value().lines.join(QLatin1Char(' ')).contains(QLatin1String("Lost")));
    // The log keeps what it had, and the new journal works.
    QCOMPARE(count(m_store, QStringLiteral("messages")), m_messages);
    DeliveryJournal journal(m_journal);
    QVERIFY(journal.open().ok());
    QVERIFY(StoreDiagnosis::checkDataDirectory(m_dir->path()).ok());
}

void TestDataRepair::testRefusedWhileAReceiverRuns()
{
    prepare(5);
    QLockFile receiver(ReceiverLock::path(m_dir->path()));
    QVERIFY(receiver.tryLock(0));
    overwrite(m_store, 0, QByteArray(100, '\0'));
    const auto refused = DataRepair(m_dir->path()).run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, DataRepair::kLockedError);
    QVERIFY2(refused.error().message.contains(QLatin1String("channeldesk serve")),
             qPrintable(refused.error().message));
    // Nothing was touched.
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

void TestDataRepair::testReadOnlyStoreIsWorded()
{
    prepare(1);
    if (::geteuid() == 0)
        QSKIP("root may write read-only files");
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner));
    const StoreProblem problem = StoreDiagnosis::checkDataDirectory(m_dir->path());
    QCOMPARE(problem.kind, StoreProblem::Kind::ReadOnlyFile);
    QVERIFY2(problem.message.contains(QLatin1String("chmod u+rw")), qPrintable(problem.message));
    QVERIFY(!problem.repairable());
    const auto opened = Database::open(m_store);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("read-only")), qPrintable(opened.error().message));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(StoreDiagnosis::checkDataDirectory(m_dir->path()).kind, StoreProblem::Kind::ReadOnlyDirectory);
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestDataRepair::testCopyNeverHoldsASecret()
{
    prepare(1);
    QFile copy(SetupCopy::path(m_dir->path()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray contents = copy.readAll();
    QVERIFY(contents.contains("\"access_token\""));
    QVERIFY(!contents.contains(m_key.toUtf8()));
    QVERIFY(!contents.contains("secret-access-token"));
    QVERIFY(!contents.contains("secret-app-secret"));
    QVERIFY(!contents.contains("secret-gateway-key"));
    QVERIFY(contents.contains(ApiKeyStore::hashKey(m_key).toHex()));
    QCOMPARE(int(copy.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
}

QTEST_GUILESS_MAIN(TestDataRepair)
#include "TestDataRepair.moc"
