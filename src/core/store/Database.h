// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Opens the SQLite database of a data directory: one named connection per thread, WAL mode,
//! schema migrations keyed on PRAGMA user_version, each inside a transaction.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace ChannelDesk {

class SqliteStatement;

//! The error of a failed query, worded alike for every SQLite file of ChannelDesk. file names
//! the database when it is not the data directory's own (the delivery journal).
Error queryError(const QSqlQuery& query, const QString& file = QString());
//! The same for a statement run through SQLite's C API.
Error statementError(const SqliteStatement& statement, const QString& file = QString());
//! The same for a failure of the connection itself: a transaction that would not begin or commit.
Error databaseError(const QSqlDatabase& db);

class Database
{
public:
    //! Returns this thread's connection to the file at path, migrated to the newest schema.
    static Result<QSqlDatabase> open(const QString& path);
    //! Closes this thread's connection to path; call before a worker thread ends.
    static void close(const QString& path);
    //! Starts a write transaction holding the write lock from the start (BEGIN IMMEDIATE), so it
    //! waits its turn behind other writers (the busy timeout) instead of failing at its first write
    //! when another connection committed after its first read. Ended with commit() or rollback().
    //! BEGIN IMMEDIATE; on failure *failure (when given) says why.
    static bool beginWrite(QSqlDatabase& db, Error* failure = nullptr);
    static int schemaVersion();
    //! Opens path as the named connection with what every durable file here needs: a busy
    //! timeout, WAL and synchronous=FULL. No schema; the caller owns the connection.
    static Result<QSqlDatabase> openDurable(const QString& connection, const QString& path);

private:
    static Status migrate(QSqlDatabase& db);
};

} // namespace ChannelDesk
