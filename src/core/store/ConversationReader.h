// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Read side of the conversation log for the GUI: paged conversation and message queries, full-text
//! search and the change counter that tells a reader another connection committed. Blocking; meant
//! for a worker thread, which gets its own connection. Pages are keyset-paged on the indexes the
//! schema has, so a page costs the same on the first screen as after a million messages.

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

//! One row of the conversation list.
struct ConversationRow
{
    qint64 id = 0;
    QString channelId;
    QString peer; //!< wa_id, or the business-scoped user id of a username-only user
    QString peerName; //!< WhatsApp profile name; may be empty
    QDateTime lastMessageAt; //!< UTC
    QDateTime lastInboundAt; //!< UTC; invalid when the peer never wrote (the 24 h window is closed)
    QString lastPreview;
    QString lastType;
    QString lastDirection;
    int unreadCount = 0;

    friend bool operator==(const ConversationRow& a, const ConversationRow& b)
    {
        return a.id == b.id && a.channelId == b.channelId && a.peer == b.peer && a.peerName == b.peerName
            && a.lastMessageAt == b.lastMessageAt && a.lastInboundAt == b.lastInboundAt
            && a.lastPreview == b.lastPreview && a.lastType == b.lastType
            && a.lastDirection == b.lastDirection && a.unreadCount == b.unreadCount;
    }
    friend bool operator!=(const ConversationRow& a, const ConversationRow& b) { return !(a == b); }
};

//! Where a conversation sits in the list order (last_message_at DESC, id DESC).
struct ConversationKey
{
    qint64 lastMessageAt = 0; //!< Unix ms
    qint64 id = 0;
};

//! Where a message sits in a conversation (timestamp, id).
struct MessageKey
{
    qint64 timestamp = 0; //!< Unix ms
    qint64 id = 0;

    friend bool operator<(const MessageKey& a, const MessageKey& b)
    {
        return a.timestamp < b.timestamp || (a.timestamp == b.timestamp && a.id < b.id);
    }
};

struct MessageRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString channelId;
    QString wamid;
    QString direction; //!< "in" or "out"
    QString type;
    QString subtype;
    QString text;
    QJsonObject media;
    QString contextId;
    QDateTime timestamp; //!< UTC
    QString status; //!< latest delivery status of an outbound message
    QDateTime statusAt;

    MessageKey key() const { return {timestamp.toMSecsSinceEpoch(), id}; }
    friend bool operator==(const MessageRow& a, const MessageRow& b)
    {
        return a.id == b.id && a.direction == b.direction && a.type == b.type && a.subtype == b.subtype
            && a.text == b.text && a.media == b.media && a.timestamp == b.timestamp && a.status == b.status
            && a.statusAt == b.statusAt && a.contextId == b.contextId;
    }
    friend bool operator!=(const MessageRow& a, const MessageRow& b) { return !(a == b); }
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString channelId;
    QString peer;
    QString peerName;
    //! The matching part of the text; matched terms are enclosed in matchStart() and matchEnd().
    QString snippet;
    QDateTime timestamp; //!< UTC
    QString direction;
    QString type;
};

class ConversationReader
{
public:
    explicit ConversationReader(QString databasePath);

    //! Up to limit conversations after `after` in list order, newest activity first. An empty
    //! channelId means every channel.
    Result<QList<ConversationRow>> conversations(const QString& channelId, int limit,
                                                 const std::optional<ConversationKey>& after = {}) const;
    Result<int> conversationCount(const QString& channelId) const;
    //! The conversation, or an empty optional when there is none with that id.
    Result<std::optional<ConversationRow>> conversation(qint64 conversationId) const;

    //! The newest `limit` messages before `before` (all when empty), returned oldest first.
    Result<QList<MessageRow>> olderMessages(qint64 conversationId, const std::optional<MessageKey>& before,
                                            int limit) const;
    //! Up to `limit` messages from `from` (inclusive) up to `to` (inclusive; open when empty),
    //! oldest first.
    Result<QList<MessageRow>> newerMessages(qint64 conversationId, const MessageKey& from,
                                            const std::optional<MessageKey>& to, int limit) const;
    Result<std::optional<MessageKey>> messageKey(qint64 messageId) const;

    //! Full-text search over every message, newest first. The text is taken as words to find, all of
    //! them, the last one as a prefix; quotes, stars and FTS5 operators in it are plain characters.
    Result<QList<SearchHit>> search(const QString& text, const QString& channelId, int limit = 200) const;

    //! Sets the conversation's unread count to 0. The only write of this class.
    Status markConversationRead(qint64 conversationId) const;

    //! PRAGMA data_version of this thread's connection: it changes when another connection (the
    //! receiver's writer, a `channeldesk serve` beside the GUI) commits.
    Result<qint64> dataVersion() const;

    //! The FTS5 MATCH expression for what a user typed: each word becomes a quoted string (quotes
    //! doubled), so nothing typed can form an operator. Empty when nothing searchable is left.
    static QString matchExpression(const QString& text);
    static QChar matchStart() { return QChar(0x2); }
    static QChar matchEnd() { return QChar(0x3); }

private:
    QString m_path;
};

} // namespace ChannelDesk
