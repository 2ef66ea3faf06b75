// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Secrets in one encrypted file, `secrets.enc` in the data directory, for servers without a
//! keychain. AES-256-GCM through OpenSSL with a fresh random nonce on every write; the key comes
//! from the administrator (CHANNELDESK_MASTER_KEY or a systemd credential), never from the disk.
//! The file is replaced atomically and is owner-only (0600).
//!
//! Layout: "CDSECRET" | format version (1 byte) | key check (8 bytes) | nonce (12 bytes) |
//! ciphertext of a JSON object {"<channel>/<field>": value} | GCM tag (16 bytes). The first
//! 17 bytes are authenticated as additional data; the key check (an HMAC of the master key) tells
//! a wrong key apart from a damaged file.

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace ChannelDesk {

class EncryptedFileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    //! masterKey: 32 bytes (see masterKey()); the store keeps a copy and wipes it when destroyed.
    EncryptedFileSecretStore(const QString& dataDirectory, const QByteArray& masterKey,
                             QObject* parent = nullptr);
    //! Waits for the operations already queued (a few small file reads and writes), so every
    //! future handed out finishes with its real result.
    ~EncryptedFileSecretStore() override;

    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) override;
    QFuture<SecretResult> writeSecret(const QString& channelId, const QString& field,
                                      const QString& value) override;
    QFuture<SecretResult> deleteSecret(const QString& channelId, const QString& field) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;

    QString filePath() const;
    static QString fileName() { return QStringLiteral("secrets.enc"); }

    //! The master key from CHANNELDESK_MASTER_KEY or, when that is unset,
    //! $CREDENTIALS_DIRECTORY/channeldesk-master-key: 64 hex characters or base64/base64url of
    //! exactly 32 bytes, surrounding whitespace ignored. Without a key, problem (if given) is
    //! empty when none was provided and says what is wrong with one that was; source (if given)
    //! names where a key came from.
    static std::optional<QByteArray> masterKey(QString* problem, QString* source = nullptr);
    //! The key that text encodes, or nothing (for masterKey() and tests).
    static std::optional<QByteArray> parseMasterKey(const QByteArray& text);
    //! How to provide a master key, for messages.
    static QString masterKeyHint();

    static QString environmentVariable() { return QStringLiteral("CHANNELDESK_MASTER_KEY"); }
    static QString credentialName() { return QStringLiteral("channeldesk-master-key"); }

private:
    struct Vault;
    template <typename Work> QFuture<SecretResult> run(Work work);

    std::shared_ptr<const Vault> m_vault;
    QThreadPool m_pool; //!< one thread: operations run in the order they were asked for
};

} // namespace ChannelDesk
