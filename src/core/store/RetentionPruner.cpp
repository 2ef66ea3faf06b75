// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RetentionPruner.h"

#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/SpaceReclaimer.h"
#include "util/DataDirectory.h"
#include "util/DiskUsageProbe.h"
#include "util/Logging.h"

#include <QFile>
#include <QSqlQuery>
#include <QThread>

namespace ChannelDesk {
namespace {

//! A connection of this pass only, closed (and removed) when the pass ends, on its thread.
class PassConnection
{
public:
    PassConnection(const QString& name, const QString& path)
        : m_name(name)
    {
        const Result<QSqlDatabase> opened = Database::openDurable(name, path);
        if (!opened.ok()) {
            m_error = opened.error();
            return;
        }
        m_db = opened.value();
        // A deletion lost to a power cut is only done again by the next pass.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    ~PassConnection()
    {
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    PassConnection(const PassConnection&) = delete;
    PassConnection& operator=(const PassConnection&) = delete;

    bool ok() const { return !m_error && m_db.isOpen(); }
    const std::optional<Error>& error() const { return m_error; }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    std::optional<Error> m_error;
};

//! A file too large to convert here stays as it is; the log says how to convert it.
void makeIncremental(QSqlDatabase& db, qint64 convertBelowBytes)
{
    const Status converted = SpaceReclaimer::makeIncremental(db, convertBelowBytes);
    if (!converted.ok())
        qCWarning(lcStore) << "Retention:" << converted.error().message;
    else if (SpaceReclaimer::autoVacuumMode(db) != 2)
        qCInfo(lcStore).noquote() << "Retention:" << db.databaseName()
                                  << "gives no space back until converted once: stop the receiver and run "
                                     "`channeldesk status --vacuum`.";
}

bool commit(QSqlDatabase& db)
{
    if (db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace

RetentionPruner::RetentionPruner(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{ }

RetentionPruner::~RetentionPruner()
{
    stop();
}

void RetentionPruner::setRetention(const RetentionSettings& retention)
{
    std::lock_guard lock(m_mutex);
    m_retention = retention;
}

void RetentionPruner::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_woken = true; // a pass at once
    m_thread = std::thread([this] { run(); });
}

void RetentionPruner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RetentionPruner::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void RetentionPruner::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, m_tuning.interval, [this] { return m_stopping || m_woken; });
            if (m_stopping)
                return;
            m_woken = false;
        }
        const Outcome outcome = pruneOnce(QDateTime::currentDateTimeUtc());
        if (outcome.error)
            qCWarning(lcStore) << "Retention:" << outcome.error->message;
        else if (outcome.journalEntries + outcome.messages + outcome.statuses + outcome.conversations > 0)
            qCInfo(lcStore) << "Retention pruned" << outcome.journalEntries << "journal entries,"
                            << outcome.messages << "messages," << outcome.statuses << "statuses,"
                            << outcome.conversations << "conversations; reclaimed" << outcome.pagesReclaimed
                            << "pages";
        // serve has no window to show it in: the log says it every hour until it is fixed.
        const QString lowDisk = DiskUsageProbe::lowDiskWarning(DiskUsageProbe::measure(m_dataDirectory));
        if (!lowDisk.isEmpty())
            qCWarning(lcStore).noquote() << lowDisk;
        if (m_passed)
            m_passed(outcome);
    }
}

bool RetentionPruner::pause()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_tuning.pauseMs), [this] { return bool(m_stopping); });
    return !m_stopping;
}

RetentionPruner::Outcome RetentionPruner::pruneOnce(const QDateTime& now)
{
    Outcome outcome;
    RetentionSettings retention;
    {
        std::lock_guard lock(m_mutex);
        retention = m_retention;
    }
    const QString tag = QStringLiteral("channeldesk-retention:%1:%2")
                            .arg(reinterpret_cast<quintptr>(this))
                            .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    const QString storePath = DataDirectory::databasePath(m_dataDirectory);
    const QString journalPath = DataDirectory::journalPath(m_dataDirectory);
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Nothing is built until the store exists; a missing journal has nothing to prune.
    qint64 builtUpTo = 0;
    if (QFile::exists(storePath)) {
        PassConnection store(tag + QStringLiteral(":store"), storePath);
        if (!store.ok()) {
            outcome.error = store.error();
            return outcome;
        }
        QSqlQuery progress(store.db());
        if (progress.exec(QStringLiteral("SELECT upto FROM journal_progress")) && progress.next())
            builtUpTo = progress.value(0).toLongLong();
        progress.finish();
        makeIncremental(store.db(), m_tuning.convertBelowBytes);
        if (retention.messageDays > 0) {
            pruneMessages(store.db(), nowMs - RetentionSettings::daysToMs(retention.messageDays), outcome);
            if (outcome.error || outcome.interrupted)
                return outcome;
        }
        reclaim(store.db(), outcome);
    }
    if (!QFile::exists(journalPath) || outcome.interrupted)
        return outcome;
    PassConnection journal(tag + QStringLiteral(":journal"), journalPath);
    if (!journal.ok()) {
        outcome.error = journal.error();
        return outcome;
    }
    const Status schema = DeliveryJournal::ensureSchema(journal.db(), journalPath);
    if (!schema.ok()) {
        outcome.error = schema.error();
        return outcome;
    }
    makeIncremental(journal.db(), m_tuning.convertBelowBytes);
    pruneJournal(journal.db(), builtUpTo, nowMs - RetentionSettings::daysToMs(retention.journalDays),
                 outcome);
    if (!outcome.error && !outcome.interrupted)
        reclaim(journal.db(), outcome);
    return outcome;
}

void RetentionPruner::pruneJournal(QSqlDatabase& db, qint64 builtUpTo, qint64 cutoffMs, Outcome& outcome)
{
    QSqlQuery select(db);
    select.prepare(
        QStringLiteral("SELECT id, received_at, kind FROM deliveries WHERE id > ? ORDER BY id LIMIT ?"));
    // The forward_queue check sits in the deletion itself, so a row queued since the select (by
    // `channeldesk forward --retry`, say) is kept too.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM deliveries WHERE id = ? AND NOT EXISTS"
                                  " (SELECT 1 FROM forward_queue WHERE delivery_id = deliveries.id)"));
    const int linkedEvent = int(JournalEntry::Kind::LinkedEvent);
    qint64 cursor = 0;
    for (;;) {
        if (m_stopping) {
            outcome.interrupted = true;
            return;
        }
        if (Error failure; !Database::beginWrite(db, &failure)) {
            outcome.error = failure;
            return;
        }
        select.addBindValue(cursor);
        select.addBindValue(m_tuning.batchRows);
        if (!select.exec()) {
            outcome.error = queryError(select, db.databaseName());
            db.rollback();
            return;
        }
        QList<qint64> doomed;
        int seen = 0;
        bool end = false;
        while (select.next()) {
            ++seen;
            const qint64 id = select.value(0).toLongLong();
            // Ids follow the acknowledgements, so the first young entry ends the pass, and so does
            // the first one not yet built: everything after it is younger or unbuilt as well.
            // A linked channel's events are never built; their age and the queue alone count.
            if (select.value(1).toLongLong() >= cutoffMs
                || (select.value(2).toInt() != linkedEvent && id > builtUpTo)) {
                end = true;
                break;
            }
            cursor = id;
            doomed.append(id);
        }
        select.finish();
        for (const qint64 id : std::as_const(doomed)) {
            remove.addBindValue(id);
            if (!remove.exec()) {
                outcome.error = queryError(remove, db.databaseName());
                db.rollback();
                return;
            }
            outcome.journalEntries += remove.numRowsAffected();
        }
        if (!commit(db)) {
            outcome.error = databaseError(db);
            return;
        }
        if (end || seen < m_tuning.batchRows || !pause()) {
            outcome.interrupted = m_stopping;
            return;
        }
    }
}

void RetentionPruner::pruneMessages(QSqlDatabase& db, qint64 cutoffMs, Outcome& outcome)
{
    // Only indexed messages (id ≤ search_index.upto): the delete trigger removes a row from
    // messages_fts, and removing one the index never had would corrupt it. An old message still
    // waiting for the index goes in the next pass.
    const QList<QPair<QString, qint64*>> steps = {
        {QStringLiteral("DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE timestamp < :cutoff"
                        " AND id <= (SELECT upto FROM search_index) ORDER BY timestamp, id LIMIT :limit)"),
         &outcome.messages},
        // Emptied by the step above; one a person took over keeps its handoff until given back.
        {QStringLiteral("DELETE FROM conversations WHERE id IN (SELECT c.id FROM conversations c"
                        " WHERE c.last_message_at < :cutoff AND c.taken_over_at = 0 AND NOT EXISTS"
                        " (SELECT 1 FROM messages m WHERE m.conversation_id = c.id) LIMIT :limit)"),
         &outcome.conversations},
    };
    for (const auto& [statement, counter] : steps) {
        QSqlQuery query(db);
        query.prepare(statement);
        for (;;) {
            if (m_stopping) {
                outcome.interrupted = true;
                return;
            }
            if (Error failure; !Database::beginWrite(db, &failure)) {
                outcome.error = failure;
                return;
            }
            query.bindValue(QStringLiteral(":cutoff"), cutoffMs);
            query.bindValue(QStringLiteral(":limit"), m_tuning.batchRows);
            if (!query.exec()) {
                outcome.error = queryError(query, db.databaseName());
                db.rollback();
                return;
            }
            const int deleted = query.numRowsAffected();
            if (!commit(db)) {
                outcome.error = databaseError(db);
                return;
            }
            *counter += deleted;
            if (deleted < m_tuning.batchRows)
                break;
            if (!pause()) {
                outcome.interrupted = true;
                return;
            }
        }
    }
    // Statuses have no index on their time: walked by id, a window at a time.
    qint64 cursor = 0;
    for (;;) {
        if (m_stopping) {
            outcome.interrupted = true;
            return;
        }
        const qint64 deleted = deleteStatuses(db, cutoffMs, &cursor);
        if (deleted < 0) {
            outcome.error = databaseError(db);
            return;
        }
        outcome.statuses += deleted;
        if (cursor < 0 || !pause())
            break;
    }
    outcome.interrupted = m_stopping;
}

qint64 RetentionPruner::deleteStatuses(QSqlDatabase& db, qint64 cutoffMs, qint64* cursor)
{
    if (!Database::beginWrite(db))
        return -1;
    QSqlQuery window(db);
    window.prepare(QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM statuses WHERE id > ?"
                                  " ORDER BY id LIMIT ?)"));
    window.addBindValue(*cursor);
    window.addBindValue(m_tuning.batchRows);
    if (!window.exec() || !window.next()) {
        db.rollback();
        return -1;
    }
    const qint64 last = window.value(0).toLongLong();
    const int seen = window.value(1).toInt();
    window.finish();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM statuses WHERE id > ? AND id <= ? AND timestamp < ?"));
    remove.addBindValue(*cursor);
    remove.addBindValue(last);
    remove.addBindValue(cutoffMs);
    if (!remove.exec()) {
        db.rollback();
        return -1;
    }
    const qint64 deleted = remove.numRowsAffected();
    if (!commit(db))
        return -1;
    *cursor = seen < m_tuning.batchRows ? -1 : last;
    return deleted;
}

void RetentionPruner::reclaim(QSqlDatabase& db, Outcome& outcome)
{
    for (;;) {
        const qint64 freed = SpaceReclaimer::vacuumStep(db, m_tuning.vacuumPages);
        outcome.pagesReclaimed += freed;
        if (freed <= 0)
            break;
        if (!pause()) {
            outcome.interrupted = true;
            return;
        }
    }
    // The file shrinks when the WAL's pages reach it; PASSIVE never waits for a writer.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace ChannelDesk
