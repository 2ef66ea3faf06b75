// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asynchronous access to channel secrets, keyed by channel id and field. Implementations: the
//! OS keychain (KeychainSecretStore), memory for one run (MemorySecretStore), and test fakes.

#include "model/SecretResult.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace ChannelDesk {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) = 0;
    virtual QFuture<SecretResult> writeSecret(const QString& channelId, const QString& field,
                                              const QString& value)
        = 0;
    //! Deleting a secret that does not exist succeeds.
    virtual QFuture<SecretResult> deleteSecret(const QString& channelId, const QString& field) = 0;
    //! Whether secrets survive this process (false for the in-memory store).
    virtual bool isPersistent() const = 0;
    virtual QString backendName() const = 0;

    //! The service name and key under which a secret is kept, shared by every backend.
    static QString serviceName();
    static QString keyFor(const QString& channelId, const QString& field);
};

} // namespace ChannelDesk
