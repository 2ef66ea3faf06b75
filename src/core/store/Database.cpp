// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ChannelDesk {
namespace {

// Each entry moves the schema one version up. Never edit a released entry; append a new one.
const char* const migrations[] = {
    // 1: channels and the index of secret keys kept in the keychain (names only, never values).
    "CREATE TABLE channels ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " name TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " fields TEXT NOT NULL DEFAULT '{}',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL);"
    "CREATE TABLE secret_keys ("
    " channel_id TEXT NOT NULL,"
    " field TEXT NOT NULL,"
    " PRIMARY KEY (channel_id, field));",
};

QString sqlError(const QSqlError& error)
{
    return error.text().isEmpty() ? QCoreApplication::translate("Database", "unknown database error") : error.text();
}

bool exec(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcStore) << "SQL failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Database::schemaVersion()
{
    return int(std::size(migrations));
}

Result<QSqlDatabase> Database::open(const QString& path)
{
    const QString name = QStringLiteral("channeldesk:%1:%2")
                             .arg(path)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return db;
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{1, QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(path, sqlError(db.lastError()))};
    // WAL lets readers (GUI, CLI) run while a writer commits; synchronous=FULL makes every
    // commit survive power loss, which acknowledged webhooks depend on.
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON")))
        return Error{1, QCoreApplication::translate("Database", "Cannot configure the database %1: %2").arg(path, sqlError(db.lastError()))};
    const Status migrated = migrate(db);
    if (!migrated.ok())
        return migrated.error();
    return db;
}

Status Database::migrate(QSqlDatabase& db)
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return Error{1, sqlError(versionQuery.lastError())};
    int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (version > schemaVersion())
        return Error{1, QCoreApplication::translate("Database", "The database was written by a newer ChannelDesk (schema %1; this build knows %2). Update ChannelDesk.").arg(version).arg(schemaVersion())};
    while (version < schemaVersion()) {
        // BEGIN IMMEDIATE takes the write lock up front, so two processes starting at once
        // cannot both run the same migration.
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE")))
            return Error{1, sqlError(db.lastError())};
        QSqlQuery recheck(db);
        recheck.exec(QStringLiteral("PRAGMA user_version"));
        if (recheck.next() && recheck.value(0).toInt() != version) {
            version = recheck.value(0).toInt();
            recheck.finish();
            exec(db, QStringLiteral("COMMIT"));
            continue;
        }
        recheck.finish();
        const QStringList statements = QString::fromUtf8(migrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        bool ok = true;
        for (const QString& statement : statements) {
            if (!statement.trimmed().isEmpty() && !exec(db, statement)) {
                ok = false;
                break;
            }
        }
        if (!ok || !exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1))) {
            exec(db, QStringLiteral("ROLLBACK"));
            return Error{1, QCoreApplication::translate("Database", "Database migration to schema %1 failed.").arg(version + 1)};
        }
        if (!exec(db, QStringLiteral("COMMIT")))
            return Error{1, sqlError(db.lastError())};
        qCInfo(lcStore) << "Database schema migrated to version" << version + 1;
        ++version;
    }
    return Done{};
}

} // namespace ChannelDesk
