// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelRepository.h"

#include "store/Database.h"
#include "store/SetupCopy.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk {
namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ChannelRepository::ChannelRepository(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<QList<Channel>> ChannelRepository::loadAll() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT id, name, kind, enabled, fields, created_at, updated_at FROM "
                                 "channels ORDER BY name COLLATE NOCASE, id"));
    if (!query.exec())
        return queryError(query);
    QList<Channel> channels;
    while (query.next()) {
        Channel channel;
        channel.id = query.value(0).toString();
        channel.name = query.value(1).toString();
        channel.kind = query.value(2).toString();
        channel.enabled = query.value(3).toBool();
        channel.fields = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        channel.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        channel.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        channels.append(channel);
    }
    return channels;
}

Status ChannelRepository::saveAll(const QList<ChannelDraft>& drafts) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!conn.transaction())
        return Error{ErrorCode::Failed, conn.lastError().text()};
    QSqlQuery upsert(conn);
    upsert.prepare(QStringLiteral("INSERT INTO channels (id, name, kind, enabled, fields, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                                  "enabled = excluded.enabled, "
                                  "fields = excluded.fields, updated_at = excluded.updated_at"));
    QSqlQuery secretKey(conn);
    secretKey.prepare(QStringLiteral("INSERT OR IGNORE INTO secret_keys (channel_id, field) VALUES (?, ?)"));
    const QString now = isoNow();
    for (const ChannelDraft& draft : drafts) {
        const Channel& c = draft.channel;
        upsert.addBindValue(c.id);
        upsert.addBindValue(c.name);
        upsert.addBindValue(c.kind);
        upsert.addBindValue(c.enabled);
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(now);
        upsert.addBindValue(now);
        if (!upsert.exec()) {
            const Error error = queryError(upsert);
            conn.rollback();
            return error;
        }
        for (auto it = draft.secrets.cbegin(); it != draft.secrets.cend(); ++it) {
            secretKey.addBindValue(c.id);
            secretKey.addBindValue(it.key());
            if (!secretKey.exec()) {
                const Error error = queryError(secretKey);
                conn.rollback();
                return error;
            }
        }
    }
    if (!conn.commit())
        return Error{ErrorCode::Failed, conn.lastError().text()};
    SetupCopy::update(m_path);
    return Done{};
}

Result<QStringList> ChannelRepository::secretFields(const QString& id) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT field FROM secret_keys WHERE channel_id = ? ORDER BY field"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    QStringList fields;
    while (query.next())
        fields.append(query.value(0).toString());
    return fields;
}

Result<QStringList> ChannelRepository::remove(const QString& id) const
{
    const Result<QStringList> fields = secretFields(id);
    if (!fields.ok())
        return fields;
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    conn.transaction();
    QSqlQuery query(conn);
    query.prepare(QStringLiteral("DELETE FROM channels WHERE id = ?"));
    query.addBindValue(id);
    QSqlQuery keys(conn);
    keys.prepare(QStringLiteral("DELETE FROM secret_keys WHERE channel_id = ?"));
    keys.addBindValue(id);
    if (!query.exec() || !keys.exec()) {
        conn.rollback();
        return queryError(query);
    }
    conn.commit();
    SetupCopy::update(m_path);
    return fields;
}

} // namespace ChannelDesk
