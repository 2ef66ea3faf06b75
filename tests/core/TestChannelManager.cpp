// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString token = QStringLiteral("EAA_MANAGER_TEST_TOKEN_00000000000000000000000x7Q");

ChannelDraft draft(const QString& id, const QString& phoneId = QStringLiteral("106540352242922"))
{
    ChannelDraft d;
    d.channel.id = id;
    d.channel.name = id;
    d.channel.kind = ChannelKinds::whatsAppCloud();
    d.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneId);
    d.secrets.insert(CloudApiFields::accessToken(), token);
    d.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    d.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    return d;
}

} // namespace

class TestChannelManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testSaveLoadAndNoSecretOnDisk();
    void testUpdateKeepsUnchangedSecrets();
    void testKeychainUnavailableSavesNothing();
    void testFailedWriteRollsBackNewChannel();
    void testRemoveDeletesSecrets();
    void testEnvironmentSecretWins();
    void testSchemaVersionAndWal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ChannelManager> m_manager;
};

void TestChannelManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    m_manager = std::make_unique<ChannelManager>(m_dir->path(), m_secrets.get());
    QVERIFY(TestEnvironment::waitFor(m_manager->reload()).ok());
}

void TestChannelManager::testSaveLoadAndNoSecretOnDisk()
{
    QSignalSpy changed(m_manager.get(), &ChannelManager::channelsChanged);
    const Status saved = TestEnvironment::waitFor(m_manager->save({draft(QStringLiteral("support"))}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_secrets->value(QStringLiteral("support"), CloudApiFields::accessToken()), token);

    // A second manager on the same directory sees the same channel.
    ChannelManager other(m_dir->path(), m_secrets.get());
    QVERIFY(TestEnvironment::waitFor(other.reload()).ok());
    const std::optional<Channel> loaded = other.channel(QStringLiteral("support"));
    QVERIFY(loaded);
    QCOMPARE(loaded->field(CloudApiFields::phoneNumberId()), QStringLiteral("106540352242922"));
    QVERIFY(loaded->createdAt.isValid());

    const QByteArray onDisk = TestEnvironment::allFileContents(m_dir->path());
    QVERIFY(!onDisk.isEmpty());
    QVERIFY(!onDisk.contains(token.toUtf8()));
    QVERIFY(!onDisk.contains(TestEnvironment::appSecret().toUtf8()));
    QVERIFY(!onDisk.contains(TestEnvironment::verifyToken().toUtf8()));
}

void TestChannelManager::testUpdateKeepsUnchangedSecrets()
{
    QVERIFY(TestEnvironment::waitFor(m_manager->save({draft(QStringLiteral("support"))})).ok());
    ChannelDraft update = draft(QStringLiteral("support"), QStringLiteral("999999999999999"));
    update.secrets.clear();
    update.secrets.insert(CloudApiFields::accessToken(), QStringLiteral("EAAreplaced"));
    QVERIFY(TestEnvironment::waitFor(m_manager->save({update})).ok());
    QCOMPARE(m_manager->channels().size(), 1);
    QCOMPARE(m_manager->channel(QStringLiteral("support"))->field(CloudApiFields::phoneNumberId()),
             QStringLiteral("999999999999999"));
    QCOMPARE(m_secrets->value(QStringLiteral("support"), CloudApiFields::accessToken()),
             QStringLiteral("EAAreplaced"));
    QCOMPARE(m_secrets->value(QStringLiteral("support"), CloudApiFields::appSecret()),
             TestEnvironment::appSecret());
}

void TestChannelManager::testKeychainUnavailableSavesNothing()
{
    m_secrets->setFailure(SecretResult::Code::NoBackend);
    const Status saved = TestEnvironment::waitFor(m_manager->save({draft(QStringLiteral("support"))}));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, int(ChannelManager::KeychainUnavailable));
    QVERIFY(saved.error().message.contains(QStringLiteral("CHANNELDESK_SECRET_")));
    QVERIFY(TestEnvironment::waitFor(m_manager->reload()).ok());
    QVERIFY(m_manager->channels().isEmpty());
}

void TestChannelManager::testFailedWriteRollsBackNewChannel()
{
    m_secrets->setFailWriteAfter(4); // the first channel's three secrets and one of the second's
    const Status saved = TestEnvironment::waitFor(
        m_manager->save({draft(QStringLiteral("one")), draft(QStringLiteral("two"))}));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, int(ChannelManager::KeychainFailed));
    QVERIFY(m_manager->channels().isEmpty());
    QTRY_VERIFY(m_secrets->secrets().isEmpty());
}

void TestChannelManager::testRemoveDeletesSecrets()
{
    QVERIFY(TestEnvironment::waitFor(
                m_manager->save({draft(QStringLiteral("support")), draft(QStringLiteral("sales"))}))
                .ok());
    QCOMPARE(m_secrets->secrets().size(), 6);
    QVERIFY(TestEnvironment::waitFor(m_manager->remove(QStringLiteral("support"))).ok());
    QVERIFY(!m_manager->channel(QStringLiteral("support")));
    QVERIFY(m_manager->channel(QStringLiteral("sales")));
    QCOMPARE(m_secrets->secrets().size(), 3);
    QVERIFY(m_secrets->value(QStringLiteral("support"), CloudApiFields::accessToken()).isEmpty());
}

void TestChannelManager::testEnvironmentSecretWins()
{
    QVERIFY(TestEnvironment::waitFor(m_manager->save({draft(QStringLiteral("support-br"))})).ok());
    const QString variable
        = ChannelManager::environmentVariable(QStringLiteral("support-br"), CloudApiFields::accessToken());
    QCOMPARE(variable, QStringLiteral("CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN"));
    qputenv(variable.toLatin1().constData(), "EAAfromEnvironment");
    const SecretResult fromEnv = TestEnvironment::waitFor(
        m_manager->readSecret(QStringLiteral("support-br"), CloudApiFields::accessToken()));
    qunsetenv(variable.toLatin1().constData());
    QCOMPARE(fromEnv.value, QStringLiteral("EAAfromEnvironment"));
    QCOMPARE(TestEnvironment::waitFor(
                 m_manager->readSecret(QStringLiteral("support-br"), CloudApiFields::accessToken()))
                 .value,
             token);
}

void TestChannelManager::testSchemaVersionAndWal()
{
    auto db = Database::open(DataDirectory::databasePath(m_dir->path()));
    QVERIFY(db.ok());
    QSqlQuery query(db.value());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::schemaVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestChannelManager)
#include "TestChannelManager.moc"
