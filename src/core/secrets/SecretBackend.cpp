// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretBackend.h"

#include "secrets/EncryptedFileSecretStore.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/SecretStore.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

#include <QPromise>

#include <memory>
#include <optional>

namespace ChannelDesk {

bool SecretBackend::keychainAnswered(const SecretResult& probe)
{
    return probe.code == SecretResult::Code::Ok || probe.code == SecretResult::Code::NotFound;
}

QFuture<SecretBackend::Choice> SecretBackend::choose(SecretStore* keychain, const QString& dataDirectory,
                                                     QObject* parent)
{
    auto promise = std::make_shared<QPromise<Choice>>();
    promise->start();
    // A key that never exists tells "no keychain" apart from "keychain works" without touching
    // real secrets (as LocalDesk::probeKeychain).
    whenFinished(keychain->readSecret(QStringLiteral("__probe__"), QStringLiteral("probe")), parent,
                 [promise, keychain, dataDirectory, parent](const SecretResult& probe) {
                     promise->addResult(choose(probe, keychain, dataDirectory, parent));
                     promise->finish();
                 });
    return promise->future();
}

SecretBackend::Choice SecretBackend::choose(const SecretResult& probe, SecretStore* keychain,
                                            const QString& dataDirectory, QObject* parent)
{
    Choice choice;
    if (keychainAnswered(probe)) {
        choice.kind = Kind::Keychain;
        choice.store = keychain;
        choice.description = tr("Secrets: OS keychain (%1)").arg(keychain->backendName());
        return choice;
    }
    qCInfo(lcSecrets) << "No keychain answered:" << probe.errorString;
    QString problem;
    QString source;
    std::optional<QByteArray> key = EncryptedFileSecretStore::masterKey(&problem, &source);
    if (key) {
        auto* store = new EncryptedFileSecretStore(dataDirectory, *key, parent);
        // The store holds its own copy; this one is not needed any more.
        key->fill('\0');
        choice.kind = Kind::EncryptedFile;
        choice.store = store;
        choice.description = tr("Secrets: encrypted file %1 (key from %2)").arg(store->filePath(), source);
        return choice;
    }
    if (problem.endsWith(QLatin1Char('.')))
        problem.chop(1);
    auto* store = new EnvironmentSecretStore(problem, parent);
    choice.kind = Kind::Environment;
    choice.store = store;
    choice.description
        = tr("Secrets: environment variables only — %1. Channels whose secrets would have to be stored are "
             "refused. %2")
              .arg(problem.isEmpty() ? tr("no keychain answered and no master key is set") : problem,
                   EncryptedFileSecretStore::masterKeyHint());
    return choice;
}

} // namespace ChannelDesk
