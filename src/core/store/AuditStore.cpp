// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditStore.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ChannelDesk {
namespace {

QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

} // namespace

AuditStore::AuditStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<qint64> AuditStore::record(const AuditEntry& entry) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("INSERT INTO audit (at, key_name, remote, action, target, result)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.at.toMSecsSinceEpoch());
    q.addBindValue(nn(entry.keyName));
    q.addBindValue(nn(entry.remote));
    q.addBindValue(nn(entry.action));
    q.addBindValue(nn(entry.target));
    q.addBindValue(nn(entry.result));
    if (!q.exec())
        return queryError(q);
    return q.lastInsertId().toLongLong();
}

Result<QList<AuditEntry>> AuditStore::recent(int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, key_name, remote, action, target, result FROM audit"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return queryError(q);
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.keyName = q.value(2).toString();
        e.remote = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.result = q.value(6).toString();
        entries.append(e);
    }
    return entries;
}

Status AuditStore::countRefusal(const QString& keyName, const QString& remote, int status,
                                const QDateTime& at, int count) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    const qint64 minute = at.toSecsSinceEpoch() / 60 * 60 * 1000;
    QSqlQuery q(db.value());
    q.prepare(
        QStringLiteral("INSERT INTO refusals (minute, key_name, remote, status, count)"
                       " VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (minute, key_name, remote, status) DO UPDATE SET count = count + ?"));
    q.addBindValue(minute);
    q.addBindValue(nn(keyName));
    q.addBindValue(nn(remote));
    q.addBindValue(status);
    q.addBindValue(count);
    q.addBindValue(count);
    if (!q.exec())
        return queryError(q);
    return Done{};
}

Result<QList<RefusalCount>> AuditStore::refusals(int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, key_name, remote, status, count FROM refusals"
                             " ORDER BY minute DESC, key_name, remote, status LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return queryError(q);
    QList<RefusalCount> counts;
    while (q.next()) {
        RefusalCount c;
        c.minute = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        c.keyName = q.value(1).toString();
        c.remote = q.value(2).toString();
        c.status = q.value(3).toInt();
        c.count = q.value(4).toInt();
        counts.append(c);
    }
    return counts;
}

} // namespace ChannelDesk
