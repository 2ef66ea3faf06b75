// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (gnome-keyring in the private D-Bus session that the test
// command starts), never against the user's own keychain.
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "secrets/KeychainSecretStore.h"
#include "TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testWriteReadDelete();
    void testMissingSecretIsNotFound();
    void testDeletingMissingSecretSucceeds();
    void testSecretsAreScopedPerChannel();
    void testRemovingChannelDeletesItsSecrets();
    void testDestroyedStoreFinishesPendingFutures();

private:
    KeychainSecretStore m_store;
};

void TestKeychainSecretStore::initTestCase()
{
    TestEnvironment::init();
    // A silent skip would let CI pass without ever touching a keychain: fail loudly instead.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the tests through the README test command, which starts gnome-keyring");
    m_store.setRetryDelay(200);
}

void TestKeychainSecretStore::testWriteReadDelete()
{
    const QString value
        = QStringLiteral("EAAKeychainRoundTrip-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    const SecretResult written = TestEnvironment::waitFor(
        m_store.writeSecret(QStringLiteral("kc-test"), QStringLiteral("access_token"), value));
    QVERIFY2(written.ok(), qPrintable(written.errorString));
    const SecretResult read = TestEnvironment::waitFor(
        m_store.readSecret(QStringLiteral("kc-test"), QStringLiteral("access_token")));
    QVERIFY2(read.ok(), qPrintable(read.errorString));
    QCOMPARE(read.value, value);
    QVERIFY(TestEnvironment::waitFor(
                m_store.deleteSecret(QStringLiteral("kc-test"), QStringLiteral("access_token")))
                .ok());
    QCOMPARE(TestEnvironment::waitFor(
                 m_store.readSecret(QStringLiteral("kc-test"), QStringLiteral("access_token")))
                 .code,
             SecretResult::Code::NotFound);
}

void TestKeychainSecretStore::testMissingSecretIsNotFound()
{
    const SecretResult read = TestEnvironment::waitFor(
        m_store.readSecret(QStringLiteral("never-stored"), QStringLiteral("app_secret")));
    QCOMPARE(read.code, SecretResult::Code::NotFound);
    QVERIFY(read.value.isEmpty());
}

void TestKeychainSecretStore::testDeletingMissingSecretSucceeds()
{
    QVERIFY(TestEnvironment::waitFor(
                m_store.deleteSecret(QStringLiteral("never-stored"), QStringLiteral("verify_token")))
                .ok());
}

void TestKeychainSecretStore::testSecretsAreScopedPerChannel()
{
    QVERIFY(
        TestEnvironment::waitFor(m_store.writeSecret(QStringLiteral("alpha"), QStringLiteral("app_secret"),
                                                     QStringLiteral("a-secret")))
            .ok());
    QVERIFY(TestEnvironment::waitFor(m_store.writeSecret(QStringLiteral("beta"), QStringLiteral("app_secret"),
                                                         QStringLiteral("b-secret")))
                .ok());
    QCOMPARE(
        TestEnvironment::waitFor(m_store.readSecret(QStringLiteral("alpha"), QStringLiteral("app_secret")))
            .value,
        QStringLiteral("a-secret"));
    QCOMPARE(
        TestEnvironment::waitFor(m_store.readSecret(QStringLiteral("beta"), QStringLiteral("app_secret")))
            .value,
        QStringLiteral("b-secret"));
    TestEnvironment::waitFor(m_store.deleteSecret(QStringLiteral("alpha"), QStringLiteral("app_secret")));
    TestEnvironment::waitFor(m_store.deleteSecret(QStringLiteral("beta"), QStringLiteral("app_secret")));
}

void TestKeychainSecretStore::testRemovingChannelDeletesItsSecrets()
{
    QTemporaryDir dir;
    ChannelManager manager(dir.path(), &m_store);
    QVERIFY(TestEnvironment::waitFor(manager.reload()).ok());
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("kc-remove");
    draft.channel.name = QStringLiteral("kc remove");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.secrets.insert(CloudApiFields::accessToken(),
                         QStringLiteral("EAAremove-me-token-0000000000000000000"));
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    const Status saved = TestEnvironment::waitFor(manager.save({draft}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(
        TestEnvironment::waitFor(m_store.readSecret(QStringLiteral("kc-remove"), CloudApiFields::appSecret()))
            .value,
        TestEnvironment::appSecret());
    QVERIFY(!TestEnvironment::allFileContents(dir.path()).contains(TestEnvironment::appSecret().toUtf8()));

    QVERIFY(TestEnvironment::waitFor(manager.remove(QStringLiteral("kc-remove"))).ok());
    QVERIFY(!manager.channel(QStringLiteral("kc-remove")));
    QCOMPARE(
        TestEnvironment::waitFor(m_store.readSecret(QStringLiteral("kc-remove"), CloudApiFields::appSecret()))
            .code,
        SecretResult::Code::NotFound);
    QCOMPARE(TestEnvironment::waitFor(
                 m_store.readSecret(QStringLiteral("kc-remove"), CloudApiFields::accessToken()))
                 .code,
             SecretResult::Code::NotFound);
}

void TestKeychainSecretStore::testDestroyedStoreFinishesPendingFutures()
{
    auto store = std::make_unique<KeychainSecretStore>();
    const QFuture<SecretResult> pending
        = store->readSecret(QStringLiteral("kc-destroyed"), QStringLiteral("app_secret"));
    // The Secret Service answers over D-Bus, so the job is still running here.
    QVERIFY(!pending.isFinished());
    store.reset();
    QVERIFY(pending.isFinished());
    QCOMPARE(pending.resultCount(), 1);
    QCOMPARE(pending.result().code, SecretResult::Code::Failed);
    // The Secret Service still answers the abandoned lookup while the process goes on (a window
    // that switched desks): the keychain keeps working for the next store, and the answer reaches
    // a job that still exists (under the sanitizers, a freed one would be reported). Lookups are
    // answered in order, so a few later ones let the abandoned answer arrive.
    for (int i = 0; i < 3; ++i) {
        const SecretResult later = TestEnvironment::waitFor(
            m_store.readSecret(QStringLiteral("kc-destroyed"), QStringLiteral("app_secret")));
        QCOMPARE(later.code, SecretResult::Code::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
