// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ApiKeyStore.h"
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testRoles();
    void testCreateVerifyListRevoke();
    void testOnlyTheHashIsOnDisk();
    void testWrongKeysFail_data();
    void testWrongKeysFail();
    void testLastUsedMovesAtMostOncePerMinute();
    void testDuplicateNameRefused();
    void testBadNamesAndRatesRefused_data();
    void testBadNamesAndRatesRefused();
    void testRevokeUnknownName();
    void testGenerationMovesOnChangesOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiKeyStore> m_store;
    QString m_path;
    QDateTime m_now;
};

void TestApiKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_store = std::make_unique<ApiKeyStore>(m_path);
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

void TestApiKeyStore::cleanup()
{
    Database::close(m_path);
}

void TestApiKeyStore::testRoles()
{
    QVERIFY(allows(ApiRole::Admin, ApiRole::Viewer));
    QVERIFY(allows(ApiRole::Operator, ApiRole::Sender));
    QVERIFY(allows(ApiRole::Sender, ApiRole::Sender));
    QVERIFY(!allows(ApiRole::Viewer, ApiRole::Sender));
    QVERIFY(!allows(ApiRole::Operator, ApiRole::Admin));
    for (ApiRole role : {ApiRole::Viewer, ApiRole::Sender, ApiRole::Operator, ApiRole::Admin})
        QCOMPARE(parseApiRole(apiRoleName(role)), std::optional<ApiRole>(role));
    QCOMPARE(parseApiRole(QStringLiteral(" Admin ")), std::optional<ApiRole>(ApiRole::Admin));
    QVERIFY(!parseApiRole(QStringLiteral("root")));
    QVERIFY(!parseApiRole(QString()));
}

void TestApiKeyStore::testCreateVerifyListRevoke()
{
    const auto made = m_store->create(QStringLiteral("ci-bot"), ApiRole::Sender, 120, m_now);
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    const QString key = made.value().key;
    // cdk_ and 32 bytes of base64url without padding.
    QVERIFY(QRegularExpression(QStringLiteral("^cdk_[A-Za-z0-9_-]{43}$")).match(key).hasMatch());
    const auto other = m_store->create(QStringLiteral("ops"), ApiRole::Operator, 600, m_now);
    QVERIFY(other.ok());
    QVERIFY(other.value().key != key);

    const auto verified = m_store->verify(key, m_now);
    QVERIFY(verified.ok());
    QVERIFY(verified.value().has_value());
    QCOMPARE(verified.value()->name, QStringLiteral("ci-bot"));
    QCOMPARE(verified.value()->role, ApiRole::Sender);
    QCOMPARE(verified.value()->ratePerMinute, 120);
    QCOMPARE(verified.value()->createdAt, m_now);

    const auto keys = m_store->list();
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), 2);
    QCOMPARE(keys.value().at(0).name, QStringLiteral("ci-bot"));
    QCOMPARE(keys.value().at(0).lastUsedAt, m_now);
    QCOMPARE(keys.value().at(1).name, QStringLiteral("ops"));
    QCOMPARE(keys.value().at(1).role, ApiRole::Operator);
    QVERIFY(!keys.value().at(1).lastUsedAt.isValid());

    QVERIFY(m_store->revoke(QStringLiteral("ci-bot")).ok());
    const auto afterRevoke = m_store->verify(key, m_now);
    QVERIFY(afterRevoke.ok());
    QVERIFY(!afterRevoke.value().has_value());
    QCOMPARE(m_store->list().value().size(), 1);
    QVERIFY(m_store->verify(other.value().key, m_now).value().has_value());
    // The name is free again once revoked.
    QVERIFY(m_store->create(QStringLiteral("ci-bot"), ApiRole::Viewer, 600, m_now).ok());
}

void TestApiKeyStore::testOnlyTheHashIsOnDisk()
{
    const auto made = m_store->create(QStringLiteral("disk"), ApiRole::Admin, 600, m_now);
    QVERIFY(made.ok());
    QVERIFY(m_store->verify(made.value().key, m_now).value().has_value());
    const QByteArray key = made.value().key.toUtf8();
    const QByteArray body = key.mid(4); // without "cdk_"
    const QByteArray raw = QByteArray::fromBase64(body, QByteArray::Base64UrlEncoding);
    QCOMPARE(raw.size(), 32);

    // The database file, its WAL and anything else in the data directory.
    QByteArray disk = TestEnvironment::allFileContents(m_dir->path());
    QVERIFY(!disk.isEmpty());
    QVERIFY(!disk.contains(body));
    QVERIFY(!disk.contains(raw));
    QVERIFY(disk.contains(ApiKeyStore::hashKey(made.value().key)));
    Database::close(m_path);
    disk = TestEnvironment::allFileContents(m_dir->path());
    QVERIFY(!disk.contains(body));
    QVERIFY(!disk.contains(raw));
}

void TestApiKeyStore::testWrongKeysFail_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("no prefix") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("random") << QStringLiteral("cdk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("huge") << QStringLiteral("cdk_") + QString(100000, QLatin1Char('a'));
}

void TestApiKeyStore::testWrongKeysFail()
{
    QFETCH(QString, key);
    const auto made = m_store->create(QStringLiteral("real"), ApiRole::Admin, 600, m_now);
    QVERIFY(made.ok());
    const auto verified = m_store->verify(key, m_now);
    QVERIFY(verified.ok());
    QVERIFY(!verified.value().has_value());
    // One character changed.
    QString altered = made.value().key;
    altered[10] = altered.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!m_store->verify(altered, m_now).value().has_value());
    QVERIFY(!m_store->verify(made.value().key.chopped(1), m_now).value().has_value());
    QVERIFY(!m_store->verify(made.value().key + QLatin1Char('x'), m_now).value().has_value());
}

void TestApiKeyStore::testLastUsedMovesAtMostOncePerMinute()
{
    const auto made = m_store->create(QStringLiteral("busy"), ApiRole::Viewer, 600, m_now);
    QVERIFY(made.ok());
    const QString key = made.value().key;
    QVERIFY(!m_store->list().value().at(0).lastUsedAt.isValid());

    QCOMPARE(m_store->verify(key, m_now).value()->lastUsedAt, m_now);
    QCOMPARE(m_store->verify(key, m_now.addSecs(30)).value()->lastUsedAt, m_now);
    QCOMPARE(m_store->list().value().at(0).lastUsedAt, m_now);
    QCOMPARE(m_store->verify(key, m_now.addSecs(59)).value()->lastUsedAt, m_now);
    const QDateTime later = m_now.addSecs(61);
    QCOMPARE(m_store->verify(key, later).value()->lastUsedAt, later);
    QCOMPARE(m_store->list().value().at(0).lastUsedAt, later);
}

void TestApiKeyStore::testDuplicateNameRefused()
{
    QVERIFY(m_store->create(QStringLiteral("twice"), ApiRole::Viewer, 600, m_now).ok());
    const auto again = m_store->create(QStringLiteral("twice"), ApiRole::Admin, 600, m_now);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, int(ApiKeyStore::DuplicateName));
    QVERIFY(again.error().message.contains(QStringLiteral("twice")));
    const auto keys = m_store->list();
    QCOMPARE(keys.value().size(), 1);
    QCOMPARE(keys.value().at(0).role, ApiRole::Viewer);
}

void TestApiKeyStore::testBadNamesAndRatesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QString() << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("space") << QStringLiteral("ci bot") << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("slash") << QStringLiteral("a/b") << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("quote") << QStringLiteral("x'--") << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("non-ascii") << QStringLiteral("cliënt") << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << 600 << int(ApiKeyStore::InvalidName);
    QTest::newRow("zero rate") << QStringLiteral("ok") << 0 << int(ApiKeyStore::InvalidRate);
    QTest::newRow("negative rate") << QStringLiteral("ok") << -5 << int(ApiKeyStore::InvalidRate);
}

void TestApiKeyStore::testBadNamesAndRatesRefused()
{
    QFETCH(QString, name);
    QFETCH(int, rate);
    QFETCH(int, code);
    const auto made = m_store->create(name, ApiRole::Viewer, rate, m_now);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, code);
    QVERIFY(!made.error().message.isEmpty());
    QVERIFY(m_store->list().value().isEmpty());
    QVERIFY(m_store->create(QString(64, QLatin1Char('a')), ApiRole::Viewer, 1, m_now).ok());
    QVERIFY(m_store->create(QStringLiteral("A.b_c-9"), ApiRole::Viewer, 600, m_now).ok());
}

void TestApiKeyStore::testRevokeUnknownName()
{
    const Status revoked = m_store->revoke(QStringLiteral("ghost"));
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().code, int(ApiKeyStore::UnknownName));
    QVERIFY(revoked.error().message.contains(QStringLiteral("ghost")));
}

void TestApiKeyStore::testGenerationMovesOnChangesOnly()
{
    const qint64 start = m_store->generation().value();
    const auto made = m_store->create(QStringLiteral("gen"), ApiRole::Viewer, 600, m_now);
    QVERIFY(made.ok());
    const qint64 afterCreate = m_store->generation().value();
    QVERIFY(afterCreate != start);
    QVERIFY(m_store->verify(made.value().key, m_now).value().has_value());
    QCOMPARE(m_store->generation().value(), afterCreate);

    // A refused change changes nothing.
    QVERIFY(!m_store->create(QStringLiteral("gen"), ApiRole::Viewer, 600, m_now).ok());
    QCOMPARE(m_store->generation().value(), afterCreate);
    QVERIFY(m_store->revoke(QStringLiteral("gen")).ok());
    QVERIFY(m_store->generation().value() != afterCreate);
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "TestApiKeyStore.moc"
