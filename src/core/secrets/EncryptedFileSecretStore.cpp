// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/EncryptedFileSecretStore.h"

#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QPromise>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

namespace ChannelDesk {
namespace {

constexpr char kMagic[] = "CDSECRET";
constexpr int kMagicSize = 8;
constexpr char kVersion = 1;
constexpr int kKeyCheckSize = 8;
constexpr int kHeaderSize = kMagicSize + 1 + kKeyCheckSize;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

using Key = std::array<unsigned char, kKeySize>;

//! Wipes a buffer that held key material or plaintext.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

//! One key per purpose from the master key (HMAC-SHA256 as a PRF), so the key check written into
//! the file says nothing about the cipher key.
Key derive(const QByteArray& masterKey, const char* purpose)
{
    Key out{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), masterKey.constData(), int(masterKey.size()),
         reinterpret_cast<const unsigned char*>(purpose), qstrlen(purpose), out.data(), &length);
    return out;
}

QByteArray header(const QByteArray& masterKey)
{
    Key check = derive(masterKey, "channeldesk secrets key check v1");
    QByteArray bytes(kMagic, kMagicSize);
    bytes.append(kVersion);
    bytes.append(reinterpret_cast<const char*>(check.data()), kKeyCheckSize);
    OPENSSL_cleanse(check.data(), check.size());
    return bytes;
}

struct CipherContext
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

unsigned char* bytesOf(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}

//! The whole file for plaintext, or nothing if OpenSSL failed.
std::optional<QByteArray> seal(const QByteArray& masterKey, const QByteArray& plaintext)
{
    const QByteArray aad = header(masterKey);
    QByteArray nonce(kNonceSize, '\0');
    if (RAND_bytes(bytesOf(nonce), kNonceSize) != 1)
        return std::nullopt;
    Key key = derive(masterKey, "channeldesk secrets aes-256-gcm v1");
    CipherContext c;
    QByteArray ciphertext(plaintext.size() + kTagSize, '\0');
    int length = 0;
    int finalLength = 0;
    const bool ok = c.ctx && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, key.data(), bytesOf(nonce)) == 1
        && EVP_EncryptUpdate(c.ctx, nullptr, &length, bytesOf(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(c.ctx, bytesOf(ciphertext), &length, bytesOf(plaintext), int(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(c.ctx, bytesOf(ciphertext) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize,
                               bytesOf(ciphertext) + length + finalLength)
            == 1;
    OPENSSL_cleanse(key.data(), key.size());
    if (!ok)
        return std::nullopt;
    ciphertext.resize(length + finalLength + kTagSize);
    return aad + nonce + ciphertext;
}

SecretResult failed(const QString& message)
{
    return SecretResult{SecretResult::Code::Failed, {}, message};
}

//! Checks and decrypts a whole file into plaintext.
SecretResult open(const QByteArray& masterKey, const QByteArray& file, const QString& path,
                  QByteArray* plaintext)
{
    if (!file.startsWith(QByteArray(kMagic, kMagicSize)))
        return failed(EncryptedFileSecretStore::tr("%1 is not a ChannelDesk secrets file.").arg(path));
    if (file.size() > kMagicSize && file.at(kMagicSize) != kVersion)
        return failed(EncryptedFileSecretStore::tr("%1 has format version %2; this version of ChannelDesk "
                                                   "reads version %3.")
                          .arg(path)
                          .arg(int(file.at(kMagicSize)))
                          .arg(int(kVersion)));
    if (file.size() < kHeaderSize + kNonceSize + kTagSize)
        return failed(EncryptedFileSecretStore::tr("%1 is cut short: the file is damaged. Restore it from a "
                                                   "backup, or remove it and enter the secrets again.")
                          .arg(path));
    const QByteArray aad = file.left(kHeaderSize);
    if (aad != header(masterKey))
        return failed(EncryptedFileSecretStore::tr("Wrong master key: %1 was written with a different key. "
                                                   "Provide the key it was written with.")
                          .arg(path));
    const QByteArray nonce = file.mid(kHeaderSize, kNonceSize);
    const QByteArray ciphertext
        = file.mid(kHeaderSize + kNonceSize, file.size() - kHeaderSize - kNonceSize - kTagSize);
    QByteArray tag = file.right(kTagSize);
    Key key = derive(masterKey, "channeldesk secrets aes-256-gcm v1");
    CipherContext c;
    QByteArray out(ciphertext.size() + kTagSize, '\0');
    int length = 0;
    int finalLength = 0;
    const bool ok = c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, key.data(), bytesOf(nonce)) == 1
        && EVP_DecryptUpdate(c.ctx, nullptr, &length, bytesOf(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(c.ctx, bytesOf(out), &length, bytesOf(ciphertext), int(ciphertext.size())) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, bytesOf(tag)) == 1
        && EVP_DecryptFinal_ex(c.ctx, bytesOf(out) + length, &finalLength) == 1;
    OPENSSL_cleanse(key.data(), key.size());
    if (!ok) {
        // Never hand out what a failed check produced.
        wipe(out);
        return failed(EncryptedFileSecretStore::tr("%1 failed authentication: the file is damaged or was "
                                                   "changed outside ChannelDesk. Restore it from a backup, "
                                                   "or remove it and enter the secrets again.")
                          .arg(path));
    }
    out.resize(length + finalLength);
    *plaintext = out;
    return SecretResult{};
}

QString entryKey(const QString& channelId, const QString& field)
{
    return channelId + QLatin1Char('/') + field;
}

} // namespace

struct EncryptedFileSecretStore::Vault
{
    QString path;
    QByteArray key;

    ~Vault() { wipe(key); }

    //! Every secret in the file; an absent file holds none.
    SecretResult load(QJsonObject* secrets) const
    {
        QFile file(path);
        if (!file.exists())
            return SecretResult{};
        if (file.size() > kMaxFileSize)
            return failed(tr("%1 is too large to be a ChannelDesk secrets file.").arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
        QByteArray plaintext;
        const SecretResult opened = open(key, file.readAll(), path, &plaintext);
        if (!opened.ok())
            return opened;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(plaintext, &error);
        wipe(plaintext);
        if (!document.isObject())
            return failed(tr("%1 does not hold a list of secrets.").arg(path));
        *secrets = document.object();
        return SecretResult{};
    }

    SecretResult save(const QJsonObject& secrets) const
    {
        QByteArray plaintext = QJsonDocument(secrets).toJson(QJsonDocument::Compact);
        const std::optional<QByteArray> sealed = seal(key, plaintext);
        wipe(plaintext);
        if (!sealed)
            return failed(tr("OpenSSL could not encrypt the secrets."));
        QSaveFile file(path);
        // Owner-only before a byte is written; the data directory is owner-only too.
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(*sealed) != sealed->size() || !file.commit())
            return failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return SecretResult{};
    }

    //! Serialises read-modify-write with other processes on the same data directory (serve and
    //! a command run next to it).
    SecretResult locked(const std::function<SecretResult()>& work) const
    {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (!lock.tryLock(10000))
            return failed(
                tr("%1 is locked by another process (%2).").arg(path, path + QStringLiteral(".lock")));
        // QLockFile creates the file with the umask's mode. The secrets file is narrowed too, in
        // case an older version or a copy left it readable by others.
        PrivateFile::narrow(path + QStringLiteral(".lock"));
        PrivateFile::narrow(path);
        return work();
    }
};

EncryptedFileSecretStore::EncryptedFileSecretStore(const QString& dataDirectory, const QByteArray& masterKey,
                                                   QObject* parent)
    : SecretStore(parent)
{
    auto vault = std::make_shared<Vault>();
    vault->path = QDir(dataDirectory).filePath(fileName());
    // A deep copy: the caller's buffer may be shared, and only this one is wiped here.
    vault->key = QByteArray(masterKey.constData(), masterKey.size());
    m_vault = vault;
    m_pool.setMaxThreadCount(1);
}

EncryptedFileSecretStore::~EncryptedFileSecretStore()
{
    m_pool.waitForDone();
}

QString EncryptedFileSecretStore::filePath() const
{
    return m_vault->path;
}

QString EncryptedFileSecretStore::backendName() const
{
    return tr("encrypted file %1").arg(filePath());
}

template <typename Work> QFuture<SecretResult> EncryptedFileSecretStore::run(Work work)
{
    // A promise, not QtConcurrent::run: waiting on that future may run the job on the waiting
    // thread, out of order with the queue (see DatabaseWorker).
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    QFuture<SecretResult> future = promise->future();
    if (m_vault->key.size() != kKeySize) {
        promise->addResult(failed(tr("The master key must be %1 bytes.").arg(kKeySize)));
        promise->finish();
        return future;
    }
    m_pool.start([promise, vault = m_vault, work = std::move(work)] {
        promise->addResult(vault->locked([&] { return work(*vault); }));
        promise->finish();
    });
    return future;
}

QFuture<SecretResult> EncryptedFileSecretStore::readSecret(const QString& channelId, const QString& field)
{
    return run([key = entryKey(channelId, field)](const Vault& vault) {
        QJsonObject secrets;
        const SecretResult loaded = vault.load(&secrets);
        if (!loaded.ok())
            return loaded;
        const QJsonValue value = secrets.value(key);
        if (!value.isString())
            return SecretResult{SecretResult::Code::NotFound, {}, tr("No such secret.")};
        return SecretResult{SecretResult::Code::Ok, value.toString(), {}};
    });
}

QFuture<SecretResult> EncryptedFileSecretStore::writeSecret(const QString& channelId, const QString& field,
                                                            const QString& value)
{
    return run([key = entryKey(channelId, field), value](const Vault& vault) {
        QJsonObject secrets;
        const SecretResult loaded = vault.load(&secrets);
        if (!loaded.ok())
            return loaded; // never replace a file this key cannot read
        secrets.insert(key, value);
        return vault.save(secrets);
    });
}

QFuture<SecretResult> EncryptedFileSecretStore::deleteSecret(const QString& channelId, const QString& field)
{
    return run([key = entryKey(channelId, field)](const Vault& vault) {
        QJsonObject secrets;
        const SecretResult loaded = vault.load(&secrets);
        if (!loaded.ok())
            return loaded;
        if (!secrets.contains(key))
            return SecretResult{};
        secrets.remove(key);
        return vault.save(secrets);
    });
}

std::optional<QByteArray> EncryptedFileSecretStore::parseMasterKey(const QByteArray& text)
{
    QByteArray trimmed = text.trimmed();
    std::optional<QByteArray> key;
    const bool hex = trimmed.size() == 2 * kKeySize
        && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return std::isxdigit(uchar(c)); });
    if (hex) {
        key = QByteArray::fromHex(trimmed);
    } else {
        for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            QByteArray::FromBase64Result decoded
                = QByteArray::fromBase64Encoding(trimmed, encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.size() == kKeySize) {
                key = decoded.decoded;
                break;
            }
            wipe(decoded.decoded);
        }
    }
    wipe(trimmed);
    return key;
}

QString EncryptedFileSecretStore::masterKeyHint()
{
    return tr("Set %1 to 64 hexadecimal characters or the base64 of 32 random bytes (make one with "
              "`openssl rand -hex 32`), or give the service the systemd credential %2 "
              "(LoadCredential= or SetCredentialEncrypted=).")
        .arg(environmentVariable(), credentialName());
}

std::optional<QByteArray> EncryptedFileSecretStore::masterKey(QString* problem, QString* source)
{
    QString ignoredProblem;
    QString ignoredSource;
    problem = problem ? problem : &ignoredProblem;
    source = source ? source : &ignoredSource;
    problem->clear();
    source->clear();
    const QString expected = tr("expected 64 hexadecimal characters or the base64 of exactly 32 bytes; make "
                                "one with `openssl rand -hex 32`.");
    // An empty variable counts as unset, as for the CHANNELDESK_SECRET_* variables.
    QByteArray text = qgetenv(environmentVariable().toLatin1().constData());
    if (!text.isEmpty()) {
        std::optional<QByteArray> key = parseMasterKey(text);
        wipe(text);
        if (!key)
            *problem = tr("%1 is not a usable master key: %2").arg(environmentVariable(), expected);
        else
            *source = environmentVariable();
        return key;
    }
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (directory.isEmpty())
        return std::nullopt;
    QFile file(QDir(directory).filePath(credentialName()));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the master key %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    text = file.read(4096);
    std::optional<QByteArray> key = parseMasterKey(text);
    wipe(text);
    if (!key)
        *problem = tr("%1 is not a usable master key: %2").arg(file.fileName(), expected);
    else
        *source = tr("systemd credential %1").arg(credentialName());
    return key;
}

} // namespace ChannelDesk
