// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageStore.h"

#include "store/Database.h"
#include "store/SearchIndex.h"
#include "util/DataDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
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

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

} // namespace

//! The prepared statements of the writer, kept for the life of the store (preparing them again for
//! every batch cost more than the inserts), and a cache of conversation ids.
struct MessageStore::Writer
{
    explicit Writer(const QSqlDatabase& db)
        : insertDelivery(db)
        , findConversation(db)
        , insertConversation(db)
        , insertMessage(db)
        , touchConversation(db)
        , indexSearch(db)
        , applyKnownStatus(db)
        , insertStatus(db)
        , applyStatus(db)
        , insertEvent(db)
        , recordOptOut(db)
        , markJournal(db)
    {
        insertDelivery.prepare(
            QStringLiteral("INSERT INTO deliveries (channel_id, received_at, body) VALUES (?, ?, ?)"));
        findConversation.prepare(
            QStringLiteral("SELECT id FROM conversations WHERE channel_id = ? AND peer = ?"));
        insertConversation.prepare(
            QStringLiteral("INSERT INTO conversations (channel_id, peer) VALUES (?, ?)"));
        // Dedupe by the unique (channel_id, wamid): a retried delivery inserts nothing. The raw
        // JSON is bound as the UTF-8 bytes the parser made; the cast stores them as text without
        // a round trip through UTF-16.
        insertMessage.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO messages (conversation_id, channel_id, wamid, direction, type, "
            "subtype, text, media, context_id, timestamp, raw, delivery_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"));
        touchConversation.prepare(QStringLiteral(
            "UPDATE conversations SET"
            " peer_name = CASE WHEN :name <> '' THEN :name ELSE peer_name END,"
            " last_preview = CASE WHEN :at >= last_message_at THEN :preview ELSE last_preview END,"
            " last_type = CASE WHEN :at >= last_message_at THEN :type ELSE last_type END,"
            " last_direction = CASE WHEN :at >= last_message_at THEN :dir ELSE last_direction END,"
            " last_message_at = MAX(last_message_at, :at),"
            " last_inbound_at = CASE WHEN :dir = 'in' THEN MAX(last_inbound_at, :at) ELSE last_inbound_at "
            "END,"
            " unread_count = unread_count + (CASE WHEN :dir = 'in' THEN 1 ELSE 0 END)"
            " WHERE id = :id"));
        // An ack or status can arrive before the outbound message itself is stored.
        applyKnownStatus.prepare(QStringLiteral("UPDATE messages SET status = s.status, status_at = "
                                                "s.timestamp FROM (SELECT status, timestamp FROM"
                                                " statuses WHERE channel_id = :channel AND wamid = :wamid "
                                                "ORDER BY CASE status WHEN 'failed' THEN 9"
                                                " WHEN 'played' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' "
                                                "THEN 2 WHEN 'sent' THEN 1 ELSE 0 END DESC"
                                                " LIMIT 1) AS s WHERE messages.id = :id"));
        insertStatus.prepare(QStringLiteral("INSERT OR IGNORE INTO statuses (channel_id, wamid, status, "
                                            "timestamp, recipient, errors, raw, delivery_id)"
                                            " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"));
        // Statuses arrive out of order; a message's status only ever moves up.
        applyStatus.prepare(QStringLiteral(
            "UPDATE messages SET status = :status, status_at = :at WHERE channel_id = :channel AND wamid = "
            ":wamid AND"
            " (CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'played' THEN 4"
            " WHEN 'failed' THEN 9 ELSE 0 END) < :rank"));
        insertEvent.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, "
                                           "detail, remote) VALUES (?, ?, ?, ?, ?, ?)"));
        // The first opt-out counts; a customer who writes STOP twice opted out once.
        recordOptOut.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO opt_outs (channel_id, peer, at, word) VALUES (?, ?, ?, ?)"));
        markJournal.prepare(QStringLiteral("UPDATE journal_progress SET upto = ?"));
    }

    QSqlQuery insertDelivery;
    QSqlQuery findConversation;
    QSqlQuery insertConversation;
    QSqlQuery insertMessage;
    QSqlQuery touchConversation;
    QSqlQuery indexSearch;
    QSqlQuery applyKnownStatus;
    QSqlQuery insertStatus;
    QSqlQuery applyStatus;
    QSqlQuery insertEvent;
    QSqlQuery recordOptOut;
    QSqlQuery markJournal;
    OptOutWords optOutWords;
    //! channel -> peer -> conversation id; cleared on rollback. Two levels, so that a lookup
    //! builds no key string.
    QHash<QString, QHash<QString, qint64>> conversationIds;
    bool insertedMessages = false; //!< in the current transaction
};

namespace {

bool conversationFor(MessageStore::Writer& w, const QString& channelId, const QString& peer, qint64* id)
{
    QHash<QString, qint64>& peers = w.conversationIds[channelId];
    const auto cached = peers.constFind(peer);
    if (cached != peers.cend()) {
        *id = *cached;
        return true;
    }
    w.findConversation.addBindValue(nn(channelId));
    w.findConversation.addBindValue(nn(peer));
    if (!w.findConversation.exec())
        return false;
    if (w.findConversation.next()) {
        *id = w.findConversation.value(0).toLongLong();
    } else {
        w.insertConversation.addBindValue(nn(channelId));
        w.insertConversation.addBindValue(nn(peer));
        if (!w.insertConversation.exec())
            return false;
        *id = w.insertConversation.lastInsertId().toLongLong();
    }
    peers.insert(peer, *id);
    return true;
}

//! One message to insert, from a webhook or a gateway.
struct NewMessage
{
    QString channelId;
    QString peer;
    QString peerName;
    QString messageId;
    QString direction; //!< "in" or "out"
    QString type;
    QString subtype;
    QString text;
    QJsonObject media;
    QString contextId;
    qint64 at = 0;
    QByteArray rawJson; //!< compact UTF-8
    QVariant deliveryId;
};

//! Inserts unless the (channel, wamid) exists; returns false on a database error.
bool insertNew(MessageStore::Writer& w, const NewMessage& m, bool* inserted)
{
    qint64 conversationId = 0;
    if (!conversationFor(w, m.channelId, m.peer, &conversationId))
        return false;
    w.insertMessage.addBindValue(conversationId);
    w.insertMessage.addBindValue(nn(m.channelId));
    w.insertMessage.addBindValue(nn(m.messageId));
    w.insertMessage.addBindValue(m.direction);
    w.insertMessage.addBindValue(nn(m.type));
    w.insertMessage.addBindValue(nn(m.subtype));
    w.insertMessage.addBindValue(nn(m.text));
    w.insertMessage.addBindValue(m.media.isEmpty() ? QVariant()
                                                   : QVariant(QString::fromUtf8(compact(m.media))));
    w.insertMessage.addBindValue(m.contextId.isEmpty() ? QVariant() : QVariant(m.contextId));
    w.insertMessage.addBindValue(m.at);
    w.insertMessage.addBindValue(m.rawJson);
    w.insertMessage.addBindValue(m.deliveryId);
    if (!w.insertMessage.exec())
        return false;
    *inserted = w.insertMessage.numRowsAffected() > 0;
    if (!*inserted)
        return true;
    const qint64 messageId = w.insertMessage.lastInsertId().toLongLong();
    w.insertedMessages = true;
    if (m.direction == QLatin1String("out")) {
        w.applyKnownStatus.bindValue(QStringLiteral(":channel"), nn(m.channelId));
        w.applyKnownStatus.bindValue(QStringLiteral(":wamid"), nn(m.messageId));
        w.applyKnownStatus.bindValue(QStringLiteral(":id"), messageId);
        if (!w.applyKnownStatus.exec())
            return false;
    }
    w.touchConversation.bindValue(QStringLiteral(":name"), nn(m.peerName));
    w.touchConversation.bindValue(QStringLiteral(":at"), m.at);
    w.touchConversation.bindValue(QStringLiteral(":preview"),
                                  m.text.isEmpty() ? QLatin1Char('[') + m.type + QLatin1Char(']')
                                                   : m.text.left(200));
    w.touchConversation.bindValue(QStringLiteral(":type"), nn(m.type));
    w.touchConversation.bindValue(QStringLiteral(":dir"), m.direction);
    w.touchConversation.bindValue(QStringLiteral(":id"), conversationId);
    return w.touchConversation.exec();
}

//! An inbound text that is just an opt-out word ("STOP") opts its sender out of further sends.
bool recordOptOutIfAsked(MessageStore::Writer& w, const NewMessage& n)
{
    if (!w.optOutWords.matches(n.text))
        return true;
    w.recordOptOut.addBindValue(nn(n.channelId));
    w.recordOptOut.addBindValue(nn(n.peer));
    w.recordOptOut.addBindValue(n.at);
    w.recordOptOut.addBindValue(n.text.trimmed().left(40));
    return w.recordOptOut.exec();
}

bool storeMessage(MessageStore::Writer& w, const Delivery& delivery, qint64 deliveryId,
                  const InboundMessage& m, DeliveryOutcome& outcome)
{
    NewMessage n{delivery.channelId,
                 !m.from.isEmpty() ? m.from : m.fromUserId,
                 m.profileName,
                 m.messageId,
                 QStringLiteral("in"),
                 m.type,
                 m.subtype,
                 m.text,
                 m.media,
                 m.contextMessageId,
                 millis(m.timestamp, delivery.receivedAt),
                 m.rawJson.isEmpty() ? compact(m.raw) : m.rawJson,
                 deliveryId};
    bool inserted = false;
    if (!insertNew(w, n, &inserted))
        return false;
    ++(inserted ? outcome.newMessages : outcome.duplicateMessages);
    return !inserted || m.type != QLatin1String("text") || recordOptOutIfAsked(w, n);
}

bool storeStatus(MessageStore::Writer& w, const Delivery& delivery, qint64 deliveryId, const StatusUpdate& s,
                 DeliveryOutcome& outcome)
{
    const qint64 at = millis(s.timestamp, delivery.receivedAt);
    w.insertStatus.addBindValue(nn(delivery.channelId));
    w.insertStatus.addBindValue(nn(s.messageId));
    w.insertStatus.addBindValue(nn(s.status));
    w.insertStatus.addBindValue(at);
    w.insertStatus.addBindValue(nn(s.recipientId));
    w.insertStatus.addBindValue(s.errors.isEmpty() ? QVariant() : QVariant(compact(s.errors)));
    w.insertStatus.addBindValue(s.rawJson.isEmpty() ? compact(s.raw) : s.rawJson);
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
    , m_settingsPath(DataDirectory::settingsPath(QFileInfo(m_path).absolutePath()))
{
    reloadSettingsIfChanged();
}

void MessageStore::reloadSettingsIfChanged()
{
    // The opt-out words are a setting of the data directory the database lives in; an operator
    // may change them while the receiver runs.
    const QDateTime stamp = QFileInfo(m_settingsPath).lastModified();
    if (m_explicitWords || (m_settingsRead && stamp == m_settingsStamp))
        return;
    m_settingsRead = true;
    m_settingsStamp = stamp;
    setWords(OptOutWords::fromSettings(QSettings(m_settingsPath, QSettings::IniFormat)));
}

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

MessageStore::~MessageStore() = default;

void MessageStore::setOptOutWords(const OptOutWords& words)
{
    m_explicitWords = true;
    setWords(words);
}

void MessageStore::setWords(const OptOutWords& words)
{
    m_optOutWords = words;
    if (m_writer)
        m_writer->optOutWords = words;
}

Error MessageStore::writerError() const
{
    for (const QSqlQuery* query :
         {&m_writer->insertDelivery, &m_writer->findConversation, &m_writer->insertConversation,
          &m_writer->insertMessage, &m_writer->touchConversation, &m_writer->indexSearch,
          &m_writer->applyKnownStatus, &m_writer->insertStatus, &m_writer->applyStatus,
          &m_writer->insertEvent, &m_writer->recordOptOut, &m_writer->markJournal}) {
        if (query->lastError().isValid())
            return queryError(*query);
    }
    return Error{1, QCoreApplication::translate("MessageStore", "Database error")};
}

void MessageStore::setSearchIndexInterval(int intervalMs)
{
    m_indexIntervalMs = intervalMs;
}

int MessageStore::msUntilIndexDue() const
{
    if (m_indexBacklog)
        return 0;
    if (!m_indexPending)
        return -1;
    if (!m_lastIndexed.isValid())
        return 0;
    return int(qMax<qint64>(0, m_indexIntervalMs - m_lastIndexed.elapsed()));
}

Status MessageStore::indexPendingMessages(Indexing amount)
{
    const Status indexed = write([](Writer&) { return true; }, amount);
    // Also when the database could not even be opened: the caller retries when due, not at once.
    if (!indexed.ok()) {
        m_indexBacklog = false;
        m_lastIndexed.restart();
    }
    return indexed;
}

Status MessageStore::write(const std::function<bool(Writer&)>& body, Indexing indexing)
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    reloadSettingsIfChanged();
    if (!m_writer) {
        m_writer = std::make_unique<Writer>(conn);
        m_writer->optOutWords = m_optOutWords;
    }
    Writer& w = *m_writer;
    if (!conn.transaction())
        return Error{1, conn.lastError().text()};
    w.insertedMessages = false;
    bool ok = body(w);
    m_indexPending = m_indexPending || w.insertedMessages;
    const bool index = ok && (indexing != Indexing::WhenDue || msUntilIndexDue() == 0);
    bool moreMessages = false;
    bool merged = false;
    if (index) {
        // A deferring writer indexes in chunks, so that a backlog (after a burst or a crash)
        // delays each acknowledgement by one chunk only.
        const int limit = indexing == Indexing::Everything || m_indexIntervalMs == 0 ? 0 : kSearchIndexChunk;
        ok = SearchIndex::catchUp(w.indexSearch, limit, &moreMessages)
            && SearchIndex::mergeStep(w.indexSearch, &merged);
        // Success or not, the next attempt waits an interval: a failing index must not spin.
        m_indexBacklog = false;
        m_lastIndexed.restart();
    }
    if (!ok) {
        const Error error = writerError();
        conn.rollback();
        // Conversations created in the rolled-back transaction no longer exist.
        w.conversationIds.clear();
        return error;
    }
    // With synchronous=FULL the commit returns only after the WAL is on stable storage.
    if (!conn.commit()) {
        const Error error{1, conn.lastError().text()};
        conn.rollback();
        w.conversationIds.clear();
        return error;
    }
    if (index) {
        m_indexPending = moreMessages;
        m_indexBacklog = moreMessages || merged;
    }
    return Done{};
}

Result<QList<DeliveryOutcome>> MessageStore::commitDeliveries(const QList<Delivery>& deliveries)
{
    QList<DeliveryOutcome> outcomes;
    const Status written = write([&](Writer& w) {
        outcomes.clear();
        outcomes.reserve(deliveries.size());
        for (const Delivery& delivery : deliveries) {
            DeliveryOutcome outcome;
            // A journaled delivery's raw body stays in the journal; writing it here again cost
            // the receiver's builder a quarter of its disk writes.
            if (delivery.journalId > 0) {
                outcome.deliveryId = delivery.journalId;
            } else {
                w.insertDelivery.addBindValue(nn(delivery.channelId));
                w.insertDelivery.addBindValue(delivery.receivedAt.toMSecsSinceEpoch());
                w.insertDelivery.addBindValue(delivery.body);
                if (!w.insertDelivery.exec())
                    return false;
                outcome.deliveryId = w.insertDelivery.lastInsertId().toLongLong();
            }
            for (const InboundMessage& message : delivery.batch.messages) {
                if (!storeMessage(w, delivery, outcome.deliveryId, message, outcome))
                    return false;
            }
            for (const StatusUpdate& status : delivery.batch.statuses) {
                if (!storeStatus(w, delivery, outcome.deliveryId, status, outcome))
                    return false;
            }
            for (const ValueError& error : delivery.batch.errors) {
                const QString detail
                    = error.details.isEmpty() ? QString() : QStringLiteral(" — ") + error.details;
                const ChannelEvent event{delivery.channelId,           delivery.receivedAt,
                                         QStringLiteral("meta-error"), QString::number(error.code),
                                         error.message + detail,       {}};
                if (!storeEvent(w.insertEvent, event))
                    return false;
            }
            outcomes.append(outcome);
        }
        const qint64 journalUpto = deliveries.isEmpty() ? 0 : deliveries.constLast().journalId;
        if (journalUpto > 0) {
            w.markJournal.addBindValue(journalUpto);
            return w.markJournal.exec();
        }
        return true;
    });
    if (!written.ok())
        return written.error();
    return outcomes;
}

Result<qint64> MessageStore::journalProgress() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT upto FROM journal_progress")) || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

Result<int> MessageStore::commitGatewayEvents(const QList<GatewayEvent>& events)
{
    int newMessages = 0;
    const Status written = write([&](Writer& w) {
        newMessages = 0;
        DeliveryOutcome unused;
        for (const GatewayEvent& event : events) {
            const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
            if (!event.ackMessageId.isEmpty()) {
                StatusUpdate status;
                status.messageId = event.ackMessageId;
                status.status = event.ackStatus;
                status.timestamp = at;
                status.raw = QJsonObject{{QStringLiteral("ack"), event.ackStatus}};
                if (!storeStatus(w, Delivery{event.channelId, at, {}, {}}, 0, status, unused))
                    return false;
                continue;
            }
            const GatewayMessage& m = event.message;
            const NewMessage n{event.channelId,
                               m.peer,
                               m.fromMe ? QString() : m.peerName,
                               m.messageId,
                               m.fromMe ? QStringLiteral("out") : QStringLiteral("in"),
                               m.type.isEmpty() ? QStringLiteral("text") : m.type,
                               {},
                               m.text,
                               {},
                               {},
                               millis(m.timestamp, at),
                               compact(m.raw),
                               {}};
            bool inserted = false;
            if (!insertNew(w, n, &inserted))
                return false;
            newMessages += inserted ? 1 : 0;
            if (inserted && !m.fromMe && !recordOptOutIfAsked(w, n))
                return false;
        }
        return true;
    });
    if (!written.ok())
        return written.error();
    return newMessages;
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
