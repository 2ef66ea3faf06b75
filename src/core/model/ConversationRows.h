// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Rows of the conversation log as a front end shows them: conversations, messages, search hits,
//! and the keys they are paged by.

#include "model/ServiceWindow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QChar>
#include <QString>

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
    //! A person answers the conversation: its deliveries are not passed to the channel's bot.
    bool takenOver = false;
    //! The initialisers let brace lists that end at unreadCount leave these out.
    QDateTime takenOverAt = {}; //!< UTC; invalid when not taken over
    QString takenOverBy = {}; //!< an API key's name or the operator's login name
    //! A send failed with Meta's 131047 after lastInboundAt: the window is closed whatever the clock says.
    bool windowClosedByMeta = false;

    ServiceWindow window() const { return ServiceWindow{lastInboundAt, windowClosedByMeta}; }

    friend bool operator==(const ConversationRow& a, const ConversationRow& b)
    {
        return a.id == b.id && a.channelId == b.channelId && a.peer == b.peer && a.peerName == b.peerName
            && a.lastMessageAt == b.lastMessageAt && a.lastInboundAt == b.lastInboundAt
            && a.lastPreview == b.lastPreview && a.lastType == b.lastType
            && a.lastDirection == b.lastDirection && a.unreadCount == b.unreadCount
            && a.takenOver == b.takenOver && a.takenOverAt == b.takenOverAt && a.takenOverBy == b.takenOverBy
            && a.windowClosedByMeta == b.windowClosedByMeta;
    }
    friend bool operator!=(const ConversationRow& a, const ConversationRow& b) { return !(a == b); }
};

//! Which conversations a list shows (applied in the query, so that paging stays right).
struct ConversationFilter
{
    bool takenOverOnly = false; //!< only those a person has taken over from the bot
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
    //! Who sent an outbound message through ChannelDesk (an API key's name or the operator); empty for
    //! inbound messages and for sends made outside ChannelDesk.
    QString sentBy;
    //! The message this one replies to, when the store has it: its direction, type and text.
    QString quotedDirection = {};
    QString quotedType = {};
    QString quotedText = {};
    //! The newest reaction to this message from the contact (in) and from this side (out); empty
    //! when there is none or it was removed.
    QString reactionIn = {};
    QString reactionOut = {};
    //! The structure of a message its text alone does not describe: for a template we sent, the
    //! send's OutboundContent JSON (name, language, parameters, header, buttons, rendered body).
    QJsonObject content = {};

    bool hasQuote() const { return !quotedDirection.isEmpty(); }
    MessageKey key() const { return {timestamp.toMSecsSinceEpoch(), id}; }
    friend bool operator==(const MessageRow& a, const MessageRow& b)
    {
        return a.id == b.id && a.direction == b.direction && a.type == b.type && a.subtype == b.subtype
            && a.text == b.text && a.media == b.media && a.timestamp == b.timestamp && a.status == b.status
            && a.statusAt == b.statusAt && a.contextId == b.contextId && a.sentBy == b.sentBy
            && a.quotedDirection == b.quotedDirection && a.quotedType == b.quotedType
            && a.quotedText == b.quotedText && a.reactionIn == b.reactionIn && a.reactionOut == b.reactionOut
            && a.content == b.content;
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

    //! The characters around matched terms in snippet: never typed, never shown.
    static QChar matchStart() { return QChar(0x2); }
    static QChar matchEnd() { return QChar(0x3); }
};

} // namespace ChannelDesk
