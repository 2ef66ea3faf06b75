// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/EnvironmentSecretStore.h"

#include "secrets/EncryptedFileSecretStore.h"

#include <QFuture>

namespace ChannelDesk {

EnvironmentSecretStore::EnvironmentSecretStore(QString reason, QObject* parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{
    if (m_reason.endsWith(QLatin1Char('.')))
        m_reason.chop(1);
}

QFuture<SecretResult> EnvironmentSecretStore::readSecret(const QString&, const QString&)
{
    return QtFuture::makeReadyFuture(
        SecretResult{SecretResult::Code::NotFound,
                     {},
                     tr("Its CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD> variable is not set.")});
}

QFuture<SecretResult> EnvironmentSecretStore::writeSecret(const QString&, const QString&, const QString&)
{
    return QtFuture::makeReadyFuture(SecretResult{SecretResult::Code::NoBackend, {}, refusalMessage()});
}

QFuture<SecretResult> EnvironmentSecretStore::deleteSecret(const QString&, const QString&)
{
    return QtFuture::makeReadyFuture(SecretResult{});
}

QString EnvironmentSecretStore::backendName() const
{
    return tr("environment variables only");
}

QString EnvironmentSecretStore::refusalMessage() const
{
    const QString why
        = m_reason.isEmpty() ? tr("no keychain is reachable and no master key is set") : m_reason;
    return tr("Secrets cannot be stored on this server: %1. To keep them in an encrypted file in the data "
              "directory: %2")
        .arg(why, EncryptedFileSecretStore::masterKeyHint());
}

} // namespace ChannelDesk
