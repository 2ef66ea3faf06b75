// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PrivateFile.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "secrets/EncryptedFileSecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "webhook/ReceiverController.h"

#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString phoneId = QStringLiteral("200000000000002");

//! Sets the process umask for one test and restores it, so a failing test cannot leak it.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask)
        : m_previous(::umask(mask))
    { }
    ~UmaskScope() { ::umask(m_previous); }
    UmaskScope(const UmaskScope&) = delete;
    UmaskScope& operator=(const UmaskScope&) = delete;

private:
    mode_t m_previous;
};

mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode;
}

QByteArray masterKey()
{
    return QByteArray(32, 'k');
}

} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testCreateMakesOwnerOnlyFiles_data();
    void testCreateMakesOwnerOnlyFiles();
    void testNarrowKeepsOwnerBitsAndSkipsMissingFiles();
    void testEveryFileOfTheReceiverAndStoreIsOwnerOnly_data();
    void testEveryFileOfTheReceiverAndStoreIsOwnerOnly();
    void testOlderLooseFilesAreNarrowedOnOpen();
};

void TestPrivateFile::testCreateMakesOwnerOnlyFiles_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
}

void TestPrivateFile::testCreateMakesOwnerOnlyFiles()
{
    QFETCH(int, mask);
    const UmaskScope scope{mode_t(mask)};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a.sqlite"));
    QVERIFY(PrivateFile::create(file));
    QCOMPARE(modeOf(file) & 07777, mode_t(0600));
    QVERIFY(PrivateFile::makeDirectory(dir.filePath(QStringLiteral("sub/deeper"))));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("sub/deeper"))) & 07777, mode_t(0700));

    // An existing file keeps its content and loses only the others' bits.
    QFile existing(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("[receiver]\n");
    existing.close();
    QVERIFY(QFile::setPermissions(existing.fileName(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    QVERIFY(PrivateFile::create(existing.fileName()));
    QCOMPARE(modeOf(existing.fileName()) & 07777, mode_t(0600));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("[receiver]\n"));
}

void TestPrivateFile::testNarrowKeepsOwnerBitsAndSkipsMissingFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(PrivateFile::narrow(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));
    const QString script = dir.filePath(QStringLiteral("hook"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(script).constData(), 0775) == 0);
    QVERIFY(PrivateFile::narrow(script));
    QCOMPARE(modeOf(script) & 07777, mode_t(0700));
}

void TestPrivateFile::testEveryFileOfTheReceiverAndStoreIsOwnerOnly_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
}

void TestPrivateFile::testEveryFileOfTheReceiverAndStoreIsOwnerOnly()
{
    QFETCH(int, mask);
    const UmaskScope scope{mode_t(mask)};
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    // A fresh data directory below the temporary one, made the way the application makes it.
    const QString dataDir = DataDirectory::resolve(temporary.filePath(QStringLiteral("data")));
    QVERIFY(!dataDir.isEmpty());
    {
        EncryptedFileSecretStore secrets(dataDir, masterKey());
        ChannelManager manager(dataDir, &secrets);
        ChannelDraft draft;
        draft.channel.id = QStringLiteral("support");
        draft.channel.name = QStringLiteral("support");
        draft.channel.kind = ChannelKinds::whatsAppCloud();
        draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneId);
        draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
        draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
        auto saved = manager.save({draft});
        QTRY_VERIFY(saved.isFinished());
        QVERIFY(saved.result().ok());

        ReceiverSettings receiver;
        receiver.enabled = true;
        receiver.listen = QStringLiteral("127.0.0.1:0");
        Settings settings(dataDir);
        QVERIFY(settings.setReceiver(receiver).ok());
        ReceiverController controller(&manager, &settings);
        controller.start();
        QTRY_COMPARE(controller.state(), ReceiverController::State::Running);
        auto reloaded = manager.reload();
        QTRY_COMPARE(controller.servedChannelCount(), 1);
        QSignalSpy committed(&controller, &ReceiverController::deliveryCommitted);
        QSignalSpy events(&controller, &ReceiverController::eventRecorded);
        WebhookClient client(controller.port());
        const QByteArray body = WebhookClient::textMessage(
            phoneId, QStringLiteral("wamid.MODES.1"), QStringLiteral("15557654321"), QStringLiteral("Ana"),
            QStringLiteral("hi"), QDateTime::currentDateTimeUtc());
        QCOMPARE(client.post(phoneId, body, TestEnvironment::appSecret().toUtf8()), 200);
        QTRY_COMPARE(committed.size(), 1);
        QCOMPARE(client.verify(phoneId, QStringLiteral("not-the-token"), QStringLiteral("c")), 403);
        QTRY_COMPARE(events.size(), 1);

        // While the receiver runs: its lock file and SQLite's -wal and -shm files exist now.
        QStringList seen;
        const QStringList loose = TestEnvironment::notOwnerOnly(dataDir, &seen);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));
        for (const QString& expected :
             QStringList{DataDirectory::databasePath(dataDir), DataDirectory::journalPath(dataDir),
                         DataDirectory::settingsPath(dataDir),
                         DataDirectory::journalPath(dataDir) + QStringLiteral("-wal"),
                         DataDirectory::databasePath(dataDir) + QStringLiteral("-wal"),
                         DataDirectory::databasePath(dataDir) + QStringLiteral("-shm"),
                         DataDirectory::journalPath(dataDir) + QStringLiteral(".lock"),
                         QDir(dataDir).filePath(EncryptedFileSecretStore::fileName())})
            QVERIFY2(seen.contains(QDir(dataDir).relativeFilePath(expected)), qPrintable(expected));
    }
    const QStringList loose = TestEnvironment::notOwnerOnly(dataDir);
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));
}

void TestPrivateFile::testOlderLooseFilesAreNarrowedOnOpen()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString dataDir = temporary.path();
    const QString database = DataDirectory::databasePath(dataDir);
    const QString journal = DataDirectory::journalPath(dataDir);
    const QString settingsFile = DataDirectory::settingsPath(dataDir);
    const QString secretsFile = QDir(dataDir).filePath(EncryptedFileSecretStore::fileName());
    {
        EncryptedFileSecretStore secrets(dataDir, masterKey());
        QVERIFY(
            TestEnvironment::waitFor(secrets.writeSecret(QStringLiteral("support"),
                                                         QStringLiteral("app_secret"), QStringLiteral("s")))
                .ok());
    }
    QFile ini(settingsFile);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[receiver]\nenabled=false\n");
    ini.close();
    // An older version's files, with SQLite's -wal and -shm held open by another connection the
    // way a running reader holds them.
    const QString holder = QStringLiteral("older-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE older(x)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO older VALUES (1)")));
    }
    const auto loosen
        = [](const QString& path) { return ::chmod(QFile::encodeName(path).constData(), 0644) == 0; };
    for (const QString& path : QStringList{database, database + QStringLiteral("-wal"),
                                           database + QStringLiteral("-shm"), settingsFile, secretsFile})
        QVERIFY2(loosen(path), qPrintable(path));
    QVERIFY(::chmod(QFile::encodeName(dataDir).constData(), 0755) == 0);

    QVERIFY(!DataDirectory::resolve(dataDir).isEmpty());
    QVERIFY(Database::open(database).ok());
    {
        DeliveryJournal opened(journal);
        QVERIFY(opened.open().ok());
    }
    const Settings settings(dataDir);
    EncryptedFileSecretStore secrets(dataDir, masterKey());
    QVERIFY(
        TestEnvironment::waitFor(secrets.readSecret(QStringLiteral("support"), QStringLiteral("app_secret")))
            .ok());
    const QStringList loose = TestEnvironment::notOwnerOnly(dataDir);
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));

    Database::close(database);
    QSqlDatabase::removeDatabase(holder);
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "TestPrivateFile.moc"
