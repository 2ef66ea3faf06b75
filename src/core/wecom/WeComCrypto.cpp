// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComCrypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <limits>

namespace ChannelDesk {

namespace {

constexpr int kKeySize = 32;
constexpr int kRandomSize = 16;
constexpr int kLengthSize = 4;
constexpr int kAesBlock = 16;
// WXBizMsgCrypt pads to 32 bytes, not to the AES block: OpenSSL's own PKCS#7 handling rejects
// every pad value above 16, so it is switched off and done here (spec §4.3).
constexpr int kPadBlock = 32;

struct CipherContext
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    CipherContext() = default;
    CipherContext(const CipherContext&) = delete;
    CipherContext& operator=(const CipherContext&) = delete;
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

//! AES-256-CBC over whole blocks with IV = key[0..16) and no padding; nothing if OpenSSL failed.
bool runCipher(const QByteArray& key, const QByteArray& in, QByteArray* out, bool encrypt)
{
    CipherContext c;
    if (!c.ctx || in.size() > std::numeric_limits<int>::max() - kAesBlock)
        return false;
    QByteArray result(in.size() + kAesBlock, '\0');
    int length = 0;
    int finalLength = 0;
    const unsigned char* iv = bytesOf(key); // the IV is the key's first 16 bytes
    const bool ok
        = EVP_CipherInit_ex(c.ctx, EVP_aes_256_cbc(), nullptr, bytesOf(key), iv, encrypt ? 1 : 0) == 1
        && EVP_CIPHER_CTX_set_padding(c.ctx, 0) == 1
        && EVP_CipherUpdate(c.ctx, bytesOf(result), &length, bytesOf(in), int(in.size())) == 1
        && EVP_CipherFinal_ex(c.ctx, bytesOf(result) + length, &finalLength) == 1;
    if (!ok)
        return false;
    result.resize(length + finalLength);
    *out = result;
    return true;
}

WeComCrypto::Opened failed(WeComCrypto::Failure failure)
{
    WeComCrypto::Opened opened;
    opened.failure = failure;
    return opened;
}

} // namespace

QByteArray WeComCrypto::aesKey(const QString& encodingAesKey)
{
    constexpr int kEncodedSize = 43;
    if (encodingAesKey.size() != kEncodedSize)
        return {};
    // Qt ignores the spare low bits of the last character, as Python's b64decode does: Tencent's
    // own sample key (…B2C) has them set.
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        encodingAesKey.toLatin1() + '=', QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kKeySize)
        return {};
    return decoded.decoded;
}

QByteArray WeComCrypto::signature(const QByteArray& token, const QByteArray& timestamp,
                                  const QByteArray& nonce, const QByteArray& encrypted)
{
    QList<QByteArray> parts{token, timestamp, nonce, encrypted};
    std::sort(parts.begin(), parts.end());
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    for (const QByteArray& part : std::as_const(parts))
        sha1.addData(part);
    return sha1.result().toHex();
}

bool WeComCrypto::verify(const QByteArray& msgSignature, const QByteArray& token, const QByteArray& timestamp,
                         const QByteArray& nonce, const QByteArray& encrypted)
{
    const QByteArray expected = signature(token, timestamp, nonce, encrypted);
    return msgSignature.size() == expected.size()
        && CRYPTO_memcmp(msgSignature.constData(), expected.constData(), size_t(expected.size())) == 0;
}

WeComCrypto::Opened WeComCrypto::decrypt(const QByteArray& key, const QByteArray& encryptedBase64)
{
    if (key.size() != kKeySize)
        return failed(Failure::BadKey);
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(encryptedBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failed(Failure::BadBase64);
    const QByteArray& ciphertext = decoded.decoded;
    if (ciphertext.isEmpty() || ciphertext.size() % kAesBlock != 0)
        return failed(Failure::BadCiphertext);
    QByteArray plain;
    if (!runCipher(key, ciphertext, &plain, false) || plain.isEmpty())
        return failed(Failure::BadCiphertext);

    // Strict PKCS#7 as Hermes does it (the Tencent SDK only clamps the pad value): a wrong key
    // almost always ends here rather than in a plausible-looking message.
    const int pad = static_cast<unsigned char>(plain.back());
    if (pad < 1 || pad > kPadBlock || pad > plain.size())
        return failed(Failure::BadPadding);
    for (qsizetype i = plain.size() - pad; i < plain.size(); ++i) {
        if (static_cast<unsigned char>(plain.at(i)) != pad)
            return failed(Failure::BadPadding);
    }
    plain.chop(pad);

    constexpr qsizetype kHeader = kRandomSize + kLengthSize;
    if (plain.size() < kHeader)
        return failed(Failure::BadLength);
    const quint32 length = qFromBigEndian<quint32>(plain.constData() + kRandomSize);
    if (quint64(length) > quint64(plain.size() - kHeader))
        return failed(Failure::BadLength);

    Opened opened;
    opened.message = plain.mid(kHeader, qsizetype(length));
    opened.receiveId = plain.mid(kHeader + qsizetype(length));
    return opened;
}

QByteArray WeComCrypto::encrypt(const QByteArray& key, const QByteArray& message, const QByteArray& receiveId,
                                const QByteArray& random16)
{
    if (key.size() != kKeySize || quint64(message.size()) > std::numeric_limits<quint32>::max())
        return {};
    QByteArray random = random16;
    if (random.isEmpty()) {
        random.resize(kRandomSize);
        if (RAND_bytes(bytesOf(random), kRandomSize) != 1)
            return {};
    } else if (random.size() != kRandomSize) {
        return {};
    }

    QByteArray plain = random;
    char length[kLengthSize];
    qToBigEndian<quint32>(quint32(message.size()), length);
    plain.append(length, kLengthSize);
    plain.append(message);
    plain.append(receiveId);
    const int pad = kPadBlock - int(plain.size() % kPadBlock);
    plain.append(pad, char(pad));

    QByteArray ciphertext;
    if (!runCipher(key, plain, &ciphertext, true))
        return {};
    return ciphertext.toBase64();
}

QString WeComCrypto::describe(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QCoreApplication::translate("WeComCrypto", "Decrypted.");
    case Failure::BadKey:
        return QCoreApplication::translate("WeComCrypto",
                                           "The EncodingAESKey is not 43 letters and digits that decode to a "
                                           "32-byte key.");
    case Failure::BadBase64:
        return QCoreApplication::translate("WeComCrypto", "The encrypted text is not valid Base64.");
    case Failure::BadCiphertext:
        return QCoreApplication::translate(
            "WeComCrypto", "The encrypted text is empty or not a whole number of AES blocks.");
    case Failure::BadPadding:
        return QCoreApplication::translate("WeComCrypto",
                                           "The decrypted text has invalid padding; the EncodingAESKey is "
                                           "probably not the one set in WeCom's admin console.");
    case Failure::BadLength:
        return QCoreApplication::translate("WeComCrypto",
                                           "The decrypted text's length field runs past its end; the "
                                           "EncodingAESKey is probably wrong.");
    }
    return {};
}

} // namespace ChannelDesk
