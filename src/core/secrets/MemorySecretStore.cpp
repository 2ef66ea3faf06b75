// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MemorySecretStore.h"

#include <QFuture>

namespace ChannelDesk {

QFuture<SecretResult> MemorySecretStore::readSecret(const QString& channelId, const QString& field)
{
    const auto it = m_secrets.constFind(keyFor(channelId, field));
    if (it == m_secrets.cend())
        return QtFuture::makeReadyFuture(
            SecretResult{SecretResult::Code::NotFound, {}, tr("No such secret.")});
    return QtFuture::makeReadyFuture(SecretResult{SecretResult::Code::Ok, *it, {}});
}

QFuture<SecretResult> MemorySecretStore::writeSecret(const QString& channelId, const QString& field,
                                                     const QString& value)
{
    m_secrets.insert(keyFor(channelId, field), value);
    return QtFuture::makeReadyFuture(SecretResult{});
}

QFuture<SecretResult> MemorySecretStore::deleteSecret(const QString& channelId, const QString& field)
{
    m_secrets.remove(keyFor(channelId, field));
    return QtFuture::makeReadyFuture(SecretResult{});
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (this run only)");
}

} // namespace ChannelDesk
