// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps secrets in this process only; chosen explicitly by the user when no keychain exists.

#include "secrets/SecretStore.h"

#include <QHash>

namespace ChannelDesk {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) override;
    QFuture<SecretResult> writeSecret(const QString& channelId, const QString& field,
                                      const QString& value) override;
    QFuture<SecretResult> deleteSecret(const QString& channelId, const QString& field) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace ChannelDesk
