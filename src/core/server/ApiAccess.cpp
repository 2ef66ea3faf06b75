// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiAccess.h"

#include "store/ApiKeyStore.h"
#include "store/AuditStore.h"
#include "util/Logging.h"

#include <QDateTime>

#include <cmath>

namespace ChannelDesk {
namespace {

constexpr int kPollMs = 250;
constexpr int kFlushMs = 2000;
//! A verified key is asked of the store again after this (which also moves its last_used_at).
constexpr qint64 kReverifyMs = ApiKeyStore::LastUsedResolutionMs;
//! Wrong keys remembered, so a client guessing keys costs a hash lookup and not a query each.
constexpr int kMaxUnknown = 4096;

QByteArray bearerKey(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    const int space = trimmed.indexOf(' ');
    if (space <= 0 || trimmed.left(space).toLower() != "bearer")
        return {};
    return trimmed.mid(space + 1).trimmed();
}

} // namespace

ApiAccess::ApiAccess(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_worker(m_path)
{
    m_pollTimer.setInterval(kPollMs);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ApiAccess::pollGeneration);
    connect(&m_flushTimer, &QTimer::timeout, this, &ApiAccess::flushRefusals);
}

ApiAccess::~ApiAccess()
{
    stop();
    m_worker.shutDown();
}

void ApiAccess::start()
{
    pollGeneration();
    m_pollTimer.start();
    m_flushTimer.start();
}

void ApiAccess::stop()
{
    m_pollTimer.stop();
    m_flushTimer.stop();
    flushRefusals();
    m_worker.run([] {}).waitForFinished();
}

ApiAccess::Verdict ApiAccess::check(const QByteArray& authorization, const QString& remote, ApiRole needed)
{
    const QByteArray key = bearerKey(authorization);
    if (key.isEmpty())
        return refuse({401,
                       {},
                       QStringLiteral("UNAUTHORIZED"),
                       tr("This request needs an API key: send “Authorization: Bearer KEY”. "
                          "“channeldesk keys create” makes one."),
                       0},
                      {}, remote);
    const QString keyText = QString::fromUtf8(key);
    const QByteArray hash = ApiKeyStore::hashKey(keyText);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<ApiKeyInfo> known;
    bool unknown = false;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_keys.constFind(hash);
        if (it != m_keys.cend() && nowMs - it->verifiedAtMs < kReverifyMs)
            known = it->info;
        unknown = m_unknown.contains(hash);
    }
    if (!known && !unknown) {
        const Result<std::optional<ApiKeyInfo>> verified
            = m_worker
                  .run([path = m_path, keyText] {
                      return ApiKeyStore(path).verify(keyText, QDateTime::currentDateTimeUtc());
                  })
                  .result();
        if (!verified.ok())
            return {503,
                    {},
                    QStringLiteral("UNAVAILABLE"),
                    tr("The key store cannot be read: %1").arg(verified.error().message),
                    5};
        std::lock_guard lock(m_mutex);
        if (verified.value()) {
            known = *verified.value();
            m_keys.insert(hash, CachedKey{*known, nowMs});
            // A key made since the last poll counts as known too, so that revoking it before the
            // next poll still closes its streams.
            m_names.insert(known->name);
        } else {
            if (m_unknown.size() >= kMaxUnknown)
                m_unknown.clear();
            m_unknown.insert(hash);
        }
    }
    if (!known)
        return refuse({401,
                       {},
                       QStringLiteral("UNAUTHORIZED"),
                       tr("The API key is not valid: it was revoked, mistyped or belongs to another "
                          "server. “channeldesk keys list” shows the keys."),
                       0},
                      {}, remote);
    if (!allows(known->role, needed))
        return refuse({403, *known, QStringLiteral("FORBIDDEN"),
                       tr("The key “%1” has the role %2; this needs %3.")
                           .arg(known->name, apiRoleName(known->role), apiRoleName(needed)),
                       0},
                      known->name, remote);
    const int wait = takeToken(*known, nowMs);
    if (wait > 0)
        return refuse({429, *known, QStringLiteral("RATE_LIMITED"),
                       tr("The key “%1” may make %2 requests a minute; retry in %n second(s).", nullptr, wait)
                           .arg(known->name)
                           .arg(known->ratePerMinute),
                       wait},
                      known->name, remote);
    return {0, *known, {}, {}, 0};
}

int ApiAccess::takeToken(const ApiKeyInfo& key, qint64 nowMs)
{
    const double perMs = double(key.ratePerMinute) / 60000.0;
    std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(key.name);
    if (it == m_buckets.end())
        it = m_buckets.insert(key.name, Bucket{double(key.ratePerMinute), nowMs});
    Bucket& bucket = *it;
    bucket.tokens
        = std::min(double(key.ratePerMinute), bucket.tokens + double(nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
}

ApiAccess::Verdict ApiAccess::refuse(Verdict verdict, const QString& keyName, const QString& remote)
{
    countRefusal(keyName, remote, verdict.status);
    return verdict;
}

void ApiAccess::countRefusal(const QString& keyName, const QString& remote, int status)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 minute = now.toSecsSinceEpoch() / 60;
    const QString slot = QStringLiteral("%1|%2|%3|%4").arg(minute).arg(status).arg(keyName, remote);
    std::lock_guard lock(m_mutex);
    RefusalCount& count = m_refusals[slot];
    if (count.count == 0) {
        count.minute = now;
        count.keyName = keyName;
        count.remote = remote;
        count.status = status;
    }
    ++count.count;
}

void ApiAccess::flushRefusals()
{
    QList<RefusalCount> counts;
    {
        std::lock_guard lock(m_mutex);
        counts = m_refusals.values();
        m_refusals.clear();
    }
    if (counts.isEmpty())
        return;
    m_worker.post([path = m_path, counts] {
        const AuditStore audit(path);
        for (const RefusalCount& count : counts) {
            const Status stored
                = audit.countRefusal(count.keyName, count.remote, count.status, count.minute, count.count);
            if (!stored.ok())
                qCWarning(lcStore) << "Could not count refused API requests:" << stored.error().message;
        }
    });
}

void ApiAccess::pollGeneration()
{
    if (m_polling)
        return;
    m_polling = true;
    struct Read
    {
        Result<qint64> generation = qint64(0);
        QSet<QString> names;
    };
    auto future = m_worker.run([path = m_path, seen = m_generation] {
        Read read;
        const ApiKeyStore store(path);
        read.generation = store.generation();
        if (read.generation.ok() && read.generation.value() != seen) {
            const auto keys = store.list();
            if (keys.ok())
                for (const ApiKeyInfo& key : keys.value())
                    read.names.insert(key.name);
            else
                read.generation = keys.error();
        }
        return read;
    });
    future.then(this, [this](const Read& read) {
        m_polling = false;
        if (!read.generation.ok() || read.generation.value() == m_generation)
            return;
        QStringList gone;
        {
            std::lock_guard lock(m_mutex);
            m_generation = read.generation.value();
            // Roles and rates may have changed too: everything is verified again.
            m_keys.clear();
            m_unknown.clear();
            for (const QString& name : std::as_const(m_names))
                if (!read.names.contains(name))
                    gone.append(name);
            for (const QString& name : gone)
                m_buckets.remove(name);
            m_names = read.names;
        }
        if (!gone.isEmpty())
            emit keysRevoked(gone);
    });
}

} // namespace ChannelDesk
