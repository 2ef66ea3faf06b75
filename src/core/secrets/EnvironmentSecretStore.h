// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The last resort of a server with neither a keychain nor a master key: secrets come only from
//! CHANNELDESK_SECRET_* variables (ChannelManager reads those before any store), so this store
//! holds nothing and refuses every write, saying how to provide a master key instead. Secrets are
//! never kept in plaintext.

#include "secrets/SecretStore.h"

namespace ChannelDesk {

class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT

public:
    //! reason: why no master key is used (a bad CHANNELDESK_MASTER_KEY, say); empty if none is set.
    explicit EnvironmentSecretStore(QString reason = {}, QObject* parent = nullptr);

    //! Answers NotFound: a secret set in the environment never gets here.
    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) override;
    //! Answers NoBackend with refusalMessage().
    QFuture<SecretResult> writeSecret(const QString& channelId, const QString& field,
                                      const QString& value) override;
    //! Succeeds: there is nothing to delete.
    QFuture<SecretResult> deleteSecret(const QString& channelId, const QString& field) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

    //! Why a write is refused and how to make writes possible.
    QString refusalMessage() const;

private:
    QString m_reason;
};

} // namespace ChannelDesk
