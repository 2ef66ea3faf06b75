// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace ChannelDesk {

SqliteStatement::SqliteStatement(const char* sql)
    : m_sql(sql)
{ }

SqliteStatement::~SqliteStatement()
{
    detach();
}

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool SqliteStatement::attach(sqlite3* db)
{
    if (m_statement && m_db == db)
        return true;
    detach();
    m_db = db;
    m_failed = false;
    const int code = sqlite3_prepare_v2(db, m_sql, -1, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        fail(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::detach()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = nullptr;
}

int SqliteStatement::parameter(const char* name) const
{
    return m_statement ? sqlite3_bind_parameter_index(m_statement, name) : 0;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& text)
{
    bindUtf8(index, text.isNull() ? QByteArray("") : text.toUtf8());
}

void SqliteStatement::bindOrNull(int index, const QString& text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bindUtf8(index, text.toUtf8());
}

void SqliteStatement::bindUtf8(int index, const QByteArray& utf8)
{
    // Copied by SQLite: the caller's bytes are often a temporary.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.isNull() ? "" : bytes.constData(), int(bytes.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::run()
{
    const int code = sqlite3_step(m_statement);
    const bool ok = code == SQLITE_DONE || code == SQLITE_ROW;
    if (!ok)
        fail(code);
    reset();
    return ok;
}

bool SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    // The pointer before the size, as SQLite asks: sqlite3_column_bytes() may convert the value.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::columnEquals(int column, const QByteArray& bytes) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == bytes.size() && (size == 0 || std::memcmp(data, bytes.constData(), size_t(size)) == 0);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::fail(int code)
{
    m_failed = true;
    m_errorCode = m_db ? sqlite3_extended_errcode(m_db) : code;
    m_errorText = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
}

} // namespace ChannelDesk
