// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows). Never falls back to plaintext.

#include "secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace ChannelDesk {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) override;
    QFuture<SecretResult> writeSecret(const QString& channelId, const QString& field,
                                      const QString& value) override;
    QFuture<SecretResult> deleteSecret(const QString& channelId, const QString& field) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;

    //! Delay before the one retry after NoBackendAvailable/OtherError (the Secret Service is often
    //! still starting when a desktop session launches autostart apps).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    QFuture<SecretResult> run(Operation operation, const QString& key, const QString& value);

    int m_retryDelayMs = 1000;
};

} // namespace ChannelDesk
