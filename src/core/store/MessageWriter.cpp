// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageWriter.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace ChannelDesk {
namespace {

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

} // namespace

MessageWriter::MessageWriter(const QSqlDatabase& db)
    : m_findConversation(db)
    , m_insertConversation(db)
    , m_insertMessage(db)
    , m_touchConversation(db)
    , m_indexSearch(db)
    , m_applyKnownStatus(db)
    , m_insertStatus(db)
    , m_applyStatus(db)
    , m_insertEvent(db)
    , m_insertStreamEvent(db)
    , m_recordOptOut(db)
    , m_markJournal(db)
{
    m_findConversation.prepare(
        QStringLiteral("SELECT id FROM conversations WHERE channel_id = ? AND peer = ?"));
    m_insertConversation.prepare(
        QStringLiteral("INSERT INTO conversations (channel_id, peer) VALUES (?, ?)"));
    // Dedupe by the unique (channel_id, wamid): a retried delivery inserts nothing. The raw
    // JSON is bound as the UTF-8 bytes the parser made; the cast stores them as text without
    // a round trip through UTF-16.
    m_insertMessage.prepare(
        QStringLiteral("INSERT OR IGNORE INTO messages (conversation_id, channel_id, wamid, direction, type, "
                       "subtype, text, media, context_id, timestamp, raw, delivery_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"));
    m_touchConversation.prepare(QStringLiteral(
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
    m_applyKnownStatus.prepare(QStringLiteral("UPDATE messages SET status = s.status, status_at = "
                                              "s.timestamp FROM (SELECT status, timestamp FROM"
                                              " statuses WHERE channel_id = :channel AND wamid = :wamid "
                                              "ORDER BY CASE status WHEN 'failed' THEN 9"
                                              " WHEN 'played' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' "
                                              "THEN 2 WHEN 'sent' THEN 1 ELSE 0 END DESC"
                                              " LIMIT 1) AS s WHERE messages.id = :id"));
    m_insertStatus.prepare(QStringLiteral("INSERT OR IGNORE INTO statuses (channel_id, wamid, status, "
                                          "timestamp, recipient, errors, raw, delivery_id)"
                                          " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"));
    // Statuses arrive out of order; a message's status only ever moves up.
    m_applyStatus.prepare(QStringLiteral(
        "UPDATE messages SET status = :status, status_at = :at WHERE channel_id = :channel AND wamid = "
        ":wamid AND"
        " (CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'played' THEN 4"
        " WHEN 'failed' THEN 9 ELSE 0 END) < :rank"));
    m_insertEvent.prepare(QStringLiteral("INSERT INTO channel_events (channel_id, at, kind, reason, "
                                         "detail, remote) VALUES (?, ?, ?, ?, ?, ?)"));
    m_insertStreamEvent.prepare(QStringLiteral("INSERT INTO stream_events (at, channel_id, type, body)"
                                               " VALUES (?, ?, ?, CAST(? AS TEXT))"));
    m_recordOptOut.prepare(
        QStringLiteral("INSERT OR IGNORE INTO opt_outs (channel_id, peer, at, word) VALUES (?, ?, ?, ?)"));
    m_markJournal.prepare(QStringLiteral("UPDATE journal_progress SET upto = ?"));
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
    for (const QSqlQuery* query :
         {&m_findConversation, &m_insertConversation, &m_insertMessage, &m_touchConversation, &m_indexSearch,
          &m_applyKnownStatus, &m_insertStatus, &m_applyStatus, &m_insertEvent, &m_insertStreamEvent,
          &m_recordOptOut, &m_markJournal}) {
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
    m_findConversation.addBindValue(nn(channelId));
    m_findConversation.addBindValue(nn(peer));
    if (!m_findConversation.exec())
        return false;
    const bool found = m_findConversation.next();
    if (found)
        *id = m_findConversation.value(0).toLongLong();
    // A statement left on its row keeps this connection's read snapshot after the commit; once
    // another connection writes, every later BEGIN IMMEDIATE here fails at once as "database is
    // locked" (a stale snapshot is not waited for), and the builder stalls for good.
    m_findConversation.finish();
    if (!found) {
        m_insertConversation.addBindValue(nn(channelId));
        m_insertConversation.addBindValue(nn(peer));
        if (!m_insertConversation.exec())
            return false;
        *id = m_insertConversation.lastInsertId().toLongLong();
    }
    peers.insert(peer, *id);
    return true;
}

bool MessageWriter::addMessage(const MessageRecord& m, bool* inserted)
{
    qint64 conversationId = 0;
    if (!conversationFor(m.channelId, m.peer, &conversationId))
        return false;
    m_insertMessage.addBindValue(conversationId);
    m_insertMessage.addBindValue(nn(m.channelId));
    m_insertMessage.addBindValue(nn(m.messageId));
    m_insertMessage.addBindValue(m.direction);
    m_insertMessage.addBindValue(nn(m.type));
    m_insertMessage.addBindValue(nn(m.subtype));
    m_insertMessage.addBindValue(nn(m.text));
    m_insertMessage.addBindValue(m.media.isEmpty() ? QVariant()
                                                   : QVariant(QString::fromUtf8(compact(m.media))));
    m_insertMessage.addBindValue(m.contextId.isEmpty() ? QVariant() : QVariant(m.contextId));
    m_insertMessage.addBindValue(m.at);
    m_insertMessage.addBindValue(m.rawJson);
    m_insertMessage.addBindValue(m.deliveryId);
    if (!m_insertMessage.exec())
        return false;
    *inserted = m_insertMessage.numRowsAffected() > 0;
    if (!*inserted)
        return true;
    const qint64 messageId = m_insertMessage.lastInsertId().toLongLong();
    m_insertedMessages = true;
    if (m.direction == QLatin1String("out")) {
        m_applyKnownStatus.bindValue(QStringLiteral(":channel"), nn(m.channelId));
        m_applyKnownStatus.bindValue(QStringLiteral(":wamid"), nn(m.messageId));
        m_applyKnownStatus.bindValue(QStringLiteral(":id"), messageId);
        if (!m_applyKnownStatus.exec())
            return false;
    }
    m_touchConversation.bindValue(QStringLiteral(":name"), nn(m.peerName));
    m_touchConversation.bindValue(QStringLiteral(":at"), m.at);
    m_touchConversation.bindValue(QStringLiteral(":preview"),
                                  m.text.isEmpty() ? QLatin1Char('[') + m.type + QLatin1Char(']')
                                                   : m.text.left(200));
    m_touchConversation.bindValue(QStringLiteral(":type"), nn(m.type));
    m_touchConversation.bindValue(QStringLiteral(":dir"), m.direction);
    m_touchConversation.bindValue(QStringLiteral(":id"), conversationId);
    return m_touchConversation.exec();
}

bool MessageWriter::addStatus(const StatusRecord& s, bool* inserted)
{
    m_insertStatus.addBindValue(nn(s.channelId));
    m_insertStatus.addBindValue(nn(s.messageId));
    m_insertStatus.addBindValue(nn(s.status));
    m_insertStatus.addBindValue(s.at);
    m_insertStatus.addBindValue(nn(s.recipient));
    m_insertStatus.addBindValue(s.errors.isEmpty() ? QVariant() : QVariant(compact(s.errors)));
    m_insertStatus.addBindValue(s.rawJson);
    m_insertStatus.addBindValue(s.deliveryId);
    if (!m_insertStatus.exec())
        return false;
    *inserted = m_insertStatus.numRowsAffected() > 0;
    if (!*inserted)
        return true;
    m_applyStatus.bindValue(QStringLiteral(":status"), nn(s.status));
    m_applyStatus.bindValue(QStringLiteral(":at"), s.at);
    m_applyStatus.bindValue(QStringLiteral(":channel"), nn(s.channelId));
    m_applyStatus.bindValue(QStringLiteral(":wamid"), nn(s.messageId));
    m_applyStatus.bindValue(QStringLiteral(":rank"), statusRank(s.status));
    return m_applyStatus.exec();
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
                                   const QByteArray& body)
{
    m_insertStreamEvent.addBindValue(at);
    m_insertStreamEvent.addBindValue(nn(channelId));
    m_insertStreamEvent.addBindValue(type);
    m_insertStreamEvent.addBindValue(body);
    return m_insertStreamEvent.exec();
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
