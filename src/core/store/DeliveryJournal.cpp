// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeliveryJournal.h"

#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QSqlError>

#include <initializer_list>

namespace ChannelDesk {

DeliveryJournal::DeliveryJournal(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("channeldesk-journal:%1").arg(reinterpret_cast<quintptr>(this)))
{ }

DeliveryJournal::~DeliveryJournal()
{
    m_insert.detach();
    m_enqueue.detach();
    m_select.detach();
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
    // Statements of a connection that failed go before it does (see SqliteStatement).
    m_insert.detach();
    m_enqueue.detach();
    m_select.detach();
    // Every acknowledgement waits for a commit here: WAL and synchronous=FULL make that commit one
    // fsync of appended pages that survives power loss.
    const Result<QSqlDatabase> opened = Database::openDurable(m_connection, m_path);
    if (!opened.ok())
        return opened.error();
    m_db = opened.value();
    const Status schema = ensureSchema(m_db, m_path);
    if (!schema.ok()) {
        m_db.close();
        return schema;
    }
    return Done{};
}

Status DeliveryJournal::ensureSchema(QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY,"
                           " channel_id TEXT NOT NULL, received_at INTEGER NOT NULL, body BLOB NOT NULL)")))
        return queryError(query, path);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return queryError(query, path);
    if (query.value(0).toInt() >= kSchemaVersion)
        return Done{};
    query.finish();
    // Two processes may open an old file at once (serve and `channeldesk forward`): the immediate
    // transaction makes one wait for the other, which then finds the new version.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(query, path);
    const auto fail = [&] {
        const Error error = queryError(query, path);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    const auto run = [&](std::initializer_list<const char*> statements) {
        for (const char* statement : statements)
            if (!query.exec(QString::fromLatin1(statement)))
                return false;
        return true;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail();
    const int version = query.value(0).toInt();
    query.finish();
    // Each step moves one version up; never edit a released step, add the next one below.
    // attempts/next_at/last_error: the bot's failures so far; parked_at: given up (shown, and
    // sent again on `channeldesk forward --retry`).
    if (version < 1
        && !run({"ALTER TABLE deliveries ADD COLUMN signature BLOB",
                 // One statement over three lines, not a missing comma.
                 // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
                 "CREATE TABLE forward_queue (delivery_id INTEGER PRIMARY KEY, channel_id TEXT NOT NULL,"
                 " attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL DEFAULT 0,"
                 " parked_at INTEGER, last_error TEXT)",
                 "CREATE INDEX forward_queue_channel ON forward_queue (channel_id)",
                 "CREATE TABLE forward_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
                 "PRAGMA user_version = 1"}))
        return fail();
    // forward_handoff: the conversations a person took over (taken_over = 1), and for those given
    // back the highest journal id at that moment (handled_up_to): their deliveries up to it were
    // the person's and are never forwarded. peer is ForwardConversation's key.
    if (version < 2
        && !run({"CREATE TABLE forward_handoff (channel_id TEXT NOT NULL, peer TEXT NOT NULL,"
                 " taken_over INTEGER NOT NULL, handled_up_to INTEGER NOT NULL DEFAULT 0,"
                 " changed_at INTEGER NOT NULL, PRIMARY KEY (channel_id, peer))",
                 "PRAGMA user_version = 2"}))
        return fail();
    // kind: 0 a Meta webhook POST (built into the log by DeliveryProjector), 1 a linked channel's
    // gateway event kept only for its bot (the log has it from its kind 3 twin), 2 a WeCom
    // callback's decrypted XML (built into the log; no migration: the column takes any integer),
    // 3 a gateway's message or acknowledgement (built into the log, again without a migration).
    if (version < 3
        && !run(
            {"ALTER TABLE deliveries ADD COLUMN kind INTEGER NOT NULL DEFAULT 0", "PRAGMA user_version = 3"}))
        return fail();
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail();
    return Done{};
}

Result<qint64> DeliveryJournal::append(const QList<JournalEntry>& entries)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    if (!m_db.transaction())
        return Error{ErrorCode::Failed, m_db.lastError().text()};
    sqlite3* handle = SqliteStatement::handleOf(m_db);
    qint64 last = 0;
    const SqliteStatement* failed = nullptr;
    if (!handle || !m_insert.attach(handle))
        failed = &m_insert;
    else if (!m_enqueue.attach(handle))
        failed = &m_enqueue;
    for (const JournalEntry& entry : entries) {
        if (failed)
            break;
        const QByteArray channelId = entry.channelId.toUtf8();
        m_insert.bindUtf8(1, channelId);
        m_insert.bind(2, entry.receivedAt.toMSecsSinceEpoch());
        m_insert.bindBlob(3, entry.body);
        if (entry.signature.isNull())
            m_insert.bindNull(4);
        else
            m_insert.bindBlob(4, entry.signature);
        m_insert.bind(5, int(entry.kind));
        if (!m_insert.run()) {
            failed = &m_insert;
            break;
        }
        last = m_insert.lastInsertRowId();
        if (entry.forward) {
            // In the entry's own transaction: an acknowledged delivery is never missing from the
            // bot's queue, whenever the process dies.
            m_enqueue.bind(1, last);
            m_enqueue.bindUtf8(2, channelId);
            if (!m_enqueue.run()) {
                failed = &m_enqueue;
                break;
            }
        }
    }
    if (failed) {
        const Error error = statementError(*failed, m_path);
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
    sqlite3* handle = SqliteStatement::handleOf(m_db);
    if (!handle || !m_select.attach(handle))
        return statementError(m_select, m_path);
    m_select.bind(1, afterId);
    m_select.bind(2, qint64(limit));
    QList<JournalEntry> entries;
    entries.reserve(limit);
    // Deliveries come in runs of one channel: the entries share one copy of its id.
    QByteArray channelUtf8;
    QString channelId;
    while (m_select.next()) {
        if (!m_select.columnEquals(1, channelUtf8)) {
            channelUtf8 = m_select.columnBytes(1);
            channelId = QString::fromUtf8(channelUtf8);
        }
        entries.append({m_select.columnInt64(0),
                        channelId,
                        QDateTime::fromMSecsSinceEpoch(m_select.columnInt64(2), Qt::UTC),
                        m_select.columnBytes(3),
                        {},
                        false,
                        JournalEntry::Kind(m_select.columnInt64(4))});
    }
    if (m_select.failed()) {
        const Error error = statementError(m_select, m_path);
        m_select.detach(); // prepared again, its failure forgotten, at the next read
        return error;
    }
    // Ends the read transaction, so the writer's checkpoints are not held back.
    m_select.reset();
    return entries;
}

Result<QPair<qint64, qint64>> DeliveryJournal::countAfter(qint64 afterId)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM deliveries WHERE id > ? AND kind <> 1), coalesce(max(id), 0)"
        " FROM deliveries WHERE kind <> 1"));
    query.addBindValue(afterId);
    if (!query.exec() || !query.next())
        return queryError(query, m_path);
    return qMakePair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

Result<qint64> DeliveryJournal::newestToBuild()
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    // Walks the ids down from the newest and stops at the first match (max() with a WHERE would
    // read the whole table); a bot's copy is always followed by its kind 3 twin.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id FROM deliveries WHERE kind <> 1 ORDER BY id DESC LIMIT 1")))
        return queryError(query, m_path);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

} // namespace ChannelDesk
