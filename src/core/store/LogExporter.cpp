// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LogExporter.h"

#include "store/ConversationReader.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <limits>

namespace ChannelDesk {

LogExporter::LogExporter(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<qint64> LogExporter::forEach(const LogExportQuery& query,
                                    const std::function<bool(const LogEntry&)>& visit) const
{
    auto db = Database::open(m_path);
    if (!db.ok())
        return db.error();
    QSqlQuery select(db.value());
    // Forward-only: SQLite steps through the rows (on messages_by_time) instead of Qt caching them.
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT m.channel_id, m.direction, c.peer, c.peer_name, m.wamid, m.type, m.subtype,"
                       " m.text, m.timestamp, m.status, ")
        + ConversationReader::sentByColumn(QStringLiteral("m"))
        + QStringLiteral(" FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                         " WHERE m.timestamp >= :since AND m.timestamp < :until"
                         " AND (:channel = '' OR m.channel_id = :channel)"
                         " ORDER BY m.timestamp, m.id"));
    select.bindValue(QStringLiteral(":since"),
                     query.since.isValid() ? query.since.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::min());
    select.bindValue(QStringLiteral(":until"),
                     query.until.isValid() ? query.until.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::max());
    select.bindValue(QStringLiteral(":channel"),
                     query.channelId.isNull() ? QStringLiteral("") : query.channelId);
    if (!select.exec())
        return queryError(select);
    qint64 visited = 0;
    LogEntry e;
    while (select.next()) {
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
        e.sentBy = select.value(10).toString();
        ++visited;
        if (!visit(e))
            break;
    }
    select.finish();
    return visited;
}

} // namespace ChannelDesk
