// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Who may call the API: checks the bearer key of each request against the data directory's keys
//! (cached; the cache is dropped whenever the keys' generation moves, which is read four times a
//! second, so a `keys revoke` from the CLI takes effect within a second), checks the role, applies
//! each key's request rate and counts the refusals (401, 403, 429) per minute, key and address.
//! check() is called on the listener's threads; everything else on the owner's thread.

#include "model/ApiKeyInfo.h"
#include "model/RefusalCount.h"
#include "store/DatabaseWorker.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <mutex>

namespace ChannelDesk {

class ApiAccess : public QObject
{
    Q_OBJECT

public:
    struct Verdict
    {
        int status = 0; //!< 0 when allowed, else 401, 403 or 429
        ApiKeyInfo key; //!< the caller, when the key is known
        QString code; //!< UNAUTHORIZED, FORBIDDEN, RATE_LIMITED
        QString message;
        int retryAfterSeconds = 0; //!< for 429
        bool allowed() const { return status == 0; }
    };

    explicit ApiAccess(QString databasePath, QObject* parent = nullptr);
    ~ApiAccess() override;

    //! Starts watching the keys and writing the refusal counts.
    void start();
    //! Writes the refusal counts still in memory.
    void stop();

    //! authorization is the request's Authorization header. May block on the database for a key
    //! not seen in the last minute; never on the owner's thread.
    Verdict check(const QByteArray& authorization, const QString& remote, ApiRole needed);
    //! Counts a refusal made elsewhere (e.g. a stream upgrade refused by the listener).
    void countRefusal(const QString& keyName, const QString& remote, int status);

signals:
    //! Keys that existed a moment ago and are gone now.
    void keysRevoked(const QStringList& names);

private:
    struct CachedKey
    {
        ApiKeyInfo info;
        qint64 verifiedAtMs = 0;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    Verdict refuse(Verdict verdict, const QString& keyName, const QString& remote);
    //! Takes one request from the key's bucket; the seconds until one is free when empty.
    int takeToken(const ApiKeyInfo& key, qint64 nowMs);
    void pollGeneration();
    void flushRefusals();

    QString m_path;
    DatabaseWorker m_worker;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
    bool m_polling = false;

    std::mutex m_mutex;
    QHash<QByteArray, CachedKey> m_keys; //!< by key hash
    QSet<QByteArray> m_unknown; //!< hashes that are no key, bounded
    QHash<QString, Bucket> m_buckets; //!< by key name
    QHash<QString, RefusalCount> m_refusals; //!< not written yet
    qint64 m_generation = -1;
    QSet<QString> m_names; //!< key names at the last generation, and those verified since
};

} // namespace ChannelDesk
