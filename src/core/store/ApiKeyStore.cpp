// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ApiKeyStore.h"

#include "model/ApiKeyName.h"

#include "store/Database.h"
#include "store/SetupCopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace ChannelDesk {
namespace {

QDateTime fromMillis(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString newKeyText()
{
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof(words)));
    return QString::fromLatin1(ApiKeyStore::KeyPrefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiKeyInfo readInfo(const QSqlQuery& q)
{
    ApiKeyInfo info;
    info.name = q.value(0).toString();
    // A role this build does not know (written by a newer one) gets the least rights.
    info.role = parseApiRole(q.value(1).toString()).value_or(ApiRole::Viewer);
    info.createdAt = fromMillis(q.value(2));
    info.lastUsedAt = fromMillis(q.value(3));
    info.ratePerMinute = q.value(4).toInt();
    return info;
}

} // namespace

ApiKeyStore::ApiKeyStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

QString ApiKeyStore::nameProblem(const QString& name)
{
    return ApiKeyName::problem(name);
}

QByteArray ApiKeyStore::hashKey(const QString& key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

Result<NewApiKey> ApiKeyStore::create(const QString& name, ApiRole role, int ratePerMinute,
                                      const QDateTime& now) const
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty())
        return Error{InvalidName, problem};
    if (ratePerMinute < 1 || ratePerMinute > MaxRatePerMinute)
        return Error{InvalidRate, tr("The rate limit is 1 to %1 requests a minute.").arg(MaxRatePerMinute)};
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    NewApiKey made;
    made.key = newKeyText();
    made.info.name = name;
    made.info.role = role;
    made.info.createdAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    made.info.ratePerMinute = ratePerMinute;
    QSqlQuery q(db.value());
    // INSERT OR IGNORE and then the changes count tell a taken name from a failure without
    // matching SQLite's error text.
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO api_keys (name, role, key_hash, created_at, rate_per_minute)"
                       " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(apiRoleName(role));
    q.addBindValue(hashKey(made.key));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(ratePerMinute);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() == 0)
        return Error{
            DuplicateName,
            tr("There is already a key named “%1”. Revoke it first, or pick another name.").arg(name)};
    SetupCopy::update(m_path);
    return made;
}

Result<QList<ApiKeyInfo>> ApiKeyStore::list() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, role, created_at, last_used_at, rate_per_minute FROM api_keys"
                               " ORDER BY name")))
        return queryError(q);
    QList<ApiKeyInfo> keys;
    while (q.next())
        keys.append(readInfo(q));
    return keys;
}

Status ApiKeyStore::revoke(const QString& name) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() == 0)
        return Error{UnknownName, tr("There is no key named “%1”.").arg(name)};
    SetupCopy::update(m_path);
    return Done{};
}

Result<std::optional<ApiKeyInfo>> ApiKeyStore::verify(const QString& key, const QDateTime& now) const
{
    // Looking up by hash compares digests of what the caller sent, so the time taken tells an
    // attacker nothing about a stored key.
    if (!key.startsWith(QLatin1String(KeyPrefix)) || key.size() > 256)
        return std::optional<ApiKeyInfo>();
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, role, created_at, last_used_at, rate_per_minute FROM api_keys"
                             " WHERE key_hash = ?"));
    q.addBindValue(hashKey(key));
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<ApiKeyInfo>();
    ApiKeyInfo info = readInfo(q);
    q.finish();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!info.lastUsedAt.isValid() || nowMs - info.lastUsedAt.toMSecsSinceEpoch() >= LastUsedResolutionMs) {
        // The condition repeats in SQL so that concurrent requests write once between them.
        q.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE name = ?"
                                 " AND (last_used_at IS NULL OR last_used_at <= ?)"));
        q.addBindValue(nowMs);
        q.addBindValue(info.name);
        q.addBindValue(nowMs - LastUsedResolutionMs);
        if (!q.exec())
            return queryError(q);
        if (q.numRowsAffected() > 0)
            info.lastUsedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    }
    return std::optional<ApiKeyInfo>(info);
}

Result<qint64> ApiKeyStore::generation() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT value FROM api_key_generation")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

} // namespace ChannelDesk
