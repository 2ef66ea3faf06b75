// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//! One SQL statement run through SQLite's own C API on a Qt SQL connection, for the few
//! statements every delivery runs: Qt SQL's per-value QVariant and UTF-16 binding cost more than
//! the inserts themselves. Prepared on first use after attach() and finalized by detach(), so
//! that no statement outlives the write it serves (Qt's sqlite3_close refuses a connection that
//! still has one).
#pragma once

#include <QByteArray>
#include <QString>

class QSqlDatabase;

struct sqlite3;
struct sqlite3_stmt;

namespace ChannelDesk {

class SqliteStatement
{
public:
    explicit SqliteStatement(const char* sql);
    //! The SQLite connection under a Qt SQL one; null when it is not SQLite.
    static sqlite3* handleOf(const QSqlDatabase& db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    //! Prepares the statement on db unless it is already; false when SQL or db refuse it.
    bool attach(sqlite3* db);
    void detach();
    //! The 1-based index of a named parameter (":name"), 0 when there is none.
    int parameter(const char* name) const;

    void bind(int index, qint64 value);
    //! A null QString is bound as '': the text columns are NOT NULL.
    void bind(int index, const QString& text);
    //! Empty text is bound as SQL NULL.
    void bindOrNull(int index, const QString& text);
    void bindUtf8(int index, const QByteArray& utf8);
    //! Not copied: bytes must stay alive and unchanged until run() or reset().
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    //! Runs the statement to its end and resets it. false on an error, see errorText().
    bool run();
    //! Steps to the next row; false at the end or on an error (then failed() is true).
    bool next();
    qint64 columnInt64(int column) const;
    //! A copy of the column's bytes (text or blob); empty for NULL.
    QByteArray columnBytes(int column) const;
    //! True when the column holds exactly these bytes; compares without a copy.
    bool columnEquals(int column, const QByteArray& bytes) const;
    //! Clears the bindings and ends the statement's read, which would otherwise keep a snapshot.
    void reset();

    //! Rows changed by the last run() on this connection.
    int changes() const;
    qint64 lastInsertRowId() const;
    bool failed() const { return m_failed; }
    int errorCode() const { return m_errorCode; }
    QString errorText() const { return m_errorText; }

private:
    void fail(int code);

    const char* m_sql;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace ChannelDesk
