// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSecretStore.h"

#include <QPromise>
#include <QTimer>

using ChannelDesk::SecretResult;

QFuture<SecretResult> FakeSecretStore::later(SecretResult result)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    auto answer = [promise, result] {
        promise->addResult(result);
        promise->finish();
    };
    if (m_holding) {
        m_held.append(answer);
        return promise->future();
    }
    // Real keychains answer from the event loop, never synchronously.
    QTimer::singleShot(0, this, answer);
    return promise->future();
}

void FakeSecretStore::setHolding(bool holding)
{
    m_holding = holding;
    if (holding)
        return;
    for (const std::function<void()>& answer : std::exchange(m_held, {}))
        QTimer::singleShot(0, this, answer);
}

SecretResult FakeSecretStore::failure() const
{
    return SecretResult{m_failure, {}, QStringLiteral("fake keychain failure")};
}

QFuture<SecretResult> FakeSecretStore::readSecret(const QString& channelId, const QString& field)
{
    if (m_failure != SecretResult::Code::Ok)
        return later(failure());
    const auto it = m_secrets.constFind(keyFor(channelId, field));
    if (it == m_secrets.cend())
        return later(SecretResult{SecretResult::Code::NotFound, {}, QStringLiteral("not found")});
    return later(SecretResult{SecretResult::Code::Ok, *it, {}});
}

QFuture<SecretResult> FakeSecretStore::writeSecret(const QString& channelId, const QString& field,
                                                   const QString& value)
{
    if (m_failure != SecretResult::Code::Ok)
        return later(failure());
    if (m_failWriteAfter >= 0 && m_writes >= m_failWriteAfter)
        return later(SecretResult{SecretResult::Code::Failed, {}, QStringLiteral("fake write failure")});
    ++m_writes;
    m_secrets.insert(keyFor(channelId, field), value);
    return later(SecretResult{});
}

QFuture<SecretResult> FakeSecretStore::deleteSecret(const QString& channelId, const QString& field)
{
    if (m_failure != SecretResult::Code::Ok)
        return later(failure());
    m_secrets.remove(keyFor(channelId, field));
    return later(SecretResult{});
}
