// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OutboundStore.h"

#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk {
namespace {

QString nn(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QDateTime fromMillis(const QVariant& value)
{
    return value.isNull() || value.toLongLong() == 0
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

//! The message type as Meta names it in webhooks, so sent and received messages look alike.
QString messageType(OutboundContent::Kind kind)
{
    switch (kind) {
    case OutboundContent::Kind::Buttons:
    case OutboundContent::Kind::List:
        return QStringLiteral("interactive");
    default:
        return OutboundContent::kindName(kind);
    }
}

//! The message's text: what search finds and the conversation list shows after the words for its
//! kind, which the list adds when it shows it (so they follow the language it runs in). A template's
//! structure (name, parameters, header, buttons, body) is the content JSON in messages.raw.
QString storedText(const OutboundContent& c)
{
    switch (c.kind) {
    case OutboundContent::Kind::Template:
        if (!c.templateBody.isEmpty())
            return c.templateBody;
        return c.templateParameters.isEmpty()
            ? c.templateName
            : c.templateName + QStringLiteral(": ") + c.templateParameters.join(QStringLiteral(", "));
    case OutboundContent::Kind::Location:
        return QStringList{c.locationName, c.address}.join(QLatin1Char(' ')).trimmed();
    case OutboundContent::Kind::Document:
        return c.text.isEmpty() ? c.filename : c.text;
    default:
        return c.text;
    }
}

// The outbound row's own state until Meta accepts the send; after that the message's status,
// which status webhooks move on.
const char* selectItems
    = "SELECT o.id, o.channel_id, o.peer, o.content, o.state, o.wamid, o.attempts,"
      " o.next_attempt_at, o.error_code, o.error, o.source, o.created_at, o.updated_at,"
      " o.accepted_at, m.status,"
      " (SELECT errors FROM statuses s WHERE s.channel_id = o.channel_id AND s.wamid = o.wamid"
      "  AND s.status = 'failed' LIMIT 1), o.sent_by"
      " FROM outbound o LEFT JOIN messages m ON m.channel_id = o.channel_id"
      " AND m.wamid = COALESCE(o.wamid, 'local-' || o.id) ";

OutboundItem readItem(const QSqlQuery& q)
{
    OutboundItem item;
    item.id = q.value(0).toLongLong();
    item.channelId = q.value(1).toString();
    item.peer = q.value(2).toString();
    const auto content
        = OutboundContent::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    if (content.ok())
        item.content = content.value();
    item.state = q.value(4).toString();
    item.messageId = q.value(5).isNull() ? QStringLiteral("local-%1").arg(item.id) : q.value(5).toString();
    item.attempts = q.value(6).toInt();
    item.nextAttemptAt = fromMillis(q.value(7));
    item.errorCode = q.value(8).toInt();
    item.error = q.value(9).toString();
    item.source = q.value(10).toString();
    item.createdAt = fromMillis(q.value(11));
    item.updatedAt = fromMillis(q.value(12));
    item.acceptedAt = fromMillis(q.value(13));
    item.sentBy = q.value(16).toString();
    const QString messageStatus = q.value(14).toString();
    if (item.state == QLatin1String("accepted") && !messageStatus.isEmpty()
        && messageStatus != QLatin1String("accepted")) {
        item.state = messageStatus == QLatin1String("played") ? QStringLiteral("read") : messageStatus;
        if (item.state == QLatin1String("failed")) {
            // Meta's asynchronous failure: the errors[] of the failed status.
            const QJsonObject first
                = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array().at(0).toObject();
            item.errorCode = first.value(QLatin1String("code")).toInt();
            const QString details = first.value(QLatin1String("error_data"))
                                        .toObject()
                                        .value(QLatin1String("details"))
                                        .toString();
            item.error = QStringLiteral("(#%1) %2")
                             .arg(item.errorCode)
                             .arg(first.value(QLatin1String("message"))
                                      .toString(first.value(QLatin1String("title")).toString()));
            if (!details.isEmpty())
                item.error += QStringLiteral(" — ") + details;
        }
    }
    return item;
}

//! The channel of a send; q is reused.
QString channelOf(QSqlQuery& q, qint64 id)
{
    q.prepare(QStringLiteral("SELECT channel_id FROM outbound WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString::fromLatin1("");
}

//! The conversation shows a send's own state until Meta accepts it (its wamid is still local).
bool updateLocalMessage(QSqlQuery& q, qint64 id, const QString& state, const QDateTime& now)
{
    q.prepare(QStringLiteral("UPDATE messages SET status = ?, status_at = ? WHERE wamid = ?"
                             " AND channel_id = (SELECT channel_id FROM outbound WHERE id = ?)"));
    q.addBindValue(state);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(QStringLiteral("local-%1").arg(id));
    q.addBindValue(id);
    return q.exec();
}

Result<QList<OutboundItem>> readItems(QSqlQuery& q)
{
    if (!q.exec())
        return queryError(q);
    QList<OutboundItem> items;
    while (q.next())
        items.append(readItem(q));
    return items;
}

} // namespace

OutboundStore::OutboundStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<OutboundItem> OutboundStore::enqueue(const QString& channelId, const QString& peer,
                                            const OutboundContent& content, const QString& source,
                                            const QDateTime& now, const QString& sentBy) const
{
    const qint64 at = now.toMSecsSinceEpoch();
    const QString text = storedText(content);
    const QString raw = QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
    qint64 id = 0;
    const Status written = inTransaction([&](QSqlQuery& q) {
        q.prepare(
            QStringLiteral("INSERT INTO outbound (channel_id, peer, kind, content, preview, state, source, "
                           "sent_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(channelId), QVariant(peer), QVariant(OutboundContent::kindName(content.kind)),
              QVariant(raw), QVariant(nn(content.preview())), QVariant(nn(source)), QVariant(nn(sentBy)),
              QVariant(at), QVariant(at)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
        id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO conversations (channel_id, peer) VALUES (?, ?)"));
        q.addBindValue(channelId);
        q.addBindValue(peer);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("UPDATE conversations SET last_message_at = MAX(last_message_at, :at),"
                                 " last_preview = :preview, last_type = :type, last_direction = 'out'"
                                 " WHERE channel_id = :channel AND peer = :peer"));
        q.bindValue(QStringLiteral(":at"), at);
        q.bindValue(QStringLiteral(":preview"), nn(text).left(200));
        q.bindValue(QStringLiteral(":type"), messageType(content.kind));
        q.bindValue(QStringLiteral(":channel"), channelId);
        q.bindValue(QStringLiteral(":peer"), peer);
        if (!q.exec())
            return false;
        q.prepare(
            QStringLiteral("INSERT INTO messages (conversation_id, channel_id, wamid, direction, type, "
                           "text, context_id, timestamp, status, status_at, raw) SELECT id, channel_id, "
                           ":wamid, 'out', :type, :text, :context, :at, 'queued', :at, :raw"
                           " FROM conversations WHERE channel_id = :channel AND peer = :peer"));
        q.bindValue(QStringLiteral(":wamid"), QStringLiteral("local-%1").arg(id));
        q.bindValue(QStringLiteral(":type"), messageType(content.kind));
        q.bindValue(QStringLiteral(":text"), nn(text));
        q.bindValue(QStringLiteral(":context"),
                    content.targetMessageId.isEmpty() ? QVariant() : QVariant(content.targetMessageId));
        q.bindValue(QStringLiteral(":at"), at);
        q.bindValue(QStringLiteral(":raw"), raw);
        q.bindValue(QStringLiteral(":channel"), channelId);
        q.bindValue(QStringLiteral(":peer"), peer);
        if (!q.exec())
            return false;
        // Indexes this message and whatever the receiver has not indexed yet.
        return SearchIndex::catchUp(q) && SearchIndex::mergeStep(q);
    });
    if (!written.ok())
        return written.error();

    OutboundItem item;
    item.id = id;
    item.channelId = channelId;
    item.peer = peer;
    item.content = content;
    item.state = QStringLiteral("queued");
    item.messageId = QStringLiteral("local-%1").arg(id);
    item.source = source;
    item.sentBy = sentBy;
    item.createdAt = now;
    item.updatedAt = now;
    return item;
}

Status OutboundStore::recordLinkedSend(const OutboundItem& item) const
{
    const qint64 created = item.createdAt.toMSecsSinceEpoch();
    const qint64 accepted
        = (item.acceptedAt.isValid() ? item.acceptedAt : item.updatedAt).toMSecsSinceEpoch();
    return inTransaction([&](QSqlQuery& q) {
        q.prepare(QStringLiteral(
            "INSERT INTO outbound (channel_id, peer, kind, content, preview, state, wamid, attempts,"
            " source, sent_by, created_at, updated_at, accepted_at)"
            " VALUES (?, ?, ?, ?, ?, 'accepted', ?, 1, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(item.channelId), QVariant(item.peer),
              QVariant(OutboundContent::kindName(item.content.kind)),
              QVariant(
                  QString::fromUtf8(QJsonDocument(item.content.toJson()).toJson(QJsonDocument::Compact))),
              QVariant(nn(item.content.preview())), QVariant(item.messageId), QVariant(nn(item.source)),
              QVariant(nn(item.sentBy)), QVariant(created), QVariant(accepted), QVariant(accepted)})
            q.addBindValue(v);
        return q.exec();
    });
}

Result<bool> OutboundStore::claim(qint64 id, const QDateTime& now) const
{
    bool claimed = false;
    // SQLite serialises writers, so exactly one process sees its UPDATE change the row.
    const Status written = inTransaction([&](QSqlQuery& q) {
        q.prepare(
            QStringLiteral("UPDATE outbound SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                           " WHERE id = ? AND state = 'queued'"));
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(id);
        if (!q.exec())
            return false;
        claimed = q.numRowsAffected() == 1;
        return !claimed || updateLocalMessage(q, id, QStringLiteral("sending"), now);
    });
    if (!written.ok())
        return written.error();
    return claimed;
}

Status OutboundStore::markAccepted(qint64 id, const QString& messageId, const QDateTime& now) const
{
    const qint64 at = now.toMSecsSinceEpoch();
    return inTransaction([&](QSqlQuery& q) {
        const QString channelId = channelOf(q, id);
        q.prepare(QStringLiteral(
            "UPDATE outbound SET state = 'accepted', wamid = ?, accepted_at = ?, updated_at = ?,"
            " error_code = 0, error = '' WHERE id = ?"));
        q.addBindValue(messageId);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(id);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("UPDATE messages SET wamid = ?, status = 'accepted', status_at = ?"
                                 " WHERE channel_id = ? AND wamid = ?"));
        q.addBindValue(messageId);
        q.addBindValue(at);
        q.addBindValue(channelId);
        q.addBindValue(QStringLiteral("local-%1").arg(id));
        if (!q.exec())
            return false;
        // The status webhook can beat the API response here: apply what already arrived.
        q.prepare(QStringLiteral(
            "UPDATE messages SET status = s.status, status_at = s.timestamp FROM (SELECT status, timestamp "
            "FROM"
            " statuses WHERE channel_id = :channel AND wamid = :wamid ORDER BY CASE status WHEN 'failed' "
            "THEN 9"
            " WHEN 'played' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' THEN 2 WHEN 'sent' THEN 1 ELSE 0 END "
            "DESC"
            " LIMIT 1) AS s WHERE messages.channel_id = :channel AND messages.wamid = :wamid"));
        q.bindValue(QStringLiteral(":wamid"), messageId);
        q.bindValue(QStringLiteral(":channel"), channelId);
        return q.exec();
    });
}

Status OutboundStore::setState(qint64 id, const QString& state, int code, const QString& error,
                               const QDateTime& now) const
{
    return inTransaction([&](QSqlQuery& q) {
        q.prepare(QStringLiteral(
            "UPDATE outbound SET state = ?, error_code = ?, error = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(state);
        q.addBindValue(code);
        q.addBindValue(nn(error));
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(id);
        return q.exec() && updateLocalMessage(q, id, state, now);
    });
}

Status OutboundStore::inTransaction(const std::function<bool(QSqlQuery&)>& body) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!Database::beginWrite(conn))
        return Error{ErrorCode::Failed, conn.lastError().text()};
    QSqlQuery q(conn);
    if (!body(q)) {
        const Error error = queryError(q);
        conn.rollback();
        return error;
    }
    if (!conn.commit())
        return Error{ErrorCode::Failed, conn.lastError().text()};
    return Done{};
}

Status OutboundStore::markFailed(qint64 id, int code, const QString& error, const QDateTime& now) const
{
    return setState(id, QStringLiteral("failed"), code, error, now);
}

Status OutboundStore::markUnknown(qint64 id, const QString& error, const QDateTime& now) const
{
    return setState(id, QStringLiteral("unknown"), 0, error, now);
}

Status OutboundStore::reschedule(qint64 id, const QDateTime& at, int code, const QString& error,
                                 const QDateTime& now) const
{
    const Status state = setState(id, QStringLiteral("queued"), code, error, now);
    if (!state.ok())
        return state;
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("UPDATE outbound SET next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return Done{};
}

Status OutboundStore::updateContent(qint64 id, const OutboundContent& content) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("UPDATE outbound SET content = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return Done{};
}

Result<int> OutboundStore::recoverInterrupted(const QDateTime& now) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    // A request in flight takes at most a couple of timeouts; older "sending" rows belong to a
    // process that died. Younger ones may be another running process's (window, serve, CLI).
    q.prepare(QStringLiteral("SELECT id FROM outbound WHERE state = 'sending' AND updated_at < ?"));
    q.addBindValue(now.addSecs(-InterruptedAfterSeconds).toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : ids) {
        const Status marked
            = markUnknown(id,
                          QCoreApplication::translate(
                              "OutboundStore",
                              "ChannelDesk stopped while this message was being sent; WhatsApp may or may "
                              "not have accepted it, so it was not sent again."),
                          now);
        if (!marked.ok())
            return marked.error();
    }
    return int(ids.size());
}

Result<std::optional<OutboundItem>> OutboundStore::item(qint64 id) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QString::fromLatin1(selectItems) + QStringLiteral("WHERE o.id = ?"));
    q.addBindValue(id);
    auto items = readItems(q);
    if (!items.ok())
        return items.error();
    if (items.value().isEmpty())
        return std::optional<OutboundItem>();
    OutboundItem item = items.value().first();
    if (item.acceptedAt.isValid()) {
        q.prepare(QStringLiteral("SELECT status, timestamp FROM statuses WHERE channel_id = ? AND wamid = ?"
                                 " ORDER BY timestamp, id"));
        q.addBindValue(item.channelId);
        q.addBindValue(item.messageId);
        if (!q.exec())
            return queryError(q);
        while (q.next())
            item.statusHistory.append({q.value(0).toString(), fromMillis(q.value(1))});
    }
    return std::optional<OutboundItem>(item);
}

Result<QList<OutboundItem>> OutboundStore::queued() const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QString::fromLatin1(selectItems)
              + QStringLiteral("WHERE o.state IN ('queued', 'sending') ORDER BY o.id"));
    return readItems(q);
}

Result<QList<OutboundItem>> OutboundStore::recent(const QString& channelId, int limit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QString::fromLatin1(selectItems)
              + QStringLiteral("WHERE o.channel_id = ? ORDER BY o.id DESC LIMIT ?"));
    q.addBindValue(channelId);
    q.addBindValue(limit);
    return readItems(q);
}

Result<QList<SendRecord>> OutboundStore::sendsSince(const QDateTime& since) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    // What was or is about to be handed to Meta counts; sends Meta refused did not reach anyone.
    q.prepare(QStringLiteral("SELECT channel_id, peer, created_at FROM outbound WHERE created_at >= ?"
                             " AND (accepted_at IS NOT NULL OR state IN ('queued', 'sending', 'unknown'))"
                             " ORDER BY created_at"));
    q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    QList<SendRecord> records;
    while (q.next())
        records.append(SendRecord{q.value(0).toString(), q.value(1).toString(), fromMillis(q.value(2))});
    return records;
}

Result<ServiceWindow> OutboundStore::window(const QString& channelId, const QString& peer) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT c.last_inbound_at, ") + closedByMetaSql(QStringLiteral("c"))
              + QStringLiteral(" FROM conversations c WHERE c.channel_id = ? AND c.peer = ?"));
    q.addBindValue(channelId);
    q.addBindValue(peer);
    if (!q.exec())
        return queryError(q);
    ServiceWindow window;
    if (q.next()) {
        window.lastInbound = fromMillis(q.value(0));
        window.closedByMeta = q.value(1).toBool();
    }
    return window;
}

QString OutboundStore::closedByMetaSql(const QString& conversations)
{
    // 131047 is Meta's word that the window is closed, whatever our clock says; it can come back
    // synchronously (outbound.error_code) or in a failed status webhook. A newer inbound message
    // reopens the window, so nothing needs clearing when the customer writes again.
    // replace(), not arg(): the LIKE pattern holds a % of its own. Without an inbound message there
    // is no window to close, and the list need not look through a bot's sends (0 means never).
    return QStringLiteral(
               "($c.last_inbound_at > 0 AND (EXISTS (SELECT 1 FROM outbound o"
               "  WHERE o.channel_id = $c.channel_id AND o.peer = $c.peer"
               "  AND o.error_code = 131047 AND o.updated_at > $c.last_inbound_at)"
               " OR EXISTS (SELECT 1 FROM messages m JOIN statuses s ON s.channel_id = m.channel_id"
               "  AND s.wamid = m.wamid"
               "  WHERE m.conversation_id = $c.id AND m.direction = 'out'"
               "  AND m.timestamp > $c.last_inbound_at"
               "  AND s.status = 'failed' AND s.errors LIKE '%131047%')))")
        .replace(QStringLiteral("$c."), conversations + QLatin1Char('.'));
}

Result<bool> OutboundStore::isOptedOut(const QString& channelId, const QString& peer) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT 1 FROM opt_outs WHERE channel_id = ? AND peer = ?"));
    q.addBindValue(channelId);
    q.addBindValue(peer);
    if (!q.exec())
        return queryError(q);
    return q.next();
}

Status OutboundStore::setOptedOut(const QString& channelId, const QString& peer, bool optedOut,
                                  const QString& word, const QDateTime& now) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    if (optedOut) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO opt_outs (channel_id, peer, at, word) VALUES (?, ?, ?, ?)"));
        q.addBindValue(channelId);
        q.addBindValue(peer);
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(nn(word));
    } else {
        q.prepare(QStringLiteral("DELETE FROM opt_outs WHERE channel_id = ? AND peer = ?"));
        q.addBindValue(channelId);
        q.addBindValue(peer);
    }
    if (!q.exec())
        return queryError(q);
    return Done{};
}

} // namespace ChannelDesk
