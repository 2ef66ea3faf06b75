// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk export` and `channeldesk status`, the real binary on a real data directory.
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "CliRunner.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

using Run = CliRun;

} // namespace

class TestStorageCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testExportMatchesTheLog();
    void testExportFiltersAndWritesAPrivateFile();
    void testExportRejectsABadDate();
    void testStatusJson();
    void testStatusVacuumMakesOldFilesIncremental();
    void testServePrunesAtStartAndStatusNamesIt();

private:
    Run run(const QStringList& args);
    void seed(int messages);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

void TestStorageCommands::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
}

void TestStorageCommands::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
}

void TestStorageCommands::cleanup()
{
    Database::close(DataDirectory::databasePath(m_dataDir));
}

Run TestStorageCommands::run(const QStringList& args)
{
    return CliRunner(m_binary, CliRunner::isolatedEnvironment(m_home->path()))
        .run(QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
}

//! messages across two channels, one a day from 2026-11-01, some outbound.
void TestStorageCommands::seed(int messages)
{
    auto db = Database::open(DataDirectory::databasePath(m_dataDir));
    QVERIFY(db.ok());
    QSqlQuery q(db.value());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO conversations (id, channel_id, peer, peer_name) VALUES"
                       " (1, 'support', '15557654321', 'Ana \"Souza\"'), (2, 'sales', '15550000002', '')")));
    const QDateTime first(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    QVERIFY(db.value().transaction());
    q.prepare(
        QStringLiteral("INSERT INTO messages (conversation_id, channel_id, wamid, direction, type, text,"
                       " timestamp, status, raw) VALUES (?, ?, ?, ?, 'text', ?, ?, ?, '{}')"));
    for (int i = 0; i < messages; ++i) {
        const bool support = i % 3 != 2;
        q.addBindValue(support ? 1 : 2);
        q.addBindValue(support ? QStringLiteral("support") : QStringLiteral("sales"));
        q.addBindValue(QStringLiteral("wamid.%1").arg(i));
        q.addBindValue(i % 2 ? QStringLiteral("out") : QStringLiteral("in"));
        q.addBindValue(QStringLiteral("line %1 ✓\nwith \"quotes\"").arg(i));
        q.addBindValue(first.addDays(i).toMSecsSinceEpoch());
        q.addBindValue(i % 2 ? QStringLiteral("read") : QStringLiteral(""));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.value().commit());
    Database::close(DataDirectory::databasePath(m_dataDir));
}

void TestStorageCommands::testExportMatchesTheLog()
{
    seed(30);
    const Run exported = run({QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    const Run log = run({QStringLiteral("log"), QStringLiteral("--json")});
    QCOMPARE(log.exitCode, 0);
    // The same rows in the same order with the same fields as `log --json`.
    QCOMPARE(exported.out, log.out);
    const QStringList lines = exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 30);
    for (const QString& line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
    }
    const QJsonObject firstLine = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(firstLine.value(QStringLiteral("message_id")).toString(), QStringLiteral("wamid.0"));
    QCOMPARE(firstLine.value(QStringLiteral("text")).toString(), QStringLiteral("line 0 ✓\nwith \"quotes\""));
    QCOMPARE(firstLine.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-01T09:30:00Z"));
    QCOMPARE(firstLine.value(QStringLiteral("peer_name")).toString(), QStringLiteral("Ana \"Souza\""));
}

void TestStorageCommands::testExportFiltersAndWritesAPrivateFile()
{
    seed(30);
    const QString output = m_home->filePath(QStringLiteral("export.jsonl"));
    const Run exported
        = run({QStringLiteral("export"), QStringLiteral("--channel"), QStringLiteral("support"),
               QStringLiteral("--since"), QStringLiteral("2026-11-05"), QStringLiteral("--until"),
               QStringLiteral("2026-11-10"), QStringLiteral("--output"), output});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QStringList ids;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("channel")).toString(), QStringLiteral("support"));
        ids.append(object.value(QStringLiteral("message_id")).toString());
    }
    // Days 5 … 10 (the --until date includes its day) are i = 4 … 9; i % 3 == 2 are sales'.
    QCOMPARE(ids,
             (QStringList{QStringLiteral("wamid.4"), QStringLiteral("wamid.6"), QStringLiteral("wamid.7"),
                          QStringLiteral("wamid.9")}));
    QVERIFY2(exported.err.contains(output), qPrintable(exported.err));
}

void TestStorageCommands::testExportRejectsABadDate()
{
    const Run exported
        = run({QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains(QStringLiteral("--since")), qPrintable(exported.err));
}

void TestStorageCommands::testStatusJson()
{
    seed(3);
    {
        QFile settings(DataDirectory::settingsPath(m_dataDir));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[retention]\njournalDays=14\nmessageDays=365\n");
    }
    const Run status = run({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("data_directory")).toString(),
             QFileInfo(m_dataDir).absoluteFilePath());
    const QJsonObject disk = object.value(QStringLiteral("disk")).toObject();
    QHash<QString, qint64> sizes;
    for (const QJsonValue& file : disk.value(QStringLiteral("files")).toArray())
        sizes.insert(file[QStringLiteral("name")].toString(),
                     qint64(file[QStringLiteral("bytes")].toDouble()));
    QCOMPARE(sizes.value(QStringLiteral("channeldesk.sqlite"), -1),
             QFileInfo(DataDirectory::databasePath(m_dataDir)).size());
    QVERIFY(sizes.contains(QStringLiteral("settings.ini")));
    QVERIFY(disk.value(QStringLiteral("free_bytes")).toDouble() > 0);
    QVERIFY(disk.value(QStringLiteral("total_bytes")).toDouble()
            >= disk.value(QStringLiteral("free_bytes")).toDouble());
    QCOMPARE(disk.value(QStringLiteral("low")).toBool(),
             disk.value(QStringLiteral("free_bytes")).toDouble() < 1024.0 * 1024 * 1024);
    QCOMPARE(object.value(QStringLiteral("retention")).toObject(),
             (QJsonObject{{QStringLiteral("journal_days"), 14}, {QStringLiteral("message_days"), 365}}));
    QCOMPARE(object.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("running")).toBool(),
             false);

    const Run text = run({QStringLiteral("status")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("channeldesk.sqlite")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Receiver: not running")), qPrintable(text.out));
}

void TestStorageCommands::testStatusVacuumMakesOldFilesIncremental()
{
    const QString journal = DataDirectory::journalPath(m_dataDir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(journal);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE deliveries (id INTEGER PRIMARY KEY, body BLOB)")));
        QVERIFY(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                           " INSERT INTO deliveries (body) SELECT randomblob(1200) FROM n")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM deliveries")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const qint64 before = QFileInfo(journal).size();
    const Run vacuumed = run({QStringLiteral("status"), QStringLiteral("--vacuum")});
    QCOMPARE(vacuumed.exitCode, 0);
    QVERIFY2(QFileInfo(journal).size() < before / 10,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(QFileInfo(journal).size())));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(journal);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA auto_vacuum")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestStorageCommands::testServePrunesAtStartAndStatusNamesIt()
{
    // 40 entries two months old and built, 5 of today (built too).
    {
        DeliveryJournal journal(DataDirectory::journalPath(m_dataDir));
        QList<JournalEntry> entries;
        for (int i = 0; i < 45; ++i) {
            JournalEntry entry;
            entry.channelId = QStringLiteral("support");
            entry.receivedAt = QDateTime::currentDateTimeUtc().addDays(i < 40 ? -60 : 0);
            entry.body = QByteArray(100, 'x');
            entries.append(entry);
        }
        QVERIFY(journal.append(entries).ok());
        auto db = Database::open(DataDirectory::databasePath(m_dataDir));
        QVERIFY(db.ok());
        QVERIFY(QSqlQuery(db.value()).exec(QStringLiteral("UPDATE journal_progress SET upto = 45")));
        Database::close(DataDirectory::databasePath(m_dataDir));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    ServeProcess serve(m_binary, m_dataDir, env);
    QVERIFY2(serve.start({QStringLiteral("--no-api")}, false), qPrintable(serve.log()));

    const auto remaining = [this] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(DataDirectory::journalPath(m_dataDir));
        qint64 count = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM deliveries")) && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(remaining(), qint64(5), 30000);

    const ServeProcess::Run status = serve.cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject receiver = status.json().value(QStringLiteral("receiver")).toObject();
    QVERIFY2(receiver.value(QStringLiteral("running")).toBool(), qPrintable(status.out));
    QVERIFY(receiver.value(QStringLiteral("pid")).toDouble() > 0);
    // No VACUUM under a running receiver.
    const ServeProcess::Run vacuum = serve.cli({QStringLiteral("status"), QStringLiteral("--vacuum")});
    QCOMPARE(vacuum.exitCode, 1);
    QVERIFY2(vacuum.err.contains(QStringLiteral("Stop it first")), qPrintable(vacuum.err));
    serve.stop();
}

QTEST_GUILESS_MAIN(TestStorageCommands)
#include "TestStorageCommands.moc"
