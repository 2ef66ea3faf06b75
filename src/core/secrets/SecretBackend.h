// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Where a headless process keeps channel secrets, in this order: the OS keychain when it answers;
//! otherwise an encrypted file in the data directory when a master key is provided; otherwise only
//! CHANNELDESK_SECRET_* variables, with writes refused. Never plaintext.

#include "model/SecretResult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class QObject;

namespace ChannelDesk {

class SecretStore;

class SecretBackend
{
    Q_DECLARE_TR_FUNCTIONS(SecretBackend)

public:
    enum class Kind
    {
        Keychain,
        EncryptedFile,
        Environment
    };

    struct Choice
    {
        Kind kind = Kind::Environment;
        //! The keychain passed in, or a new store owned by the parent passed in.
        SecretStore* store = nullptr;
        //! One line for the log, e.g. "Secrets: OS keychain (…)"; never a secret.
        QString description;
    };

    //! Probes keychain (not owned) with one read and answers on parent's thread. parent owns the
    //! store made when the keychain does not answer, and must outlive the future.
    static QFuture<Choice> choose(SecretStore* keychain, const QString& dataDirectory, QObject* parent);
    //! The choice once the keychain's probe answered.
    static Choice choose(const SecretResult& probe, SecretStore* keychain, const QString& dataDirectory,
                         QObject* parent);
    //! Whether a probe read shows a working keychain (a missing entry counts: it answered).
    static bool keychainAnswered(const SecretResult& probe);
};

} // namespace ChannelDesk
