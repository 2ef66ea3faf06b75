// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SetupCopy.h"

#include "store/Database.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk {
namespace {

constexpr int kFormat = 1;

QJsonDocument readCopy(const QString& dataDir)
{
    QFile file(SetupCopy::path(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

//! The copy as the store holds it now.
Result<QJsonObject> snapshot(QSqlDatabase& db)
{
    QHash<QString, QJsonArray> secretFields;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT channel_id, field FROM secret_keys ORDER BY channel_id, field")))
        return queryError(query);
    while (query.next())
        secretFields[query.value(0).toString()].append(query.value(1).toString());
    QJsonArray channels;
    if (!query.exec(QStringLiteral(
            "SELECT id, name, kind, enabled, fields, created_at, updated_at FROM channels ORDER BY id")))
        return queryError(query);
    while (query.next()) {
        const QString id = query.value(0).toString();
        channels.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("kind"), query.value(2).toString()},
            {QStringLiteral("enabled"), query.value(3).toBool()},
            {QStringLiteral("fields"), QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()},
            {QStringLiteral("created_at"), query.value(5).toString()},
            {QStringLiteral("updated_at"), query.value(6).toString()},
            {QStringLiteral("secret_fields"), secretFields.value(id)},
        });
    }
    QJsonArray keys;
    if (!query.exec(QStringLiteral(
            "SELECT name, role, key_hash, created_at, rate_per_minute FROM api_keys ORDER BY name")))
        return queryError(query);
    while (query.next()) {
        keys.append(QJsonObject{
            {QStringLiteral("name"), query.value(0).toString()},
            {QStringLiteral("role"), query.value(1).toString()},
            {QStringLiteral("key_sha256"), QString::fromLatin1(query.value(2).toByteArray().toHex())},
            {QStringLiteral("created_at"), query.value(3).toLongLong()},
            {QStringLiteral("rate_per_minute"), query.value(4).toInt()},
        });
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("api_keys"), keys}};
}

int entriesOf(const QJsonObject& copy)
{
    return int(copy.value(QStringLiteral("channels")).toArray().size()
               + copy.value(QStringLiteral("api_keys")).toArray().size());
}

} // namespace

QString SetupCopy::path(const QString& dataDir)
{
    return dataDir + QStringLiteral("/channels.json");
}

Status SetupCopy::write(const QString& databasePath, When when)
{
    auto db = Database::open(databasePath);
    if (!db.ok())
        return db.error();
    const Result<QJsonObject> copy = snapshot(db.value());
    if (!copy.ok())
        return copy.error();
    const QString dataDir = QFileInfo(databasePath).absolutePath();
    if (when == When::Starting && entriesOf(copy.value()) == 0 && entryCount(dataDir) > 0)
        return Done{};
    QJsonObject contents = copy.value();
    contents.insert(QStringLiteral("written_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QString file = path(dataDir);
    // QSaveFile keeps the mode of the file it replaces, and the first one is made owner-only.
    PrivateFile::create(file);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(contents).toJson()) < 0 || !out.commit())
        return Error{ErrorCode::Failed,
                     tr("Cannot write the copy of the channel settings %1: %2")
                         .arg(QDir::toNativeSeparators(file), out.errorString())};
    return Done{};
}

void SetupCopy::update(const QString& databasePath, When when)
{
    const Status written = write(databasePath, when);
    if (!written.ok())
        qCWarning(lcStore).noquote() << written.error().message;
}

int SetupCopy::entryCount(const QString& dataDir)
{
    return entriesOf(readCopy(dataDir).object());
}

Result<SetupCopy::Counts> SetupCopy::restore(const QString& dataDir, const QString& databasePath)
{
    const QJsonObject copy = readCopy(dataDir).object();
    Counts counts;
    if (copy.isEmpty())
        return counts;
    auto db = Database::open(databasePath);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!Database::beginWrite(conn))
        return databaseError(conn);
    QSqlQuery channel(conn);
    channel.prepare(
        QStringLiteral("INSERT OR IGNORE INTO channels (id, name, kind, enabled, fields, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery secret(conn);
    secret.prepare(QStringLiteral("INSERT OR IGNORE INTO secret_keys (channel_id, field) VALUES (?, ?)"));
    QSqlQuery key(conn);
    key.prepare(QStringLiteral("INSERT OR IGNORE INTO api_keys (name, role, key_hash, created_at,"
                               " rate_per_minute) VALUES (?, ?, ?, ?, ?)"));
    const auto fail = [&conn](const QSqlQuery& query) {
        const Error error = queryError(query);
        conn.rollback();
        return error;
    };
    const QJsonArray channels = copy.value(QStringLiteral("channels")).toArray();
    for (const QJsonValue& value : channels) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        channel.addBindValue(id);
        channel.addBindValue(c.value(QStringLiteral("name")).toString());
        channel.addBindValue(c.value(QStringLiteral("kind")).toString());
        channel.addBindValue(c.value(QStringLiteral("enabled")).toBool(true));
        channel.addBindValue(QString::fromUtf8(
            QJsonDocument(c.value(QStringLiteral("fields")).toObject()).toJson(QJsonDocument::Compact)));
        channel.addBindValue(c.value(QStringLiteral("created_at")).toString());
        channel.addBindValue(c.value(QStringLiteral("updated_at")).toString());
        if (!channel.exec())
            return fail(channel);
        ++counts.channels;
        const QJsonArray fields = c.value(QStringLiteral("secret_fields")).toArray();
        for (const QJsonValue& field : fields) {
            secret.addBindValue(id);
            secret.addBindValue(field.toString());
            if (!secret.exec())
                return fail(secret);
            ++counts.secretFields;
        }
    }
    const QJsonArray keys = copy.value(QStringLiteral("api_keys")).toArray();
    for (const QJsonValue& value : keys) {
        const QJsonObject k = value.toObject();
        const QByteArray hash
            = QByteArray::fromHex(k.value(QStringLiteral("key_sha256")).toString().toLatin1());
        if (hash.isEmpty())
            continue;
        key.addBindValue(k.value(QStringLiteral("name")).toString());
        key.addBindValue(k.value(QStringLiteral("role")).toString());
        key.addBindValue(hash);
        key.addBindValue(k.value(QStringLiteral("created_at")).toVariant().toLongLong());
        key.addBindValue(k.value(QStringLiteral("rate_per_minute")).toInt(600));
        if (!key.exec())
            return fail(key);
        ++counts.apiKeys;
    }
    if (!conn.commit())
        return databaseError(conn);
    return counts;
}

} // namespace ChannelDesk
