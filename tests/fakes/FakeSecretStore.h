// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! In-memory SecretStore for unit tests: completes asynchronously like a real keychain and can be
//! told to fail every call with a given code.

#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>

#include <functional>

class FakeSecretStore : public ChannelDesk::SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QFuture<ChannelDesk::SecretResult> readSecret(const QString& channelId, const QString& field) override;
    QFuture<ChannelDesk::SecretResult> writeSecret(const QString& channelId, const QString& field,
                                                   const QString& value) override;
    QFuture<ChannelDesk::SecretResult> deleteSecret(const QString& channelId, const QString& field) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override { return QStringLiteral("fake"); }

    //! Every following call fails with this code (Ok restores normal behaviour).
    void setFailure(ChannelDesk::SecretResult::Code code) { m_failure = code; }
    //! While holding, no call is answered (a keychain waiting for the user to unlock it); answers
    //! follow once holding ends.
    void setHolding(bool holding);
    //! Fail only writes after this many have succeeded (-1: never).
    void setFailWriteAfter(int count) { m_failWriteAfter = count; }
    const QHash<QString, QString>& secrets() const { return m_secrets; }
    QString value(const QString& channelId, const QString& field) const
    {
        return m_secrets.value(keyFor(channelId, field));
    }

private:
    QFuture<ChannelDesk::SecretResult> later(ChannelDesk::SecretResult result);
    ChannelDesk::SecretResult failure() const;

    QHash<QString, QString> m_secrets;
    ChannelDesk::SecretResult::Code m_failure = ChannelDesk::SecretResult::Code::Ok;
    int m_failWriteAfter = -1;
    int m_writes = 0;
    bool m_holding = false;
    QList<std::function<void()>> m_held;
};
