// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk repair` through the real binary: a corrupted store is refused in plain words by the
// other commands and rebuilt from the delivery journal by repair.
#include "channels/ChannelRepository.h"
#include "store/ApiKeyStore.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "util/ReceiverLock.h"
#include "CliRunner.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

using Run = CliRun;

constexpr int kEntries = 200;

} // namespace

class TestRepairCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testRepairAfterCorruptingTheStore();
    void testRefusedWhileLocked();
    void testStaleEmptyLockDoesNotBlock();

private:
    Run run(QStringList args);
    qint64 messages();

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
    QString m_store;
};

void TestRepairCommand::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
}

void TestRepairCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
    m_store = DataDirectory::databasePath(m_dataDir);
    Channel support{QStringLiteral("support"),
                    QStringLiteral("Support"),
                    ChannelKinds::whatsAppCloud(),
                    true,
                    QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("200000000000002")}},
                    {},
                    {}};
    QVERIFY(ChannelRepository(m_store).saveAll({{support, {{QStringLiteral("app_secret"), {}}}}}).ok());
    QVERIFY(ApiKeyStore(m_store)
                .create(QStringLiteral("bot"), ApiRole::Viewer, 60, QDateTime::currentDateTimeUtc())
                .ok());
    QList<JournalEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kEntries; ++i)
        entries.append(
            {0, QStringLiteral("support"), now,
             WebhookClient::textMessage(QStringLiteral("200000000000002"), QStringLiteral("wamid.%1").arg(i),
                                        QStringLiteral("15550001234"), QStringLiteral("Ana"),
                                        QStringLiteral("hello %1").arg(i), now)});
    DeliveryJournal journal(DataDirectory::journalPath(m_dataDir));
    QVERIFY(journal.append(entries).ok());
    Database::close(m_store);
}

void TestRepairCommand::cleanup()
{
    Database::close(m_store);
    m_home.reset();
}

Run TestRepairCommand::run(QStringList args)
{
    args << QStringLiteral("--data-dir") << m_dataDir;
    return CliRunner(m_binary, CliRunner::isolatedEnvironment(m_home->path())).run(args, {}, 120000);
}

qint64 TestRepairCommand::messages()
{
    qint64 count = -1;
    {
        auto db = Database::open(m_store);
        if (db.ok()) {
            QSqlQuery query(db.value());
            if (query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    Database::close(m_store);
    return count;
}

void TestRepairCommand::testRepairAfterCorruptingTheStore()
{
    const Run help = run({QStringLiteral("repair"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("channeldesk.sqlite.damaged-")));

    // The store is healthy; repair only builds what the journal holds.
    const Run first = run({QStringLiteral("repair")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("%1 / %1 journal entries").arg(kEntries)),
             qPrintable(first.err));
    QVERIFY(first.err.contains(QLatin1String("not damaged")));
    QCOMPARE(messages(), qint64(kEntries));

    QFile store(m_store);
    QVERIFY(store.open(QIODevice::ReadWrite));
    QCOMPARE(store.write(QByteArray(4096, '\x42')), qint64(4096));
    store.close();

    const Run refused = run({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("is damaged")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("channeldesk repair")));

    const Run repaired = run({QStringLiteral("repair")});
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));
    QVERIFY2(repaired.err.contains(QLatin1String("moved aside to")), qPrintable(repaired.err));
    QVERIFY(repaired.err.contains(QLatin1String("Restored 1 channel(s)")));
    QVERIFY(repaired.err.contains(QStringLiteral("%1 / %1 journal entries").arg(kEntries)));
    QCOMPARE(messages(), qint64(kEntries));

    const Run keys = run({QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
    QVERIFY(keys.out.startsWith(QLatin1String("bot\t")));
    const auto channels = ChannelRepository(m_store).loadAll();
    QVERIFY(channels.ok());
    QCOMPARE(channels.value().size(), 1);
    QCOMPARE(channels.value().constFirst().id, QStringLiteral("support"));
    QCOMPARE(ChannelRepository(m_store).secretFields(QStringLiteral("support")).value(),
             QStringList{QStringLiteral("app_secret")});
}

void TestRepairCommand::testRefusedWhileLocked()
{
    QLockFile receiver(ReceiverLock::path(m_dataDir));
    QVERIFY(receiver.tryLock(0));
    const Run refused = run({QStringLiteral("repair")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("is using the data directory")));
}

void TestRepairCommand::testStaleEmptyLockDoesNotBlock()
{
    // Left empty by a receiver that met a full disk.
    QFile lock(ReceiverLock::path(m_dataDir));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    const Run repaired = run({QStringLiteral("repair")});
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));
    QCOMPARE(messages(), qint64(kEntries));
}

QTEST_GUILESS_MAIN(TestRepairCommand)
#include "TestRepairCommand.moc"
