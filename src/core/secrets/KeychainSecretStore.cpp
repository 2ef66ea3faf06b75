// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"

#include <QPromise>
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#endif
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace ChannelDesk {
namespace {

SecretResult::Code mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Code::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Code::NotFound;
    case QKeychain::NoBackendAvailable:
        return SecretResult::Code::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Code::AccessDenied;
    default:
        return SecretResult::Code::Failed;
    }
}

bool sessionBusReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{ }

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (GNOME Keyring, KWallet)");
#endif
}

QFuture<SecretResult> KeychainSecretStore::readSecret(const QString& channelId, const QString& field)
{
    return run(Operation::Read, keyFor(channelId, field), {});
}

QFuture<SecretResult> KeychainSecretStore::writeSecret(const QString& channelId, const QString& field,
                                                       const QString& value)
{
    return run(Operation::Write, keyFor(channelId, field), value);
}

QFuture<SecretResult> KeychainSecretStore::deleteSecret(const QString& channelId, const QString& field)
{
    return run(Operation::Delete, keyFor(channelId, field), {});
}

QFuture<SecretResult> KeychainSecretStore::run(Operation operation, const QString& key, const QString& value)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    QFuture<SecretResult> future = promise->future();

    // Starts one QtKeychain job; on a transient failure it schedules itself once more.
    auto attempt = std::make_shared<std::function<void(bool)>>();
    *attempt = [this, operation, key, value, promise, attempt](bool isRetry) {
        QKeychain::Job* job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(serviceName(), this);
            break;
        case Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(serviceName(), this);
            write->setTextData(value);
            job = write;
            break;
        }
        case Operation::Delete:
            job = new QKeychain::DeletePasswordJob(serviceName(), this);
            break;
        }
        job->setKey(key);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this,
                [this, operation, promise, attempt, isRetry](QKeychain::Job* done) {
                    SecretResult result;
                    result.code = mapError(done->error());
                    if (result.code != SecretResult::Code::Ok)
                        result.errorString = done->errorString();
                    if (operation == Operation::Delete && result.code == SecretResult::Code::NotFound)
                        result = SecretResult{};
                    const bool transient = done->error() == QKeychain::NoBackendAvailable
                        || done->error() == QKeychain::OtherError;
                    if (transient && !isRetry) {
                        qCInfo(lcSecrets) << "Keychain not ready, retrying once:" << done->errorString();
                        // Never start a job from another job's finished handler: defer it.
                        QTimer::singleShot(m_retryDelayMs, this, [attempt] { (*attempt)(true); });
                        return;
                    }
                    if (result.code == SecretResult::Code::Failed && !sessionBusReachable()) {
                        // QtKeychain reports an unreachable D-Bus as OtherError; for the user that means
                        // there is no keychain at all, not that the keychain misbehaved.
                        result.code = SecretResult::Code::NoBackend;
                    }
                    if (operation == Operation::Read && result.ok()) {
                        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
                        result.value = read->textData();
                    }
                    if (!result.ok() && result.code != SecretResult::Code::NotFound)
                        qCInfo(lcSecrets) << "Keychain operation failed:" << result.errorString;
                    promise->addResult(result);
                    promise->finish();
                    *attempt = nullptr; // break the self-reference cycle
                });
        job->start();
    };
    (*attempt)(false);
    return future;
}

} // namespace ChannelDesk
