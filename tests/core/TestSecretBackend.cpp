// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The order in which a headless process picks where secrets go: keychain, encrypted file,
// environment only. A FakeSecretStore stands in for the keychain.
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "secrets/EncryptedFileSecretStore.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/SecretBackend.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QByteArray keyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

} // namespace

class TestSecretBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testKeychainThatAnswersWins_data();
    void testKeychainThatAnswersWins();
    void testEncryptedFileWithoutKeychain();
    void testEncryptedFileWithSystemdCredential();
    void testEnvironmentOnlyWithoutMasterKey();
    void testBadMasterKeyIsNamed();
    void testEnvironmentOnlyRefusesSetup();

private:
    SecretBackend::Choice choose();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_keychain;
    std::unique_ptr<QObject> m_owner;
};

void TestSecretBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<FakeSecretStore>();
    m_owner = std::make_unique<QObject>();
    qunsetenv("CHANNELDESK_MASTER_KEY");
    qunsetenv("CREDENTIALS_DIRECTORY");
}

SecretBackend::Choice TestSecretBackend::choose()
{
    return TestEnvironment::waitFor(SecretBackend::choose(m_keychain.get(), m_dir->path(), m_owner.get()));
}

void TestSecretBackend::testKeychainThatAnswersWins_data()
{
    QTest::addColumn<bool>("stored"); // the probe finds an entry, or answers NotFound
    QTest::newRow("not found") << false;
    QTest::newRow("found") << true;
}

void TestSecretBackend::testKeychainThatAnswersWins()
{
    QFETCH(bool, stored);
    if (stored)
        QVERIFY(
            TestEnvironment::waitFor(m_keychain->writeSecret(QStringLiteral("__probe__"),
                                                             QStringLiteral("probe"), QStringLiteral("x")))
                .ok());
    // A master key does not matter while the keychain answers.
    qputenv("CHANNELDESK_MASTER_KEY", keyHex);
    const SecretBackend::Choice choice = choose();
    QCOMPARE(choice.kind, SecretBackend::Kind::Keychain);
    QCOMPARE(choice.store, m_keychain.get());
    QVERIFY2(choice.description.startsWith(QStringLiteral("Secrets: OS keychain")),
             qPrintable(choice.description));
}

void TestSecretBackend::testEncryptedFileWithoutKeychain()
{
    m_keychain->setFailure(SecretResult::Code::NoBackend);
    qputenv("CHANNELDESK_MASTER_KEY", keyHex);
    const SecretBackend::Choice choice = choose();
    QCOMPARE(choice.kind, SecretBackend::Kind::EncryptedFile);
    auto* store = qobject_cast<EncryptedFileSecretStore*>(choice.store);
    QVERIFY(store);
    QCOMPARE(store->parent(), m_owner.get());
    QCOMPARE(store->filePath(), QDir(m_dir->path()).filePath(QStringLiteral("secrets.enc")));
    QVERIFY2(choice.description.startsWith(QStringLiteral("Secrets: encrypted file ")),
             qPrintable(choice.description));
    QVERIFY2(choice.description.contains(QStringLiteral("secrets.enc (key from CHANNELDESK_MASTER_KEY)")),
             qPrintable(choice.description));
    QVERIFY(!choice.description.contains(QString::fromLatin1(keyHex)));
    QVERIFY(TestEnvironment::waitFor(
                store->writeSecret(QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("v")))
                .ok());
    QVERIFY(QFile::exists(store->filePath()));
    QVERIFY(m_keychain->secrets().isEmpty());
}

void TestSecretBackend::testEncryptedFileWithSystemdCredential()
{
    // QtKeychain reports an unreachable D-Bus as a failure the keychain store maps to NoBackend;
    // any other failure also means nobody answered.
    m_keychain->setFailure(SecretResult::Code::Failed);
    QFile credential(QDir(m_dir->path()).filePath(QStringLiteral("channeldesk-master-key")));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(QByteArray::fromHex(keyHex).toBase64() + "\n");
    credential.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(m_dir->path()));
    const SecretBackend::Choice choice = choose();
    QCOMPARE(choice.kind, SecretBackend::Kind::EncryptedFile);
    QVERIFY2(
        choice.description.contains(QStringLiteral("key from systemd credential channeldesk-master-key")),
        qPrintable(choice.description));
}

void TestSecretBackend::testEnvironmentOnlyWithoutMasterKey()
{
    m_keychain->setFailure(SecretResult::Code::NoBackend);
    const SecretBackend::Choice choice = choose();
    QCOMPARE(choice.kind, SecretBackend::Kind::Environment);
    QVERIFY(qobject_cast<EnvironmentSecretStore*>(choice.store));
    QVERIFY2(choice.description.startsWith(QStringLiteral("Secrets: environment variables only — ")),
             qPrintable(choice.description));
    QVERIFY2(choice.description.contains(QStringLiteral("CHANNELDESK_MASTER_KEY")),
             qPrintable(choice.description));
    QVERIFY2(choice.description.contains(QStringLiteral("channeldesk-master-key")),
             qPrintable(choice.description));
    QVERIFY(!choice.description.contains(QLatin1Char('\n')));

    const SecretResult write = TestEnvironment::waitFor(
        choice.store->writeSecret(QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("v")));
    QCOMPARE(write.code, SecretResult::Code::NoBackend);
    QVERIFY2(write.errorString.contains(QStringLiteral("openssl rand -hex 32")),
             qPrintable(write.errorString));
    QCOMPARE(
        TestEnvironment::waitFor(choice.store->readSecret(QStringLiteral("a"), QStringLiteral("f"))).code,
        SecretResult::Code::NotFound);
    QVERIFY(
        TestEnvironment::waitFor(choice.store->deleteSecret(QStringLiteral("a"), QStringLiteral("f"))).ok());
    QVERIFY(TestEnvironment::allFileContents(m_dir->path()).isEmpty());
}

void TestSecretBackend::testBadMasterKeyIsNamed()
{
    m_keychain->setFailure(SecretResult::Code::NoBackend);
    qputenv("CHANNELDESK_MASTER_KEY", "hunter2-is-not-a-key");
    const SecretBackend::Choice choice = choose();
    QCOMPARE(choice.kind, SecretBackend::Kind::Environment);
    QVERIFY2(choice.description.contains(QStringLiteral("CHANNELDESK_MASTER_KEY is not a usable master key")),
             qPrintable(choice.description));
    QVERIFY(!choice.description.contains(QStringLiteral("hunter2")));
    QVERIFY(!choice.description.contains(QStringLiteral("..")));
    const SecretResult write = TestEnvironment::waitFor(
        choice.store->writeSecret(QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("v")));
    QVERIFY2(write.errorString.contains(QStringLiteral("not a usable master key")),
             qPrintable(write.errorString));
    QVERIFY(!write.errorString.contains(QStringLiteral("hunter2")));
}

void TestSecretBackend::testEnvironmentOnlyRefusesSetup()
{
    // Creating a channel (as the API does) is refused with words on how to provide a master key,
    // and nothing is saved.
    m_keychain->setFailure(SecretResult::Code::NoBackend);
    const SecretBackend::Choice choice = choose();
    ChannelManager manager(m_dir->path(), choice.store);
    QVERIFY(TestEnvironment::waitFor(manager.reload()).ok());
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), QStringLiteral("106540352242922"));
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    const Status saved = TestEnvironment::waitFor(manager.save({draft}));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("CHANNELDESK_MASTER_KEY")),
             qPrintable(saved.error().message));
    QVERIFY(!saved.error().message.contains(TestEnvironment::appSecret()));
    QVERIFY(manager.channels().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretBackend)
#include "TestSecretBackend.moc"
