// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/SearchTokenizer.h"
#include "store/SqliteStatement.h"
#include "store/StoreDiagnosis.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <vector>

namespace ChannelDesk {
namespace {

constexpr int kSqliteReadOnly = 8;

// Each entry moves the schema one version up and is a list of statements run in one transaction.
// Never edit a released entry; append a new one.
const std::vector<std::vector<const char*>> migrations = {
    // 1: channels and the index of secret keys kept in the keychain (names only, never values).
    {
        "CREATE TABLE channels ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " name TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " enabled INTEGER NOT NULL DEFAULT 1,"
        " fields TEXT NOT NULL DEFAULT '{}',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",
        "CREATE TABLE secret_keys ("
        " channel_id TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " PRIMARY KEY (channel_id, field))",
    },
    // 2: the conversation log. Times are Unix milliseconds (UTC). Dedupe is by unique constraints,
    // because Meta retries deliveries for up to 7 days. Whoever inserts into messages also inserts
    // the new rows into messages_fts (once per transaction; a per-row trigger was too slow).
    {
        "CREATE TABLE deliveries ("
        " id INTEGER PRIMARY KEY,"
        " channel_id TEXT NOT NULL,"
        " received_at INTEGER NOT NULL,"
        " body BLOB NOT NULL)",
        "CREATE TABLE conversations ("
        " id INTEGER PRIMARY KEY,"
        " channel_id TEXT NOT NULL,"
        " peer TEXT NOT NULL,"
        " peer_name TEXT NOT NULL DEFAULT '',"
        " last_message_at INTEGER NOT NULL DEFAULT 0,"
        " last_inbound_at INTEGER NOT NULL DEFAULT 0,"
        " last_preview TEXT NOT NULL DEFAULT '',"
        " last_type TEXT NOT NULL DEFAULT '',"
        " last_direction TEXT NOT NULL DEFAULT '',"
        " unread_count INTEGER NOT NULL DEFAULT 0,"
        " UNIQUE (channel_id, peer))",
        "CREATE INDEX conversations_recent ON conversations (last_message_at DESC, id DESC)",
        "CREATE TABLE messages ("
        " id INTEGER PRIMARY KEY,"
        " conversation_id INTEGER NOT NULL REFERENCES conversations (id),"
        " channel_id TEXT NOT NULL,"
        " wamid TEXT NOT NULL,"
        " direction TEXT NOT NULL,"
        " type TEXT NOT NULL,"
        " subtype TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL DEFAULT '',"
        " media TEXT,"
        " context_id TEXT,"
        " timestamp INTEGER NOT NULL,"
        " status TEXT NOT NULL DEFAULT '',"
        " status_at INTEGER,"
        " raw TEXT NOT NULL,"
        " delivery_id INTEGER,"
        " UNIQUE (channel_id, wamid))",
        "CREATE INDEX messages_by_conversation ON messages (conversation_id, timestamp, id)",
        "CREATE INDEX messages_by_time ON messages (timestamp, id)",
        "CREATE TABLE statuses ("
        " id INTEGER PRIMARY KEY,"
        " channel_id TEXT NOT NULL,"
        " wamid TEXT NOT NULL,"
        " status TEXT NOT NULL,"
        " timestamp INTEGER NOT NULL,"
        " recipient TEXT NOT NULL DEFAULT '',"
        " errors TEXT,"
        " raw TEXT NOT NULL,"
        " delivery_id INTEGER,"
        " UNIQUE (channel_id, wamid, status))",
        "CREATE TABLE channel_events ("
        " id INTEGER PRIMARY KEY,"
        " channel_id TEXT NOT NULL,"
        " at INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " reason TEXT NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '',"
        " remote TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX channel_events_recent ON channel_events (channel_id, id DESC)",
        "CREATE VIRTUAL TABLE messages_fts USING fts5 (text, content='messages', content_rowid='id',"
        " tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
        " INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    },
    // 3: replying. outbound is the persisted send queue: one row per send with its state
    // (queued, sending, sent, delivered, read, failed, unknown); once Meta accepts a send its wamid
    // joins it to messages and statuses. opt_outs holds contacts who asked not to be messaged.
    {
        "CREATE TABLE outbound ("
        " id INTEGER PRIMARY KEY,"
        " channel_id TEXT NOT NULL,"
        " peer TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " content TEXT NOT NULL,"
        " preview TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL,"
        " wamid TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
        " error_code INTEGER NOT NULL DEFAULT 0,"
        " error TEXT NOT NULL DEFAULT '',"
        " source TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL,"
        " accepted_at INTEGER)",
        "CREATE INDEX outbound_pending ON outbound (state, next_attempt_at)",
        "CREATE INDEX outbound_by_peer ON outbound (channel_id, peer, id)",
        "CREATE INDEX outbound_by_wamid ON outbound (channel_id, wamid)",
        "CREATE INDEX outbound_by_time ON outbound (created_at)",
        "CREATE TABLE opt_outs ("
        " channel_id TEXT NOT NULL,"
        " peer TEXT NOT NULL,"
        " at INTEGER NOT NULL,"
        " word TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (channel_id, peer))",
    },
    // 4: indexing for search may trail the inserts (the receiver indexes in batches, off its
    // acknowledgement path). upto is the highest messages.id in messages_fts: every row at or below
    // it is indexed, every row above it is not yet. Until now every writer indexed its own rows.
    {
        "CREATE TABLE search_index (upto INTEGER NOT NULL)",
        "INSERT INTO search_index (upto) SELECT coalesce(max(id), 0) FROM messages",
    },
    // 5: FTS5 no longer merges segments on its own inside whichever insert crosses its threshold;
    // writers merge in bounded steps instead (SearchIndex::mergeStep).
    {
        "INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 0)",
    },
    // 6: the receiver acknowledges a delivery once it is in the delivery journal (a file of its
    // own, which also keeps its raw body from now on) and builds it into this store afterwards.
    // upto is the highest journal id built; it moves in the same transaction as the rows built, so
    // a crash never builds a delivery twice. messages.delivery_id of those rows is the journal id.
    {
        "CREATE TABLE journal_progress (upto INTEGER NOT NULL)",
        "INSERT INTO journal_progress (upto) VALUES (0)",
    },
    // 7: API keys and the audit log. A key is kept only as the SHA-256 of its text; revoking deletes
    // its row, so no query can forget a "revoked" filter and let a revoked key in, and the name is
    // free again (the audit log keeps the history). api_key_generation moves with every change of a
    // key that a server caches (not last_used_at), so a running server notices a revocation by
    // reading one integer. refusals counts 401/403/429 per minute, key and address instead of
    // storing one audit row each; key_name is '' when no known key was presented.
    {
        "CREATE TABLE api_keys ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " role TEXT NOT NULL,"
        " key_hash BLOB NOT NULL UNIQUE,"
        " created_at INTEGER NOT NULL,"
        " last_used_at INTEGER,"
        " rate_per_minute INTEGER NOT NULL DEFAULT 600)",
        "CREATE TABLE api_key_generation (value INTEGER NOT NULL)",
        "INSERT INTO api_key_generation (value) VALUES (0)",
        "CREATE TRIGGER api_keys_inserted AFTER INSERT ON api_keys BEGIN"
        " UPDATE api_key_generation SET value = value + 1; END",
        "CREATE TRIGGER api_keys_deleted AFTER DELETE ON api_keys BEGIN"
        " UPDATE api_key_generation SET value = value + 1; END",
        "CREATE TRIGGER api_keys_changed AFTER UPDATE OF name, role, key_hash, rate_per_minute ON api_keys"
        " BEGIN UPDATE api_key_generation SET value = value + 1; END",
        "CREATE TABLE audit ("
        " id INTEGER PRIMARY KEY,"
        " at INTEGER NOT NULL,"
        " key_name TEXT NOT NULL,"
        " remote TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " target TEXT NOT NULL DEFAULT '',"
        " result TEXT NOT NULL)",
        "CREATE TABLE refusals ("
        " minute INTEGER NOT NULL,"
        " key_name TEXT NOT NULL,"
        " remote TEXT NOT NULL,"
        " status INTEGER NOT NULL,"
        " count INTEGER NOT NULL,"
        " PRIMARY KEY (minute, key_name, remote, status))",
    },
    // 8: the server API's event stream and who sent what. stream_events holds one row per event
    // pushed to stream consumers; cursor is AUTOINCREMENT so a cursor is never reused, even after
    // old rows are pruned, and a consumer reconnecting with after=CURSOR replays exactly the rows
    // after it. outbound.sent_by names who asked for the send: an API key's name, or the operator.
    {
        "CREATE TABLE stream_events ("
        " cursor INTEGER PRIMARY KEY AUTOINCREMENT,"
        " at INTEGER NOT NULL,"
        " channel_id TEXT NOT NULL DEFAULT '',"
        " type TEXT NOT NULL,"
        " body TEXT NOT NULL)",
        "ALTER TABLE outbound ADD COLUMN sent_by TEXT NOT NULL DEFAULT ''",
    },
    // 9: handoff between bot and person. taken_over_at > 0 while a person answers the conversation
    // (the bot does not get its deliveries; the journal's forward_handoff is what the forwarder
    // reads), taken_over_by who took it; operator_reply_at the last reply an operator sent, from
    // which the automatic return to the bot is counted. The partial index keeps the "taken over"
    // filter of the conversation list a seek in list order.
    {
        "ALTER TABLE conversations ADD COLUMN taken_over_at INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE conversations ADD COLUMN taken_over_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conversations ADD COLUMN operator_reply_at INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX conversations_taken_over ON conversations (last_message_at DESC, id DESC)"
        " WHERE taken_over_at > 0",
    },
    // 10: channel events are aggregated. Repeats of one event (channel, kind, reason, address) in
    // one minute share a row: count requests, at and detail are the first's, last_at and
    // last_detail the last's. channel_events_merge finds that row; MessageStore::pruneEvents bounds
    // the table.
    {
        "ALTER TABLE channel_events ADD COLUMN count INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE channel_events ADD COLUMN last_at INTEGER",
        "ALTER TABLE channel_events ADD COLUMN last_detail TEXT",
        "CREATE INDEX channel_events_merge ON channel_events (channel_id, reason, remote, at)",
    },
    // 11: search found substrings in any script with the channeldesk tokenizer and an index of
    // two-character prefixes, rebuilt here. 14 rebuilds the same index without those prefixes, so
    // a store coming from 10 or earlier only pays for that rebuild once.
    {},
    // 12: the conversation view shows reactions on the message they react to and locations on a
    // map. A reaction's context_id names its target (outbound ones did already), found through
    // messages_reactions; a location's media holds its coordinates. Earlier rows get both from
    // their raw JSON.
    {
        "UPDATE messages SET context_id = json_extract(raw, '$.reaction.message_id')"
        " WHERE type = 'reaction' AND direction = 'in' AND (context_id IS NULL OR context_id = '')"
        " AND json_valid(raw) AND json_type(raw, '$.reaction.message_id') = 'text'",
        "UPDATE messages SET media = json_object('latitude', json_extract(raw, '$.location.latitude'),"
        " 'longitude', json_extract(raw, '$.location.longitude'), 'name', json_extract(raw, "
        "'$.location.name'),"
        " 'address', json_extract(raw, '$.location.address'))"
        " WHERE type = 'location' AND media IS NULL AND json_valid(raw)"
        " AND json_type(raw, '$.location.latitude') IN ('real', 'integer')",
        "CREATE INDEX IF NOT EXISTS messages_reactions ON messages (channel_id, context_id, timestamp) WHERE "
        "type = 'reaction'",
    },
    // 13: a conversation's last_preview holds the last message's text only; the list words its kind
    // (last_type) when it shows it, in the language it runs in. Until now an inbound message without
    // text stored "[type]", and a send stored its preview in the words of the sending process's
    // language ("Template: name", "📷 Photo"): those become the message's own text again. Only
    // conversations are scanned, and only sends other than text look up their last message.
    {
        "UPDATE conversations SET last_preview = '' WHERE last_preview = '[' || last_type || ']'",
        "UPDATE conversations SET last_preview = coalesce((SELECT substr(m.text, 1, 200) FROM messages m"
        " WHERE m.conversation_id = conversations.id ORDER BY m.timestamp DESC, m.id DESC LIMIT 1), '')"
        " WHERE last_direction = 'out' AND last_type NOT IN ('text', '')",
    },
    // 14: search finds substrings in any script (CJK has no spaces between words), folded so that
    // accents and case do not matter: messages_fts uses the channeldesk tokenizer (trigrams of
    // folded text, and pairs of characters of scripts without spaces, SearchTokenizer). Until 13
    // an index of two-character prefixes answered two-character queries; it doubled what indexing
    // costs every delivery. The index is rebuilt here, at once: at 1,000,000 messages that takes
    // about 9 s (docs/performance.md), once, and search would find nothing old until then.
    // FTS5 merges its segments while it builds, and once more at the end, before its automerge
    // goes off again (schema 5).
    {
        "DROP TRIGGER messages_fts_delete",
        "DROP TABLE messages_fts",
        "CREATE VIRTUAL TABLE messages_fts USING fts5 (text, content='messages', content_rowid='id',"
        " tokenize='channeldesk')",
        "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages"
        " WHERE id <= (SELECT upto FROM search_index)",
        "INSERT INTO messages_fts (messages_fts) VALUES ('optimize')",
        "INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 0)",
        "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
        " INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    },
    // 15: the search index merges a level of its segments once 16 of them are there, not 4. Every
    // merge rewrites what it merges, so with 4 the receiver wrote each indexed message again and
    // again as the index grew: at 300,000 messages that was 17 % of building a delivery (1 KB more
    // written per delivery), and searches were no faster for it (docs/performance.md). Stored in
    // the index's own configuration, so every writer (receiver, window, CLI) merges the same way.
    {
        "INSERT INTO messages_fts (messages_fts, rank) VALUES ('usermerge', 16)",
    },
    // 16: the stream's message and status events refer to their row (ref: messages.id or
    // statuses.id) and keep an empty body; StreamEventLog builds the body when it is read. A copy
    // of every message's fields in its event was a quarter of what the receiver's builder wrote and
    // a fifth of its CPU time per delivery (docs/performance.md). Rows from before keep their body.
    {
        "ALTER TABLE stream_events ADD COLUMN ref INTEGER",
    },
};

QString sqlError(const QSqlError& error)
{
    return error.text().isEmpty() ? QCoreApplication::translate("Database", "unknown database error")
                                  : error.text();
}

bool exec(QSqlDatabase& db, const QString& statement, QSqlError* failure = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcStore) << "SQL failed:" << query.lastError().text();
        if (failure)
            *failure = query.lastError();
        return false;
    }
    return true;
}

//! Busy and locked are the only failures that waiting can end.
bool worthRetrying(const QSqlError& error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */ || primary == 0;
}

//! The plain-words error of a failure to open or set up path.
Error openError(const QString& path, const QSqlError& error)
{
    return StoreDiagnosis::explain(path, error).error();
}

// A new file becomes WAL only while no other connection holds a lock on it. SQLite answers
// "locked" at once then, without waiting for the busy timeout, and the pragma may also just keep
// the old mode; so retry for as long as the busy timeout would have waited.
bool enableWal(QSqlDatabase& db, QSqlError* failure)
{
    QElapsedTimer waited;
    waited.start();
    do {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        *failure = query.lastError();
        // A damaged, read-only or full file answers the same at once however long one waits.
        if (query.lastError().isValid() && !worthRetrying(query.lastError()))
            break;
        QThread::msleep(5);
    } while (waited.elapsed() < 5000);
    qCWarning(lcStore) << "Cannot switch the database to WAL:" << failure->text();
    return false;
}

Error databaseErrorIn(const QString& file, QString reason, int sqliteCode)
{
    if (StoreDiagnosis::isDamage(sqliteCode))
        reason += QLatin1Char(' ') + StoreDiagnosis::repairAdvice();
    if (file.isEmpty())
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("Database", "Database error: %1").arg(reason)};
    return Error{ErrorCode::Failed,
                 QCoreApplication::translate("Database", "Database error in %1: %2").arg(file, reason)};
}

} // namespace

Error queryError(const QSqlQuery& query, const QString& file)
{
    return databaseErrorIn(file, query.lastError().text(), query.lastError().nativeErrorCode().toInt());
}

Error statementError(const SqliteStatement& statement, const QString& file)
{
    return databaseErrorIn(file, statement.errorText(), statement.errorCode());
}

Error databaseError(const QSqlDatabase& db)
{
    return Error{ErrorCode::Failed,
                 QCoreApplication::translate("Database", "Database error: %1").arg(db.lastError().text())};
}

bool Database::beginWrite(QSqlDatabase& db, Error* failure)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    // The reason ("database is locked", …) is the query's, not the connection's.
    if (failure)
        *failure = queryError(begin, db.databaseName());
    return false;
}

int Database::schemaVersion()
{
    return int(migrations.size());
}

QString connectionName(const QString& path)
{
    return QStringLiteral("channeldesk:%1:%2")
        .arg(path)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

void Database::close(const QString& path)
{
    const QString name = connectionName(path);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid())
            return;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openDurable(const QString& connection, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    // SQLite would create the file with the umask's mode (often 0644) and gives its -wal and -shm
    // files the mode of the database file, so an owner-only database keeps them owner-only too.
    // Narrowing them here fixes the files of a data directory an older version wrote.
    PrivateFile::create(path);
    PrivateFile::narrow(path + QStringLiteral("-wal"));
    PrivateFile::narrow(path + QStringLiteral("-shm"));
    PrivateFile::narrow(path + QStringLiteral("-journal"));
    // SQLite would open a read-only file read-only without a word, and fail at the first write.
    if (const QFileInfo info(path); info.exists() && !info.isWritable())
        return StoreDiagnosis::explain(path, QString(), kSqliteReadOnly).error();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return openError(path, db.lastError());
    // Before anything touches messages_fts, whose tokenizer lives in this process (see there).
    if (!SearchTokenizer::install(db))
        qCWarning(lcStore) << "Cannot install the search tokenizer on" << path;
    // Before the first table, so a new file can give pages back (RetentionPruner). Only then: on an
    // existing file it changes nothing until a VACUUM (SpaceReclaimer::makeIncremental), yet it
    // takes the write lock, so every open waited out the busy timeout while another writer held it.
    if (QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT 1 FROM sqlite_master LIMIT 1")) && !tables.next())
        exec(db, QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    // WAL lets readers (GUI, CLI) run while a writer commits; synchronous=FULL makes every
    // commit survive power loss, which acknowledged webhooks depend on.
    QSqlError failure;
    if (!enableWal(db, &failure) || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &failure)) {
        const Error error = openError(path, failure);
        db.close();
        return error;
    }
    return db;
}

Result<QSqlDatabase> Database::open(const QString& path)
{
    const QString name = connectionName(path);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return db;
    const Result<QSqlDatabase> opened = openDurable(name, path);
    if (!opened.ok())
        return opened.error();
    db = opened.value();
    QSqlError failure;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &failure))
        return openError(path, failure);
    const Status migrated = migrate(db);
    if (!migrated.ok())
        return migrated.error();
    return db;
}

Status Database::migrate(QSqlDatabase& db)
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return openError(db.databaseName(), versionQuery.lastError());
    int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (version > schemaVersion())
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("Database",
                                                 "The database was written by a newer ChannelDesk (schema "
                                                 "%1; this build knows %2). Update ChannelDesk.")
                         .arg(version)
                         .arg(schemaVersion())};
    while (version < schemaVersion()) {
        // BEGIN IMMEDIATE takes the write lock up front, so two processes starting at once
        // cannot both run the same migration.
        QSqlError begun;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &begun))
            return openError(db.databaseName(), begun);
        QSqlQuery recheck(db);
        recheck.exec(QStringLiteral("PRAGMA user_version"));
        if (recheck.next() && recheck.value(0).toInt() != version) {
            version = recheck.value(0).toInt();
            recheck.finish();
            exec(db, QStringLiteral("COMMIT"));
            continue;
        }
        recheck.finish();
        bool ok = true;
        QSqlError failure;
        for (const char* statement : migrations.at(size_t(version))) {
            if (!exec(db, QString::fromUtf8(statement), &failure)) {
                ok = false;
                break;
            }
        }
        if (!ok || !exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), &failure)) {
            exec(db, QStringLiteral("ROLLBACK"));
            return Error{ErrorCode::Failed,
                         QCoreApplication::translate("Database", "Database migration to schema %1 failed: %2")
                             .arg(version + 1)
                             .arg(StoreDiagnosis::explain(db.databaseName(), failure).message)};
        }
        if (!exec(db, QStringLiteral("COMMIT")))
            return Error{ErrorCode::Failed, sqlError(db.lastError())};
        qCInfo(lcStore) << "Database schema migrated to version" << version + 1;
        ++version;
    }
    return Done{};
}

} // namespace ChannelDesk
