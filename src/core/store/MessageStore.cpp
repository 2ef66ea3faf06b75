// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageStore.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk {
namespace {

Error queryError(const QSqlQuery& query)
{
    return Error{
        1, QCoreApplication::translate("MessageStore", "Database error: %1").arg(query.lastError().text())};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

//! Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

qint64 millis(const QDateTime& time, const QDateTime& fallback)
{
    return (time.isValid() ? time : fallback).toMSecsSinceEpoch();
}

QString preview(const InboundMessage& message)
{
    if (!message.text.isEmpty())
        return message.text.left(200);
    return QLatin1Char('[') + message.type + QLatin1Char(']');
}

//! The statements of one write transaction, prepared once per batch.
struct Writer
{
    explicit Writer(const QSqlDatabase& db)
        : insertDelivery(db)
        , findMessage(db)
        , upsertConversation(db)
        , insertMessage(db)
        , insertStatus(db)
        , applyStatus(db)
        , insertEvent(db)
    {
        insertDelivery.prepare(
            QStringLiteral("INSERT INTO deliveries (channel_id, received_at, body) VALUES (?, ?, ?)"));
        findMessage.prepare(QStringLiteral("SELECT 1 FROM messages WHERE channel_id = ? AND wamid = ?"));
        upsertConversation.prepare(QStringLiteral(
            "INSERT INTO conversations (channel_id, peer, peer_name, last_message_at, last_inbound_at, "
            "last_preview,"
            " last_type, last_direction, unread_count) VALUES (:channel, :peer, :name, :at, :at, :preview, "
            ":type, 'in', 1)"
            " ON CONFLICT (channel_id, peer) DO UPDATE SET"
            " peer_name = CASE WHEN excluded.peer_name <> '' THEN excluded.peer_name ELSE peer_name END,"
            " last_preview = CASE WHEN excluded.last_message_at >= last_message_at THEN "
            "excluded.last_preview ELSE last_preview END,"
            " last_type = CASE WHEN excluded.last_message_at >= last_message_at THEN excluded.last_type ELSE "
            "last_type END,"
            " last_direction = CASE WHEN excluded.last_message_at >= last_message_at THEN 'in' ELSE "
            "last_direction END,"
            " last_message_at = MAX(last_message_at, excluded.last_message_at),"
            " last_inbound_at = MAX(last_inbound_at, excluded.last_inbound_at),"
            " unread_count = unread_count + 1"
            " RETURNING id"));
        insertMessage.prepare(
            QStringLiteral("INSERT INTO messages (conversation_id, channel_id, wamid, direction, type, "
                           "subtype, text, media, context_id,"
                           " timestamp, raw, delivery_id) VALUES (?, ?, ?, 'in', ?, ?, ?, ?, ?, ?, ?, ?)"));
        insertStatus.prepare(QStringLiteral("INSERT OR IGNORE INTO statuses (channel_id, wamid, status, "
                                            "timestamp, recipient, errors, raw, delivery_id)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        // Statuses arrive out of order; a message's status only ever moves up.
        applyStatus.prepare(QStringLiteral(
            "UPDATE messages SET status = :status, status_at = :at WHERE channel_id = :channel AND wamid = "
            ":wamid AND"
            " (CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'played' THEN 4"
            " WHEN 'failed' THEN 9 ELSE 0 END) < :rank"));
        insertEvent.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, "
                                           "detail, remote) VALUES (?, ?, ?, ?, ?, ?)"));
    }

    QSqlQuery insertDelivery;
    QSqlQuery findMessage;
    QSqlQuery upsertConversation;
    QSqlQuery insertMessage;
    QSqlQuery insertStatus;
    QSqlQuery applyStatus;
    QSqlQuery insertEvent;
};

bool storeMessage(Writer& w, const Delivery& delivery, qint64 deliveryId, const InboundMessage& m,
                  DeliveryOutcome& outcome)
{
    w.findMessage.addBindValue(nn(delivery.channelId));
    w.findMessage.addBindValue(nn(m.messageId));
    if (!w.findMessage.exec())
        return false;
    const bool duplicate = w.findMessage.next();
    w.findMessage.finish();
    if (duplicate) {
        ++outcome.duplicateMessages;
        return true;
    }
    const QString peer = !m.from.isEmpty() ? m.from : m.fromUserId;
    const qint64 at = millis(m.timestamp, delivery.receivedAt);
    w.upsertConversation.bindValue(QStringLiteral(":channel"), nn(delivery.channelId));
    w.upsertConversation.bindValue(QStringLiteral(":peer"), nn(peer));
    w.upsertConversation.bindValue(QStringLiteral(":name"), nn(m.profileName));
    w.upsertConversation.bindValue(QStringLiteral(":at"), at);
    w.upsertConversation.bindValue(QStringLiteral(":preview"), preview(m));
    w.upsertConversation.bindValue(QStringLiteral(":type"), nn(m.type));
    if (!w.upsertConversation.exec() || !w.upsertConversation.next())
        return false;
    const qint64 conversationId = w.upsertConversation.value(0).toLongLong();
    w.upsertConversation.finish();

    w.insertMessage.addBindValue(conversationId);
    w.insertMessage.addBindValue(nn(delivery.channelId));
    w.insertMessage.addBindValue(nn(m.messageId));
    w.insertMessage.addBindValue(nn(m.type));
    w.insertMessage.addBindValue(nn(m.subtype));
    w.insertMessage.addBindValue(nn(m.text));
    w.insertMessage.addBindValue(m.media.isEmpty() ? QVariant() : QVariant(compact(m.media)));
    w.insertMessage.addBindValue(m.contextMessageId.isEmpty() ? QVariant() : QVariant(m.contextMessageId));
    w.insertMessage.addBindValue(at);
    w.insertMessage.addBindValue(compact(m.raw));
    w.insertMessage.addBindValue(deliveryId);
    if (!w.insertMessage.exec())
        return false;
    ++outcome.newMessages;
    return true;
}

bool storeStatus(Writer& w, const Delivery& delivery, qint64 deliveryId, const StatusUpdate& s,
                 DeliveryOutcome& outcome)
{
    const qint64 at = millis(s.timestamp, delivery.receivedAt);
    w.insertStatus.addBindValue(nn(delivery.channelId));
    w.insertStatus.addBindValue(nn(s.messageId));
    w.insertStatus.addBindValue(nn(s.status));
    w.insertStatus.addBindValue(at);
    w.insertStatus.addBindValue(nn(s.recipientId));
    w.insertStatus.addBindValue(s.errors.isEmpty() ? QVariant() : QVariant(compact(s.errors)));
    w.insertStatus.addBindValue(compact(s.raw));
    w.insertStatus.addBindValue(deliveryId);
    if (!w.insertStatus.exec())
        return false;
    if (w.insertStatus.numRowsAffected() == 0) {
        ++outcome.duplicateStatuses;
        return true;
    }
    ++outcome.newStatuses;
    w.applyStatus.bindValue(QStringLiteral(":status"), nn(s.status));
    w.applyStatus.bindValue(QStringLiteral(":at"), at);
    w.applyStatus.bindValue(QStringLiteral(":channel"), nn(delivery.channelId));
    w.applyStatus.bindValue(QStringLiteral(":wamid"), nn(s.messageId));
    w.applyStatus.bindValue(QStringLiteral(":rank"), MessageStore::statusRank(s.status));
    return w.applyStatus.exec();
}

bool storeEvent(QSqlQuery& insert, const ChannelEvent& event)
{
    insert.addBindValue(nn(event.channelId));
    insert.addBindValue(event.at.toMSecsSinceEpoch());
    insert.addBindValue(nn(event.kind));
    insert.addBindValue(nn(event.reason));
    insert.addBindValue(nn(event.detail));
    insert.addBindValue(nn(event.remote));
    return insert.exec();
}

} // namespace

MessageStore::MessageStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

int MessageStore::statusRank(const QString& status)
{
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("delivered"))
        return 2;
    if (status == QLatin1String("read"))
        return 3;
    if (status == QLatin1String("played"))
        return 4;
    if (status == QLatin1String("failed"))
        return 9;
    return 0;
}

Result<QList<DeliveryOutcome>> MessageStore::commitDeliveries(const QList<Delivery>& deliveries) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!conn.transaction())
        return Error{1, conn.lastError().text()};
    Writer w(conn);
    QList<DeliveryOutcome> outcomes;
    outcomes.reserve(deliveries.size());
    auto fail = [&](const QSqlQuery& query) {
        const Error error = queryError(query);
        conn.rollback();
        return error;
    };
    for (const Delivery& delivery : deliveries) {
        DeliveryOutcome outcome;
        w.insertDelivery.addBindValue(nn(delivery.channelId));
        w.insertDelivery.addBindValue(delivery.receivedAt.toMSecsSinceEpoch());
        w.insertDelivery.addBindValue(delivery.body);
        if (!w.insertDelivery.exec())
            return fail(w.insertDelivery);
        outcome.deliveryId = w.insertDelivery.lastInsertId().toLongLong();
        for (const InboundMessage& message : delivery.batch.messages) {
            if (!storeMessage(w, delivery, outcome.deliveryId, message, outcome))
                return fail(w.insertMessage.lastError().isValid() ? w.insertMessage : w.upsertConversation);
        }
        for (const StatusUpdate& status : delivery.batch.statuses) {
            if (!storeStatus(w, delivery, outcome.deliveryId, status, outcome))
                return fail(w.insertStatus);
        }
        for (const ValueError& error : delivery.batch.errors) {
            const ChannelEvent event{
                delivery.channelId,
                delivery.receivedAt,
                QStringLiteral("meta-error"),
                QString::number(error.code),
                error.message + (error.details.isEmpty() ? QString() : QStringLiteral(" — ") + error.details),
                {}};
            if (!storeEvent(w.insertEvent, event))
                return fail(w.insertEvent);
        }
        outcomes.append(outcome);
    }
    // With synchronous=FULL the commit returns only after the WAL is on stable storage.
    if (!conn.commit()) {
        const Error error{1, conn.lastError().text()};
        conn.rollback();
        return error;
    }
    return outcomes;
}

Status MessageStore::recordEvents(const QList<ChannelEvent>& events) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    conn.transaction();
    QSqlQuery insert(conn);
    insert.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, detail, remote) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ChannelEvent& event : events) {
        if (!storeEvent(insert, event)) {
            const Error error = queryError(insert);
            conn.rollback();
            return error;
        }
    }
    if (!conn.commit())
        return Error{1, conn.lastError().text()};
    return Done{};
}

Result<QList<LogEntry>> MessageStore::log(const LogQuery& query) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    // The newest N, then oldest first, like tail(1).
    select.prepare(QStringLiteral(
        "SELECT * FROM (SELECT m.channel_id, m.direction, c.peer, c.peer_name, m.wamid, m.type, m.subtype, "
        "m.text,"
        " m.timestamp, m.status, m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE (:channel = '' OR m.channel_id = :channel) AND (:peer = '' OR c.peer = :peer)"
        " ORDER BY m.timestamp DESC, m.id DESC LIMIT :limit) ORDER BY timestamp, id"));
    select.bindValue(QStringLiteral(":channel"),
                     QString(query.channelId.isNull() ? QString::fromLatin1("") : query.channelId));
    select.bindValue(QStringLiteral(":peer"),
                     QString(query.peer.isNull() ? QString::fromLatin1("") : query.peer));
    select.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    select.setForwardOnly(true);
    if (!select.exec())
        return queryError(select);
    QList<LogEntry> entries;
    while (select.next()) {
        LogEntry e;
        e.channelId = select.value(0).toString();
        e.direction = select.value(1).toString();
        e.peer = select.value(2).toString();
        e.peerName = select.value(3).toString();
        e.messageId = select.value(4).toString();
        e.type = select.value(5).toString();
        e.subtype = select.value(6).toString();
        e.text = select.value(7).toString();
        e.timestamp = QDateTime::fromMSecsSinceEpoch(select.value(8).toLongLong(), Qt::UTC);
        e.status = select.value(9).toString();
        entries.append(e);
    }
    return entries;
}

Result<QList<ChannelEvent>> MessageStore::recentEvents(const QString& channelId, int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    select.prepare(QStringLiteral("SELECT channel_id, at, kind, reason, detail, remote FROM channel_events"
                                  " WHERE channel_id = ? ORDER BY id DESC LIMIT ?"));
    select.addBindValue(channelId);
    select.addBindValue(limit);
    if (!select.exec())
        return queryError(select);
    QList<ChannelEvent> events;
    while (select.next()) {
        events.append({select.value(0).toString(),
                       QDateTime::fromMSecsSinceEpoch(select.value(1).toLongLong(), Qt::UTC),
                       select.value(2).toString(), select.value(3).toString(), select.value(4).toString(),
                       select.value(5).toString()});
    }
    return events;
}

} // namespace ChannelDesk
