// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeliveryJournal.h"

#include "store/Database.h"

#include <QSqlError>

namespace ChannelDesk {

DeliveryJournal::DeliveryJournal(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("channeldesk-journal:%1").arg(reinterpret_cast<quintptr>(this)))
{ }

DeliveryJournal::~DeliveryJournal()
{
    m_insert = QSqlQuery();
    m_select = QSqlQuery();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status DeliveryJournal::open()
{
    if (m_db.isValid() && m_db.isOpen())
        return Done{};
    // Every acknowledgement waits for a commit here: WAL and synchronous=FULL make that commit one
    // fsync of appended pages that survives power loss.
    const Result<QSqlDatabase> opened = Database::openDurable(m_connection, m_path);
    if (!opened.ok())
        return opened.error();
    m_db = opened.value();
    QSqlQuery setup(m_db);
    if (!setup.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY,"
                           " channel_id TEXT NOT NULL, received_at INTEGER NOT NULL, body BLOB NOT NULL)"))) {
        const Error error = queryError(setup, m_path);
        m_db.close();
        return error;
    }
    m_insert = QSqlQuery(m_db);
    m_select = QSqlQuery(m_db);
    m_insert.prepare(
        QStringLiteral("INSERT INTO deliveries (channel_id, received_at, body) VALUES (?, ?, ?)"));
    m_select.prepare(QStringLiteral(
        "SELECT id, channel_id, received_at, body FROM deliveries WHERE id > ? ORDER BY id LIMIT ?"));
    return Done{};
}

Result<qint64> DeliveryJournal::append(const QList<JournalEntry>& entries)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    if (!m_db.transaction())
        return Error{ErrorCode::Failed, m_db.lastError().text()};
    qint64 last = 0;
    bool ok = true;
    for (const JournalEntry& entry : entries) {
        m_insert.addBindValue(entry.channelId);
        m_insert.addBindValue(entry.receivedAt.toMSecsSinceEpoch());
        m_insert.addBindValue(entry.body);
        if (!m_insert.exec()) {
            ok = false;
            break;
        }
        last = m_insert.lastInsertId().toLongLong();
    }
    if (!ok) {
        const Error error = queryError(m_insert, m_path);
        m_db.rollback();
        return error;
    }
    if (!m_db.commit()) {
        const Error error{1, m_db.lastError().text()};
        m_db.rollback();
        return error;
    }
    return last;
}

Result<QList<JournalEntry>> DeliveryJournal::entriesAfter(qint64 afterId, int limit)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    m_select.addBindValue(afterId);
    m_select.addBindValue(limit);
    if (!m_select.exec())
        return queryError(m_select, m_path);
    QList<JournalEntry> entries;
    while (m_select.next()) {
        entries.append({m_select.value(0).toLongLong(), m_select.value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(m_select.value(2).toLongLong(), Qt::UTC),
                        m_select.value(3).toByteArray()});
    }
    // Ends the read transaction, so the writer's checkpoints are not held back.
    m_select.finish();
    return entries;
}

Result<QPair<qint64, qint64>> DeliveryJournal::countAfter(qint64 afterId)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM deliveries WHERE id > ?), coalesce(max(id), 0) FROM deliveries"));
    query.addBindValue(afterId);
    if (!query.exec() || !query.next())
        return queryError(query, m_path);
    return qMakePair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

} // namespace ChannelDesk
