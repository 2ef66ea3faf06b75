// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardQueue.h"

#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk {
namespace {

const QString generationKey = QStringLiteral("retry_generation");
const QString handoffGenerationKey = QStringLiteral("handoff_generation");

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariant timeValue(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(qint64(0));
}

} // namespace

ForwardQueue::ForwardQueue(QString journalPath)
    : m_path(std::move(journalPath))
    , m_connection(QStringLiteral("channeldesk-forward:%1").arg(reinterpret_cast<quintptr>(this)))
{ }

ForwardQueue::~ForwardQueue()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status ForwardQueue::open()
{
    if (m_db.isValid() && m_db.isOpen())
        return Done{};
    const Result<QSqlDatabase> opened = Database::openDurable(m_connection, m_path);
    if (!opened.ok())
        return opened.error();
    m_db = opened.value();
    // The forwarder's progress need not reach the disk before it goes on: a row whose deletion is
    // lost to a power cut is only sent again (at-least-once). The receiver's own commits stay
    // synchronous=FULL, and syncing the write-ahead log for them syncs these frames too.
    QSqlQuery relaxed(m_db);
    if (!relaxed.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        qCWarning(lcWebhook) << "Could not relax the forward queue's syncing:" << relaxed.lastError().text();
    const Status schema = DeliveryJournal::ensureSchema(m_db, m_path);
    if (!schema.ok())
        m_db.close();
    return schema;
}

Status ForwardQueue::exec(const QString& sql, const QVariantList& values)
{
    const Status opened = open();
    if (!opened.ok())
        return opened;
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query, m_path);
    return Done{};
}

Result<QList<ForwardItem>> ForwardQueue::waitingAfter(qint64 afterId, int limit)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT q.delivery_id, q.channel_id, d.received_at, d.body, d.signature, q.attempts, q.next_at"
        " FROM forward_queue q JOIN deliveries d ON d.id = q.delivery_id"
        " WHERE q.delivery_id > ? AND q.parked_at IS NULL ORDER BY q.delivery_id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query, m_path);
    QList<ForwardItem> items;
    while (query.next()) {
        const qint64 nextAt = query.value(6).toLongLong();
        items.append({query.value(0).toLongLong(), query.value(1).toString(),
                      QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                      query.value(3).toByteArray(), query.value(4).toByteArray(), query.value(5).toInt(),
                      nextAt > 0 ? QDateTime::fromMSecsSinceEpoch(nextAt, Qt::UTC) : QDateTime()});
    }
    return items;
}

Status ForwardQueue::remove(const QList<qint64>& deliveryIds)
{
    if (deliveryIds.isEmpty())
        return Done{};
    QVariantList values;
    for (qint64 id : deliveryIds)
        values << id;
    return exec(QStringLiteral("DELETE FROM forward_queue WHERE delivery_id IN (%1)")
                    .arg(placeholders(deliveryIds.size())),
                values);
}

Status ForwardQueue::recordFailure(qint64 deliveryId, int attempts, const QDateTime& nextAt,
                                   const QString& error)
{
    return exec(
        QStringLiteral(
            "UPDATE forward_queue SET attempts = ?, next_at = ?, last_error = ? WHERE delivery_id = ?"),
        {attempts, timeValue(nextAt), error, deliveryId});
}

Status ForwardQueue::park(const QList<qint64>& deliveryIds, const QDateTime& at, const QString& error)
{
    if (deliveryIds.isEmpty())
        return Done{};
    QVariantList values{timeValue(at), error};
    for (qint64 id : deliveryIds)
        values << id;
    return exec(QStringLiteral("UPDATE forward_queue SET parked_at = ?, last_error = coalesce(?, last_error)"
                               " WHERE delivery_id IN (%1)")
                    .arg(placeholders(deliveryIds.size())),
                values);
}

Result<qint64> ForwardQueue::retryParked(const QString& channelId)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    if (!m_db.transaction())
        return Error{ErrorCode::Failed, m_db.lastError().text()};
    QSqlQuery query(m_db);
    // A null QString binds as NULL, so the channel condition is only there when one is given.
    query.prepare(QStringLiteral("UPDATE forward_queue SET parked_at = NULL, attempts = 0, next_at = 0"
                                 " WHERE parked_at IS NOT NULL")
                  + (channelId.isEmpty() ? QString() : QStringLiteral(" AND channel_id = ?")));
    if (!channelId.isEmpty())
        query.addBindValue(channelId);
    bool ok = query.exec();
    const qint64 count = query.numRowsAffected();
    QSqlQuery bump(m_db);
    if (ok) {
        bump.prepare(QStringLiteral("INSERT INTO forward_meta (key, value) VALUES (?, 1)"
                                    " ON CONFLICT(key) DO UPDATE SET value = value + 1"));
        bump.addBindValue(generationKey);
        ok = bump.exec();
    }
    if (!ok || !m_db.commit()) {
        const Error error = queryError(query.lastError().isValid() ? query : bump, m_path);
        m_db.rollback();
        return error;
    }
    return count;
}

Result<qint64> ForwardQueue::generation()
{
    return metaValue(generationKey);
}

Result<qint64> ForwardQueue::handoffGeneration()
{
    return metaValue(handoffGenerationKey);
}

Result<qint64> ForwardQueue::metaValue(const QString& key)
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT coalesce(max(value), 0) FROM forward_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return queryError(query, m_path);
    return query.value(0).toLongLong();
}

Status ForwardQueue::setTakenOver(const QString& channelId, const QString& peer, bool takenOver,
                                  const QDateTime& at)
{
    const Status opened = open();
    if (!opened.ok())
        return opened;
    if (!Database::beginWrite(m_db))
        return Error{ErrorCode::Failed, m_db.lastError().text()};
    QSqlQuery query(m_db);
    // Given back: whatever the journal holds now came while the person answered (or before),
    // however far the forwarder has got with it.
    query.prepare(QStringLiteral(
        "INSERT INTO forward_handoff (channel_id, peer, taken_over, handled_up_to, changed_at)"
        " VALUES (:channel, :peer, :taken, CASE WHEN :taken THEN 0"
        "  ELSE (SELECT coalesce(max(id), 0) FROM deliveries) END, :at)"
        " ON CONFLICT (channel_id, peer) DO UPDATE SET taken_over = excluded.taken_over,"
        "  handled_up_to = CASE WHEN excluded.taken_over THEN handled_up_to ELSE excluded.handled_up_to END,"
        "  changed_at = excluded.changed_at"));
    query.bindValue(QStringLiteral(":channel"), channelId);
    query.bindValue(QStringLiteral(":peer"), peer);
    query.bindValue(QStringLiteral(":taken"), takenOver ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), timeValue(at));
    bool ok = query.exec();
    QSqlQuery bump(m_db);
    if (ok) {
        bump.prepare(QStringLiteral("INSERT INTO forward_meta (key, value) VALUES (?, 1)"
                                    " ON CONFLICT(key) DO UPDATE SET value = value + 1"));
        bump.addBindValue(handoffGenerationKey);
        ok = bump.exec();
    }
    if (!ok || !m_db.commit()) {
        const Error error = queryError(query.lastError().isValid() ? query : bump, m_path);
        m_db.rollback();
        return error;
    }
    return Done{};
}

Result<QHash<QString, ForwardHandoff>> ForwardQueue::handoffs()
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT channel_id, peer, taken_over, handled_up_to FROM forward_handoff")))
        return queryError(query, m_path);
    QHash<QString, ForwardHandoff> handoffs;
    while (query.next())
        handoffs.insert(handoffKey(query.value(0).toString(), query.value(1).toString()),
                        {query.value(2).toInt() != 0, query.value(3).toLongLong()});
    return handoffs;
}

Result<QList<ForwardBacklog>> ForwardQueue::backlog()
{
    const Status opened = open();
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT q.channel_id, sum(q.parked_at IS NULL), sum(q.parked_at IS NOT NULL),"
                           " min(CASE WHEN q.parked_at IS NULL THEN d.received_at END),"
                           " (SELECT last_error FROM forward_queue l WHERE l.channel_id = q.channel_id"
                           "  AND l.last_error IS NOT NULL ORDER BY l.delivery_id DESC LIMIT 1)"
                           " FROM forward_queue q JOIN deliveries d ON d.id = q.delivery_id"
                           " GROUP BY q.channel_id ORDER BY q.channel_id")))
        return queryError(query, m_path);
    QList<ForwardBacklog> rows;
    while (query.next()) {
        ForwardBacklog row;
        row.channelId = query.value(0).toString();
        row.waiting = query.value(1).toLongLong();
        row.parked = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            row.oldestWaiting = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        row.lastError = query.value(4).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace ChannelDesk
