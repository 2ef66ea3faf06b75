// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Each server's API key in the OS keychain (through a SecretStore, under the entry
//! "server:host:port" / "api_key"), so that `channeldesk --server URL` finds it again and the key
//! is never written to a file.

#include "model/SecretResult.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

namespace ChannelDesk {

class SecretStore;

class ServerKeys : public QObject
{
    Q_OBJECT

public:
    //! store: not owned; null means the OS keychain (a KeychainSecretStore owned by this object).
    explicit ServerKeys(SecretStore* store = nullptr, QObject* parent = nullptr);

    QFuture<SecretResult> read(const QUrl& server);
    QFuture<SecretResult> write(const QUrl& server, const QString& key);
    QFuture<SecretResult> remove(const QUrl& server);

    //! The keychain entry's "channel" part for server: "server:host:port".
    static QString entryFor(const QUrl& server);

private:
    SecretStore* m_store;
};

} // namespace ChannelDesk
