// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageWriter.h"

#include "store/Database.h"
#include "store/StoreDiagnosis.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

namespace ChannelDesk {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

//! Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

} // namespace

MessageWriter::MessageWriter(const QSqlDatabase& db)
    : m_findConversation("SELECT id FROM conversations WHERE channel_id = ? AND peer = ?")
    , m_insertConversation("INSERT INTO conversations (channel_id, peer) VALUES (?, ?)")
    // Dedupe by the unique (channel_id, wamid): a retried delivery inserts nothing. The raw JSON
    // is bound as the UTF-8 bytes the parser made.
    , m_insertMessage("INSERT OR IGNORE INTO messages (conversation_id, channel_id, wamid, direction, type,"
                      " subtype, text, media, context_id, timestamp, raw, delivery_id)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_touchConversation(
          "UPDATE conversations SET"
          " peer_name = CASE WHEN :name <> '' THEN :name ELSE peer_name END,"
          " last_preview = CASE WHEN :at >= last_message_at THEN :preview ELSE last_preview END,"
          " last_type = CASE WHEN :at >= last_message_at THEN :type ELSE last_type END,"
          " last_direction = CASE WHEN :at >= last_message_at THEN :dir ELSE last_direction END,"
          " last_message_at = MAX(last_message_at, :at),"
          " last_inbound_at = CASE WHEN :dir = 'in' THEN MAX(last_inbound_at, :at) ELSE last_inbound_at END,"
          " unread_count = unread_count + (CASE WHEN :dir = 'in' THEN 1 ELSE 0 END)"
          " WHERE id = :id")
    // An ack or status can arrive before the outbound message itself is stored.
    , m_applyKnownStatus("UPDATE messages SET status = s.status, status_at = s.timestamp FROM (SELECT status,"
                         " timestamp FROM statuses WHERE channel_id = :channel AND wamid = :wamid"
                         " ORDER BY CASE status WHEN 'failed' THEN 9 WHEN 'played' THEN 4 WHEN 'read' THEN 3"
                         " WHEN 'delivered' THEN 2 WHEN 'sent' THEN 1 ELSE 0 END DESC LIMIT 1) AS s"
                         " WHERE messages.id = :id")
    , m_insertStatus(
          "INSERT OR IGNORE INTO statuses (channel_id, wamid, status, timestamp, recipient, errors,"
          " raw, delivery_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    // Statuses arrive out of order; a message's status only ever moves up.
    , m_applyStatus("UPDATE messages SET status = :status, status_at = :at WHERE channel_id = :channel AND"
                    " wamid = :wamid AND (CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2"
                    " WHEN 'read' THEN 3 WHEN 'played' THEN 4 WHEN 'failed' THEN 9 ELSE 0 END) < :rank")
    , m_insertStreamEvent(
          "INSERT INTO stream_events (at, channel_id, type, body, ref) VALUES (?, ?, ?, ?, ?)")
    , m_indexSearch(db)
    , m_insertEvent(db)
    , m_recordOptOut(db)
    , m_markJournal(db)
{
    m_insertEvent.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, "
                                         "detail, remote) VALUES (?, ?, ?, ?, ?, ?)"));
    m_recordOptOut.prepare(
        QStringLiteral("INSERT OR IGNORE INTO opt_outs (channel_id, peer, at, word) VALUES (?, ?, ?, ?)"));
    m_markJournal.prepare(QStringLiteral("UPDATE journal_progress SET upto = ?"));
}

MessageWriter::~MessageWriter() = default;

bool MessageWriter::attach(const QSqlDatabase& db)
{
    m_db = SqliteStatement::handleOf(db);
    return m_db != nullptr;
}

void MessageWriter::detach()
{
    for (SqliteStatement* statement : statements())
        statement->detach();
    m_db = nullptr;
}

std::array<SqliteStatement*, 8> MessageWriter::statements()
{
    return {&m_findConversation, &m_insertConversation, &m_insertMessage, &m_touchConversation,
            &m_applyKnownStatus, &m_insertStatus,       &m_applyStatus,   &m_insertStreamEvent};
}

bool MessageWriter::use(SqliteStatement& statement)
{
    return m_db && statement.attach(m_db);
}

int MessageWriter::statusRank(const QString& status)
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

Error MessageWriter::error() const
{
    for (const SqliteStatement* statement : const_cast<MessageWriter*>(this)->statements()) {
        if (!statement->failed())
            continue;
        return statementError(*statement);
    }
    for (const QSqlQuery* query : {&m_indexSearch, &m_insertEvent, &m_recordOptOut, &m_markJournal}) {
        if (query->lastError().isValid())
            return queryError(*query);
    }
    return Error{ErrorCode::Failed, QCoreApplication::translate("Database", "Database error")};
}

bool MessageWriter::conversationFor(const QString& channelId, const QString& peer, qint64* id)
{
    QHash<QString, qint64>& peers = m_conversationIds[channelId];
    const auto cached = peers.constFind(peer);
    if (cached != peers.cend()) {
        *id = *cached;
        return true;
    }
    if (!use(m_findConversation))
        return false;
    m_findConversation.bind(1, channelId);
    m_findConversation.bind(2, peer);
    const bool found = m_findConversation.next();
    if (found)
        *id = m_findConversation.columnInt64(0);
    // A statement left on its row keeps this connection's read snapshot after the commit; once
    // another connection writes, every later BEGIN IMMEDIATE here fails at once as "database is
    // locked" (a stale snapshot is not waited for), and the builder stalls for good.
    m_findConversation.reset();
    if (m_findConversation.failed())
        return false;
    if (!found) {
        if (!use(m_insertConversation))
            return false;
        m_insertConversation.bind(1, channelId);
        m_insertConversation.bind(2, peer);
        if (!m_insertConversation.run())
            return false;
        *id = m_insertConversation.lastInsertRowId();
    }
    peers.insert(peer, *id);
    return true;
}

bool MessageWriter::addMessage(const MessageRecord& m, bool* inserted)
{
    qint64 conversationId = 0;
    if (!conversationFor(m.channelId, m.peer, &conversationId) || !use(m_insertMessage))
        return false;
    m_insertMessage.bind(1, conversationId);
    m_insertMessage.bind(2, m.channelId);
    m_insertMessage.bind(3, m.messageId);
    m_insertMessage.bind(4, m.direction);
    m_insertMessage.bind(5, m.type);
    m_insertMessage.bind(6, m.subtype);
    m_insertMessage.bind(7, m.text);
    if (m.media.isEmpty())
        m_insertMessage.bindNull(8);
    else
        m_insertMessage.bindUtf8(8, compact(m.media));
    m_insertMessage.bindOrNull(9, m.contextId);
    m_insertMessage.bind(10, m.at);
    m_insertMessage.bindUtf8(11, m.rawJson);
    if (m.deliveryId.isNull())
        m_insertMessage.bindNull(12);
    else
        m_insertMessage.bind(12, m.deliveryId.toLongLong());
    if (!m_insertMessage.run())
        return false;
    *inserted = m_insertMessage.changes() > 0;
    if (!*inserted)
        return true;
    const qint64 messageId = m_insertMessage.lastInsertRowId();
    m_lastRowId = messageId;
    ++m_insertedMessages;
    if (m.direction == QLatin1String("out")) {
        if (!use(m_applyKnownStatus))
            return false;
        m_applyKnownStatus.bind(m_applyKnownStatus.parameter(":channel"), m.channelId);
        m_applyKnownStatus.bind(m_applyKnownStatus.parameter(":wamid"), m.messageId);
        m_applyKnownStatus.bind(m_applyKnownStatus.parameter(":id"), messageId);
        if (!m_applyKnownStatus.run())
            return false;
    }
    if (!use(m_touchConversation))
        return false;
    SqliteStatement& touch = m_touchConversation;
    touch.bind(touch.parameter(":name"), m.peerName);
    touch.bind(touch.parameter(":at"), m.at);
    // The text only: the list words the kind (last_type) when it shows it, in its own language.
    touch.bind(touch.parameter(":preview"), m.text.left(200));
    touch.bind(touch.parameter(":type"), m.type);
    touch.bind(touch.parameter(":dir"), m.direction);
    touch.bind(touch.parameter(":id"), conversationId);
    return touch.run();
}

bool MessageWriter::addStatus(const StatusRecord& s, bool* inserted)
{
    if (!use(m_insertStatus))
        return false;
    m_insertStatus.bind(1, s.channelId);
    m_insertStatus.bind(2, s.messageId);
    m_insertStatus.bind(3, s.status);
    m_insertStatus.bind(4, s.at);
    m_insertStatus.bind(5, s.recipient);
    if (s.errors.isEmpty())
        m_insertStatus.bindNull(6);
    else
        m_insertStatus.bindUtf8(6, compact(s.errors));
    m_insertStatus.bindUtf8(7, s.rawJson);
    m_insertStatus.bind(8, s.deliveryId);
    if (!m_insertStatus.run())
        return false;
    *inserted = m_insertStatus.changes() > 0;
    if (!*inserted)
        return true;
    m_lastRowId = m_insertStatus.lastInsertRowId();
    if (!use(m_applyStatus))
        return false;
    m_applyStatus.bind(m_applyStatus.parameter(":status"), s.status);
    m_applyStatus.bind(m_applyStatus.parameter(":at"), s.at);
    m_applyStatus.bind(m_applyStatus.parameter(":channel"), s.channelId);
    m_applyStatus.bind(m_applyStatus.parameter(":wamid"), s.messageId);
    m_applyStatus.bind(m_applyStatus.parameter(":rank"), qint64(statusRank(s.status)));
    return m_applyStatus.run();
}

bool MessageWriter::addEvent(const ChannelEvent& event)
{
    m_insertEvent.addBindValue(nn(event.channelId));
    m_insertEvent.addBindValue(event.at.toMSecsSinceEpoch());
    m_insertEvent.addBindValue(nn(event.kind));
    m_insertEvent.addBindValue(nn(event.reason));
    m_insertEvent.addBindValue(nn(event.detail));
    m_insertEvent.addBindValue(nn(event.remote));
    return m_insertEvent.exec();
}

bool MessageWriter::addStreamEvent(qint64 at, const QString& channelId, const QString& type,
                                   const QByteArray& body, qint64 ref)
{
    if (!use(m_insertStreamEvent))
        return false;
    m_insertStreamEvent.bind(1, at);
    m_insertStreamEvent.bind(2, channelId);
    m_insertStreamEvent.bind(3, type);
    m_insertStreamEvent.bindUtf8(4, body);
    if (ref > 0)
        m_insertStreamEvent.bind(5, ref);
    else
        m_insertStreamEvent.bindNull(5);
    return m_insertStreamEvent.run();
}

bool MessageWriter::recordOptOut(const QString& channelId, const QString& peer, qint64 at,
                                 const QString& word)
{
    m_recordOptOut.addBindValue(nn(channelId));
    m_recordOptOut.addBindValue(nn(peer));
    m_recordOptOut.addBindValue(at);
    m_recordOptOut.addBindValue(word);
    return m_recordOptOut.exec();
}

bool MessageWriter::markJournal(qint64 upto)
{
    m_markJournal.addBindValue(upto);
    return m_markJournal.exec();
}

} // namespace ChannelDesk
