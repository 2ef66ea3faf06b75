// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows). Never falls back to plaintext.

#include "secrets/SecretStore.h"

#include <QList>

#include <memory>

template <typename T> class QPromise;

namespace QKeychain {
class Job;
}

namespace ChannelDesk {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    //! Finishes the futures still pending with Code::Failed.
    ~KeychainSecretStore() override;

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
    struct Request
    {
        Operation operation;
        QString key;
        QString value;
        std::shared_ptr<QPromise<SecretResult>> promise; //!< the caller's future
    };
    //! What one QtKeychain job ended with.
    struct Attempt
    {
        SecretResult result;
        bool transient = false; //!< NoBackendAvailable or OtherError: worth one more try
    };

    QFuture<SecretResult> run(Operation operation, const QString& key, const QString& value);
    //! Starts one QtKeychain job for request; its future finishes with the job.
    QFuture<Attempt> startJob(const Request& request);
    void attempt(const Request& request, bool isRetry);
    void retry(const Request& request);
    void finish(const Request& request, SecretResult result);

    int m_retryDelayMs = 1000;
    QList<std::shared_ptr<QPromise<SecretResult>>> m_pending;
};

} // namespace ChannelDesk
