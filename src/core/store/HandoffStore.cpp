// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HandoffStore.h"

#include "store/ConversationReader.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ChannelDesk {

HandoffStore::HandoffStore(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<std::optional<HandoffChange>> HandoffStore::set(qint64 conversationId, bool takenOver,
                                                       const QString& by, const QDateTime& at) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlDatabase& conn = db.value();
    if (!Database::beginWrite(conn))
        return databaseError(conn);
    QSqlQuery query(conn);
    const auto fail = [&] {
        const Error error = queryError(query, m_path);
        conn.rollback();
        return error;
    };
    query.prepare(QStringLiteral("SELECT channel_id, peer, taken_over_at FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return fail();
    if (!query.next()) {
        query.finish();
        conn.rollback();
        return std::optional<HandoffChange>();
    }
    const QString channelId = query.value(0).toString();
    const QString peer = query.value(1).toString();
    const bool wasTakenOver = query.value(2).toLongLong() > 0;
    query.finish();
    bool changed = wasTakenOver != takenOver;
    if (changed) {
        // taken_over_at 0 means "not taken over": a clock at the epoch still counts as taken.
        const qint64 atMs = std::max<qint64>(1, at.toMSecsSinceEpoch());
        query.prepare(QStringLiteral("UPDATE conversations SET taken_over_at = ?, taken_over_by = ?,"
                                     " operator_reply_at = 0 WHERE id = ?"));
        query.addBindValue(takenOver ? atMs : qint64(0));
        query.addBindValue(takenOver ? by : QString::fromLatin1(""));
        query.addBindValue(conversationId);
        if (!query.exec())
            return fail();
        const QJsonObject body{{QStringLiteral("conversation_id"), conversationId},
                               {QStringLiteral("channel_id"), channelId},
                               {QStringLiteral("peer"), peer},
                               {QStringLiteral("taken_over"), takenOver},
                               {QStringLiteral("by"), by},
                               {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
        query.prepare(QStringLiteral("INSERT INTO stream_events (at, channel_id, type, body)"
                                     " VALUES (?, ?, 'conversation_handoff', CAST(? AS TEXT))"));
        query.addBindValue(atMs);
        query.addBindValue(channelId);
        query.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!query.exec())
            return fail();
    }
    if (!conn.commit())
        return databaseError(conn);
    auto row = ConversationReader(m_path).conversation(conversationId);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<HandoffChange>();
    return std::optional<HandoffChange>(HandoffChange{*row.value(), changed});
}

Result<std::optional<ConversationRow>>
HandoffStore::recordOperatorReply(const QString& channelId, const QString& peer, const QDateTime& at) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("UPDATE conversations SET operator_reply_at = max(operator_reply_at, ?)"
                                 " WHERE channel_id = ? AND peer = ?"));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(channelId);
    query.addBindValue(peer);
    if (!query.exec())
        return queryError(query, m_path);
    return ConversationReader(m_path).conversationWith(channelId, peer);
}

Result<QList<ConversationRow>> HandoffStore::quietSince(const QString& channelId,
                                                        const QDateTime& quietSince) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE channel_id = ? AND taken_over_at > 0"
                                 " AND max(taken_over_at, operator_reply_at) < ?"));
    query.addBindValue(channelId);
    query.addBindValue(quietSince.toMSecsSinceEpoch());
    if (!query.exec())
        return queryError(query, m_path);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    QList<ConversationRow> rows;
    const ConversationReader reader(m_path);
    for (qint64 id : ids) {
        auto row = reader.conversation(id);
        if (!row.ok())
            return row.error();
        if (row.value())
            rows << *row.value();
    }
    return rows;
}

} // namespace ChannelDesk
