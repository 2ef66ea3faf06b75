// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The API keys of a data directory. A key is 32 random bytes shown once, when it is created; only
//! its SHA-256 is stored (a fast hash is enough for 256 random bits: there is nothing to guess).
//! Blocking, on this thread's connection (Database::open): call it off the UI thread.

#include "model/ApiKeyInfo.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ChannelDesk {

class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    //! Error::code values besides ErrorCode::Failed (the database refused).
    enum ErrorCode
    {
        InvalidName = 20, //!< not 1–64 of letters, digits, '-', '_', '.'
        InvalidRate = 21, //!< not 1–MaxRatePerMinute
        DuplicateName = 22,
        UnknownName = 23
    };
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxRatePerMinute = 1000000;
    //! Every key starts with this, so one found in a log or a repository is recognisable.
    static constexpr char KeyPrefix[] = "cdk_";
    //! last_used_at is written only when it is older than this, not on every request.
    static constexpr qint64 LastUsedResolutionMs = 60000;

    explicit ApiKeyStore(QString databasePath);

    //! Why name cannot name a key, or an empty string when it can.
    static QString nameProblem(const QString& name);

    //! Makes a key: "cdk_" and 43 characters of base64url (32 bytes from the system's random
    //! source, no padding). InvalidName, InvalidRate or DuplicateName when refused.
    Result<NewApiKey> create(const QString& name, ApiRole role, int ratePerMinute,
                             const QDateTime& now) const;
    //! Every key, by name. Never the key or its hash.
    Result<QList<ApiKeyInfo>> list() const;
    //! Deletes the key; it stops working at once. UnknownName when there is no such key.
    Status revoke(const QString& name) const;
    //! The key's details, or nullopt when key is not a current key. Moves last_used_at to now when
    //! it is more than a minute old, so a busy key costs one write a minute, not one a request.
    Result<std::optional<ApiKeyInfo>> verify(const QString& key, const QDateTime& now) const;
    //! A number that changes whenever a key is created, revoked or changed (not when it is used).
    //! A server caching verified keys reads it (one indexed row) to drop its cache in time.
    Result<qint64> generation() const;

    //! SHA-256 of the key's UTF-8 text, as stored.
    static QByteArray hashKey(const QString& key);

private:
    QString m_path;
};

} // namespace ChannelDesk
