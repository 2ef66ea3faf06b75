// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Read side of the conversation log for the GUI and `channeldesk log`: paged conversation and
//! message queries, log lines, full-text search and the change counter that tells a reader another
//! connection committed. Blocking; meant for a worker thread, which gets its own connection. Pages
//! are keyset-paged on the indexes the schema has, so a page costs the same on the first screen as
//! after a million messages.

#include "model/ConversationRows.h"
#include "model/LogEntry.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace ChannelDesk {

class ConversationReader
{
public:
    explicit ConversationReader(QString databasePath);

    //! The SQL of a messages row's sent_by (an API key's name or the operator, '' for inbound),
    //! for the messages table or subquery aliased alias: shared with LogExporter.
    static QString sentByColumn(const QString& alias);
    //! The log line of a row whose columns are channel_id, direction, peer, peer_name, wamid, type,
    //! subtype, text, timestamp, status, id and sentByColumn(), in that order.
    static LogEntry logEntryAt(const QSqlQuery& row);

    //! Up to limit conversations after `after` in list order, newest activity first. An empty
    //! channelId means every channel.
    Result<QList<ConversationRow>> conversations(const QString& channelId, int limit,
                                                 const std::optional<ConversationKey>& after = {},
                                                 const ConversationFilter& filter = {}) const;
    Result<int> conversationCount(const QString& channelId) const;
    //! The conversation, or an empty optional when there is none with that id.
    Result<std::optional<ConversationRow>> conversation(qint64 conversationId) const;
    //! The conversation with peer (normalised, as stored) on the channel, if there is one.
    Result<std::optional<ConversationRow>> conversationWith(const QString& channelId,
                                                            const QString& peer) const;

    //! The newest `limit` messages before `before` (all when empty), returned oldest first.
    Result<QList<MessageRow>> olderMessages(qint64 conversationId, const std::optional<MessageKey>& before,
                                            int limit) const;
    //! Up to `limit` messages from `from` (inclusive) up to `to` (inclusive; open when empty),
    //! oldest first.
    Result<QList<MessageRow>> newerMessages(qint64 conversationId, const MessageKey& from,
                                            const std::optional<MessageKey>& to, int limit) const;
    Result<std::optional<MessageKey>> messageKey(qint64 messageId) const;

    //! Contacts whose name or number matches, then messages, newest first (MessageSearch). The
    //! text is taken as folded words to find, all of them, anywhere in a word; quotes, stars and
    //! FTS5 operators in it are plain characters.
    Result<QList<SearchHit>> search(const QString& text, const QString& channelId, int limit = 200) const;

    //! Messages of every conversation as `channeldesk log` prints them: the newest query.limit (all
    //! when 0), oldest first, like tail(1).
    Result<QList<LogEntry>> log(const LogQuery& query) const;

    //! Sets the conversation's unread count to 0. The only write of this class.
    Status markConversationRead(qint64 conversationId) const;

    //! PRAGMA data_version of this thread's connection: it changes when another connection (the
    //! receiver's writer, a `channeldesk serve` beside the GUI) commits.
    Result<qint64> dataVersion() const;

    //! The FTS5 MATCH expression for what a user typed: each folded word becomes a quoted string
    //! (quotes doubled), so nothing typed can form an operator; one shorter than a trigram is a
    //! prefix, unless it is a pair of CJK characters (SearchTokenizer). Empty when nothing
    //! searchable is left.
    static QString matchExpression(const QString& text);
    static QChar matchStart() { return SearchHit::matchStart(); }
    static QChar matchEnd() { return SearchHit::matchEnd(); }

private:
    QString m_path;
};

} // namespace ChannelDesk
