// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/ServerKeys.h"

#include "model/ServerAddress.h"
#include "secrets/KeychainSecretStore.h"

namespace ChannelDesk {

namespace {

const QString Field = QStringLiteral("api_key");

} // namespace

ServerKeys::ServerKeys(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store ? store : new KeychainSecretStore(this))
{ }

QFuture<SecretResult> ServerKeys::read(const QUrl& server)
{
    return m_store->readSecret(entryFor(server), Field);
}

QFuture<SecretResult> ServerKeys::write(const QUrl& server, const QString& key)
{
    return m_store->writeSecret(entryFor(server), Field, key);
}

QFuture<SecretResult> ServerKeys::remove(const QUrl& server)
{
    return m_store->deleteSecret(entryFor(server), Field);
}

QString ServerKeys::entryFor(const QUrl& server)
{
    return QStringLiteral("server:") + ServerAddress::name(server);
}

} // namespace ChannelDesk
