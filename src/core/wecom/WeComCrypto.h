// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! WeCom's callback crypto (WXBizMsgCrypt): the msg_signature (SHA-1 over the sorted token,
//! timestamp, nonce and ciphertext) and AES-256-CBC with IV = key[0..16) and PKCS#7 padding to 32
//! bytes, over random(16) ‖ BE uint32 length ‖ message ‖ receive id. OpenSSL's EVP with its own
//! padding switched off (it only knows 16-byte PKCS#7); see ../shared/specs/wecom.md §3–4.
//! Thread-safe: no state.

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class WeComCrypto
{
public:
    enum class Failure
    {
        None,
        BadKey, //!< the EncodingAESKey does not decode to 32 bytes
        BadBase64, //!< the ciphertext is not Base64
        BadCiphertext, //!< empty, not a multiple of 16 bytes, or AES failed
        BadPadding, //!< the last byte is not 1…32 or the padding bytes differ
        BadLength, //!< the message length runs past the end
    };

    struct Opened
    {
        Failure failure = Failure::None;
        QByteArray message; //!< the XML (or the echostr's plaintext)
        QByteArray receiveId; //!< the CorpID for a self-built app
        bool ok() const { return failure == Failure::None; }
    };

    //! Base64(EncodingAESKey + "="), or empty when that is not 32 bytes (non-zero spare bits in
    //! the 43rd character are fine).
    static QByteArray aesKey(const QString& encodingAesKey);
    //! Lower-case hex SHA-1 of the four values sorted bytewise and concatenated.
    static QByteArray signature(const QByteArray& token, const QByteArray& timestamp, const QByteArray& nonce,
                                const QByteArray& encrypted);
    //! Compares signature(...) with msgSignature in constant time.
    static bool verify(const QByteArray& msgSignature, const QByteArray& token, const QByteArray& timestamp,
                       const QByteArray& nonce, const QByteArray& encrypted);
    //! Decrypts a Base64 ciphertext with a 32-byte key from aesKey().
    static Opened decrypt(const QByteArray& key, const QByteArray& encryptedBase64);
    //! Encrypts for the receive id; random16 must be 16 bytes (tests pin it; empty: random).
    //! Returns Base64, or empty for a bad key.
    static QByteArray encrypt(const QByteArray& key, const QByteArray& message, const QByteArray& receiveId,
                              const QByteArray& random16 = {});
    //! Words for a failure, for the channel page's rejection list.
    static QString describe(Failure failure);
};

} // namespace ChannelDesk
