// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"
#include "util/WhenFinished.h"

#include <QPromise>
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#endif
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

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

KeychainSecretStore::~KeychainSecretStore()
{
    // The jobs and retry timers die with this object and will never answer; callers waiting on a
    // future must still hear that it ended.
    const auto pending = std::exchange(m_pending, {});
    for (const std::shared_ptr<QPromise<SecretResult>>& promise : pending) {
        SecretResult result;
        result.code = SecretResult::Code::Failed;
        result.errorString = tr("The keychain was closed before the operation finished.");
        promise->addResult(result);
        promise->finish();
    }
}

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
    Request request{operation, key, value, std::make_shared<QPromise<SecretResult>>()};
    request.promise->start();
    m_pending.append(request.promise);
    attempt(request, false);
    return request.promise->future();
}

QFuture<KeychainSecretStore::Attempt> KeychainSecretStore::startJob(const Request& request)
{
    QKeychain::Job* job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(request.value);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setKey(request.key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    // Not a child of this store: a job deleted while the Secret Service works on it is called back
    // all the same (QtKeychain's libsecret backend keeps a pointer to it), which crashed a window
    // that switched desks during a lookup. It deletes itself once answered. Should this store go
    // first, the connection goes with it, drops this promise unfinished, and the QFuture reports
    // cancellation instead of a result.
    auto promise = std::make_shared<QPromise<Attempt>>();
    promise->start();
    connect(job, &QKeychain::Job::finished, this,
            [operation = request.operation, promise](QKeychain::Job* done) {
                Attempt attempt;
                attempt.result.code = mapError(done->error());
                if (attempt.result.code != SecretResult::Code::Ok)
                    attempt.result.errorString = done->errorString();
                if (operation == Operation::Read && attempt.result.ok())
                    attempt.result.value = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
                attempt.transient = done->error() == QKeychain::NoBackendAvailable
                    || done->error() == QKeychain::OtherError;
                promise->addResult(attempt);
                promise->finish();
            });
    job->start();
    return promise->future();
}

void KeychainSecretStore::attempt(const Request& request, bool isRetry)
{
    whenFinished(startJob(request), this, [this, request, isRetry](const Attempt& done) {
        if (done.transient && !isRetry) {
            qCInfo(lcSecrets) << "Keychain not ready, retrying once:" << done.result.errorString;
            // Never start a job from another job's finished handler: defer it. The timer dies with
            // this store, whose destructor then finishes the request.
            QTimer::singleShot(m_retryDelayMs, this, [this, request] { retry(request); });
            return;
        }
        SecretResult result = done.result;
        if (request.operation == Operation::Delete && result.code == SecretResult::Code::NotFound)
            result = SecretResult{};
        if (result.code == SecretResult::Code::Failed && !sessionBusReachable()) {
            // QtKeychain reports an unreachable D-Bus as OtherError; for the user that means
            // there is no keychain at all, not that the keychain misbehaved.
            result.code = SecretResult::Code::NoBackend;
        }
        if (!result.ok() && result.code != SecretResult::Code::NotFound)
            qCInfo(lcSecrets) << "Keychain operation failed:" << result.errorString;
        finish(request, result);
    });
}

void KeychainSecretStore::retry(const Request& request)
{
    attempt(request, true);
}

void KeychainSecretStore::finish(const Request& request, SecretResult result)
{
    m_pending.removeOne(request.promise);
    request.promise->addResult(std::move(result));
    request.promise->finish();
}

} // namespace ChannelDesk
