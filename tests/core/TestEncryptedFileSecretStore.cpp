// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Real files in temporary directories and real OpenSSL. Secret values are compared with QVERIFY,
// never QCOMPARE, so a failure never prints one.
#include "secrets/EncryptedFileSecretStore.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace ChannelDesk;

namespace {

const QByteArray keyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const QByteArray otherKeyHex = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

QByteArray key(const QByteArray& hex = keyHex)
{
    return QByteArray::fromHex(hex);
}

QString secretValue()
{
    return QStringLiteral("EAA_FAKE_encrypted_file_round_trip-7f3a9c");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEncryptedFileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testRoundTripAcrossInstances();
    void testEveryWriteUsesAFreshNonce();
    void testFileIsOwnerOnly();
    void testSecretNeverAppearsInTheFile();
    void testWrongKeyFailsClearly();
    void testTamperedFileFailsAuthentication_data();
    void testTamperedFileFailsAuthentication();
    void testForeignFileIsRefused();
    void testDelete();
    void testDestroyedStoreFinishesPendingFutures();
    void testParseMasterKey_data();
    void testParseMasterKey();
    void testMasterKeyFromEnvironment();
    void testMasterKeyFromCredentialFile();
    void testEnvironmentBeatsCredentialFile();
    void testBadMasterKeySaysHowToMakeOne();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEncryptedFileSecretStore::initTestCase()
{
    TestEnvironment::init();
}

void TestEncryptedFileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("CHANNELDESK_MASTER_KEY");
    qunsetenv("CREDENTIALS_DIRECTORY");
}

void TestEncryptedFileSecretStore::testRoundTripAcrossInstances()
{
    {
        EncryptedFileSecretStore store(m_dir->path(), key());
        QVERIFY(TestEnvironment::waitFor(store.writeSecret(QStringLiteral("support"),
                                                           QStringLiteral("access_token"), secretValue()))
                    .ok());
        QVERIFY(TestEnvironment::waitFor(store.writeSecret(QStringLiteral("support-br"),
                                                           QStringLiteral("app_secret"),
                                                           TestEnvironment::appSecret()))
                    .ok());
    }
    EncryptedFileSecretStore reopened(m_dir->path(), key());
    const SecretResult token = TestEnvironment::waitFor(
        reopened.readSecret(QStringLiteral("support"), QStringLiteral("access_token")));
    QVERIFY2(token.ok(), qPrintable(token.errorString));
    QVERIFY(token.value == secretValue());
    const SecretResult appSecret = TestEnvironment::waitFor(
        reopened.readSecret(QStringLiteral("support-br"), QStringLiteral("app_secret")));
    QVERIFY2(appSecret.ok(), qPrintable(appSecret.errorString));
    QVERIFY(appSecret.value == TestEnvironment::appSecret());
    QCOMPARE(
        TestEnvironment::waitFor(reopened.readSecret(QStringLiteral("support"), QStringLiteral("app_secret")))
            .code,
        SecretResult::Code::NotFound);
}

void TestEncryptedFileSecretStore::testEveryWriteUsesAFreshNonce()
{
    EncryptedFileSecretStore store(m_dir->path(), key());
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
            .ok());
    const QByteArray first = readAll(store.filePath());
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
            .ok());
    const QByteArray second = readAll(store.filePath());
    QCOMPARE(first.size(), second.size());
    QVERIFY(first != second);
    // Header (17 bytes) alike, nonce (the next 12) different.
    QCOMPARE(first.left(17), second.left(17));
    QVERIFY(first.mid(17, 12) != second.mid(17, 12));
}

void TestEncryptedFileSecretStore::testFileIsOwnerOnly()
{
    EncryptedFileSecretStore store(m_dir->path(), key());
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
            .ok());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    // Replacing the file keeps it owner-only, even if someone loosened it.
    QVERIFY(QFile::setPermissions(store.filePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("g"), secretValue()))
            .ok());
    QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void TestEncryptedFileSecretStore::testSecretNeverAppearsInTheFile()
{
    EncryptedFileSecretStore store(m_dir->path(), key());
    QVERIFY(TestEnvironment::waitFor(
                store.writeSecret(QStringLiteral("support"), QStringLiteral("access_token"), secretValue()))
                .ok());
    const QByteArray all = TestEnvironment::allFileContents(m_dir->path());
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.contains(secretValue().toUtf8()));
    QVERIFY(!all.contains(
        QByteArray(reinterpret_cast<const char*>(secretValue().utf16()), secretValue().size() * 2)));
    QVERIFY(!all.contains("support/access_token"));
    QVERIFY(!all.contains(key()));
    QVERIFY(!all.contains(keyHex));
}

void TestEncryptedFileSecretStore::testWrongKeyFailsClearly()
{
    {
        EncryptedFileSecretStore store(m_dir->path(), key());
        QVERIFY(TestEnvironment::waitFor(
                    store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
                    .ok());
    }
    const QByteArray before = readAll(QDir(m_dir->path()).filePath(EncryptedFileSecretStore::fileName()));
    EncryptedFileSecretStore wrong(m_dir->path(), key(otherKeyHex));
    const SecretResult read
        = TestEnvironment::waitFor(wrong.readSecret(QStringLiteral("a"), QStringLiteral("f")));
    QCOMPARE(read.code, SecretResult::Code::Failed);
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.errorString.contains(QStringLiteral("Wrong master key")), qPrintable(read.errorString));
    // Neither a write nor a delete replaces a file this key cannot read.
    QCOMPARE(
        TestEnvironment::waitFor(wrong.writeSecret(QStringLiteral("a"), QStringLiteral("g"), secretValue()))
            .code,
        SecretResult::Code::Failed);
    QCOMPARE(TestEnvironment::waitFor(wrong.deleteSecret(QStringLiteral("a"), QStringLiteral("f"))).code,
             SecretResult::Code::Failed);
    QCOMPARE(readAll(wrong.filePath()), before);
}

void TestEncryptedFileSecretStore::testTamperedFileFailsAuthentication_data()
{
    QTest::addColumn<int>("offset"); // from the start; negative: from the end
    QTest::newRow("format version") << 8;
    QTest::newRow("nonce") << 20;
    QTest::newRow("ciphertext") << 35;
    QTest::newRow("tag") << -3;
}

void TestEncryptedFileSecretStore::testTamperedFileFailsAuthentication()
{
    QFETCH(int, offset);
    EncryptedFileSecretStore store(m_dir->path(), key());
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
            .ok());
    QByteArray bytes = readAll(store.filePath());
    const int at = offset >= 0 ? offset : int(bytes.size()) + offset;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const SecretResult read
        = TestEnvironment::waitFor(store.readSecret(QStringLiteral("a"), QStringLiteral("f")));
    QCOMPARE(read.code, SecretResult::Code::Failed);
    QVERIFY(read.value.isEmpty());
    if (offset == 8)
        QVERIFY2(read.errorString.contains(QStringLiteral("format version")), qPrintable(read.errorString));
    else
        QVERIFY2(read.errorString.contains(QStringLiteral("failed authentication")),
                 qPrintable(read.errorString));
    // A truncated file is damaged too.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(readAll(store.filePath()).left(20));
    file.close();
    QCOMPARE(TestEnvironment::waitFor(store.readSecret(QStringLiteral("a"), QStringLiteral("f"))).code,
             SecretResult::Code::Failed);
}

void TestEncryptedFileSecretStore::testForeignFileIsRefused()
{
    QFile file(QDir(m_dir->path()).filePath(EncryptedFileSecretStore::fileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"a/f": "plaintext"})");
    file.close();
    EncryptedFileSecretStore store(m_dir->path(), key());
    const SecretResult read
        = TestEnvironment::waitFor(store.readSecret(QStringLiteral("a"), QStringLiteral("f")));
    QCOMPARE(read.code, SecretResult::Code::Failed);
    QVERIFY2(read.errorString.contains(QStringLiteral("not a ChannelDesk secrets file")),
             qPrintable(read.errorString));
}

void TestEncryptedFileSecretStore::testDelete()
{
    EncryptedFileSecretStore store(m_dir->path(), key());
    QVERIFY(TestEnvironment::waitFor(store.deleteSecret(QStringLiteral("a"), QStringLiteral("f"))).ok());
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue()))
            .ok());
    QVERIFY(
        TestEnvironment::waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("g"), secretValue()))
            .ok());
    QVERIFY(TestEnvironment::waitFor(store.deleteSecret(QStringLiteral("a"), QStringLiteral("f"))).ok());
    QCOMPARE(TestEnvironment::waitFor(store.readSecret(QStringLiteral("a"), QStringLiteral("f"))).code,
             SecretResult::Code::NotFound);
    QVERIFY(TestEnvironment::waitFor(store.readSecret(QStringLiteral("a"), QStringLiteral("g"))).ok());
    QVERIFY(TestEnvironment::waitFor(store.deleteSecret(QStringLiteral("a"), QStringLiteral("f"))).ok());
}

void TestEncryptedFileSecretStore::testDestroyedStoreFinishesPendingFutures()
{
    auto store = std::make_unique<EncryptedFileSecretStore>(m_dir->path(), key());
    const QFuture<SecretResult> write
        = store->writeSecret(QStringLiteral("a"), QStringLiteral("f"), secretValue());
    const QFuture<SecretResult> read = store->readSecret(QStringLiteral("a"), QStringLiteral("f"));
    store.reset();
    QVERIFY(write.isFinished());
    QVERIFY(read.isFinished());
    QCOMPARE(write.resultCount(), 1);
    QVERIFY(write.result().ok());
    QVERIFY(read.result().ok());
    QVERIFY(read.result().value == secretValue());
}

void TestEncryptedFileSecretStore::testParseMasterKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    const QByteArray bytes = key();
    QTest::newRow("hex") << keyHex << true;
    QTest::newRow("hex upper case") << keyHex.toUpper() << true;
    QTest::newRow("hex with newline") << keyHex + "\n" << true;
    QTest::newRow("base64") << bytes.toBase64() << true;
    QTest::newRow("base64url unpadded")
        << bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << true;
    QTest::newRow("hex too short") << keyHex.left(62) << false;
    QTest::newRow("hex too long") << keyHex + "00" << false;
    QTest::newRow("base64 of 31 bytes") << bytes.left(31).toBase64() << false;
    QTest::newRow("base64 of 33 bytes") << QByteArray(bytes + "x").toBase64() << false;
    QTest::newRow("passphrase") << QByteArray("correct horse battery staple") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestEncryptedFileSecretStore::testParseMasterKey()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<QByteArray> parsed = EncryptedFileSecretStore::parseMasterKey(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QVERIFY(*parsed == key());
}

void TestEncryptedFileSecretStore::testMasterKeyFromEnvironment()
{
    QString problem = QStringLiteral("stale");
    QString source;
    QVERIFY(!EncryptedFileSecretStore::masterKey(&problem, &source));
    QVERIFY(problem.isEmpty());
    qputenv("CHANNELDESK_MASTER_KEY", key().toBase64());
    const std::optional<QByteArray> fromEnvironment = EncryptedFileSecretStore::masterKey(&problem, &source);
    qunsetenv("CHANNELDESK_MASTER_KEY");
    QVERIFY(fromEnvironment && *fromEnvironment == key());
    QVERIFY(problem.isEmpty());
    QCOMPARE(source, QStringLiteral("CHANNELDESK_MASTER_KEY"));
}

void TestEncryptedFileSecretStore::testMasterKeyFromCredentialFile()
{
    QFile credential(QDir(m_dir->path()).filePath(QStringLiteral("channeldesk-master-key")));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(keyHex + "\n");
    credential.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(m_dir->path()));
    QString problem;
    QString source;
    const std::optional<QByteArray> fromFile = EncryptedFileSecretStore::masterKey(&problem, &source);
    QVERIFY(fromFile && *fromFile == key());
    QVERIFY2(source.contains(QStringLiteral("channeldesk-master-key")), qPrintable(source));
    // A credentials directory without this credential is no key, and no problem either.
    QVERIFY(credential.remove());
    QVERIFY(!EncryptedFileSecretStore::masterKey(&problem, &source));
    QVERIFY(problem.isEmpty());
}

void TestEncryptedFileSecretStore::testEnvironmentBeatsCredentialFile()
{
    QFile credential(QDir(m_dir->path()).filePath(QStringLiteral("channeldesk-master-key")));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(otherKeyHex);
    credential.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(m_dir->path()));
    qputenv("CHANNELDESK_MASTER_KEY", keyHex);
    QString source;
    const std::optional<QByteArray> chosen = EncryptedFileSecretStore::masterKey(nullptr, &source);
    QVERIFY(chosen && *chosen == key());
    QCOMPARE(source, QStringLiteral("CHANNELDESK_MASTER_KEY"));
    // A bad variable is an error to fix, not a reason to use another key silently.
    qputenv("CHANNELDESK_MASTER_KEY", "not-a-key");
    QString problem;
    QVERIFY(!EncryptedFileSecretStore::masterKey(&problem, &source));
    QVERIFY(problem.contains(QStringLiteral("CHANNELDESK_MASTER_KEY")));
}

void TestEncryptedFileSecretStore::testBadMasterKeySaysHowToMakeOne()
{
    const QByteArray bad = keyHex.left(40);
    qputenv("CHANNELDESK_MASTER_KEY", bad);
    QString problem;
    QVERIFY(!EncryptedFileSecretStore::masterKey(&problem));
    QVERIFY2(problem.contains(QStringLiteral("64 hexadecimal characters")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("openssl rand -hex 32")), qPrintable(problem));
    QVERIFY(!problem.contains(QString::fromLatin1(bad)));

    qunsetenv("CHANNELDESK_MASTER_KEY");
    QFile credential(QDir(m_dir->path()).filePath(QStringLiteral("channeldesk-master-key")));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(bad + "\n");
    credential.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(m_dir->path()));
    QVERIFY(!EncryptedFileSecretStore::masterKey(&problem));
    QVERIFY2(problem.contains(QStringLiteral("channeldesk-master-key")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("openssl rand -hex 32")), qPrintable(problem));
    QVERIFY(!problem.contains(QString::fromLatin1(bad)));
}

QTEST_GUILESS_MAIN(TestEncryptedFileSecretStore)
#include "TestEncryptedFileSecretStore.moc"
