// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The events one Cloud API webhook POST carries, as plain values: inbound messages, delivery
//! statuses, value-level errors and every change ChannelDesk does not interpret (kept raw).

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ChannelDesk {

//! One element of value.messages[]: something a user sent to one of our numbers.
struct InboundMessage
{
    QString phoneNumberId; //!< value.metadata.phone_number_id: which of our numbers
    QString displayPhoneNumber; //!< value.metadata.display_phone_number
    QString wabaId; //!< entry.id
    QString messageId; //!< the wamid, the dedupe key
    QString from; //!< the user's wa_id; empty for username-only (BSUID) users
    QString fromUserId; //!< business-scoped user id (from_user_id)
    QString profileName; //!< contacts[].profile.name of the sender
    QDateTime timestamp; //!< UTC; invalid when missing or unparsable
    QString type; //!< exactly as sent, including types newer than this parser
    QString subtype; //!< interactive.type, system.type or unsupported.type
    //! The human-readable part: body, caption, emoji, reply title, location name, … (see parser)
    QString text;
    QString replyId; //!< button_reply/list_reply id or the template button payload
    bool reactionRemoved = false;
    QString reactedMessageId; //!< reaction.message_id
    QString contextMessageId; //!< context.id: the message this one quotes or answers
    QString contextFrom;
    bool forwarded = false;
    bool frequentlyForwarded = false;
    QJsonObject media; //!< id, mime_type, sha256, url, filename, caption, voice, animated if present
    bool hasReferral = false;
    QJsonObject referral; //!< click-to-WhatsApp ad or post that started the chat
    QJsonArray errors; //!< messages[].errors, e.g. for unsupported types
    //! The whole message as received, as compact UTF-8 with its keys in the order sent: the form
    //! the store keeps. Only in this form, because making a QJsonObject of every message that
    //! nothing reads cost the receiver a tenth of its time per delivery (docs/performance.md).
    QByteArray rawJson;
};

//! One element of value.statuses[]: the fate of a message we sent.
struct StatusUpdate
{
    QString phoneNumberId;
    QString wabaId;
    QString messageId; //!< our wamid
    QString status; //!< sent, delivered, read, played, failed, or whatever Meta adds next
    QString recipientId;
    QDateTime timestamp; //!< UTC; invalid when missing or unparsable
    QJsonArray errors;
    QJsonObject pricing;
    QJsonObject conversation; //!< only sent by Graph API v23.0 and older (and free entry points)
    QByteArray rawJson; //!< the whole status as received (see InboundMessage::rawJson)
};

//! One element of value.errors[]: a problem with the app or number, not with one message.
struct ValueError
{
    QString phoneNumberId;
    QString wabaId;
    int code = 0;
    QString title;
    QString message;
    QString details; //!< error_data.details
    QJsonObject raw;
};

//! A change ChannelDesk does not turn into an event (another field such as account_update), or a
//! messages/statuses item it could not use; kept so that nothing received is dropped.
struct OtherChange
{
    QString wabaId;
    QString phoneNumberId; //!< when the value carried metadata
    QString field; //!< the change's field, or "messages"/"statuses"/"errors" for an unusable item
    QJsonValue raw; //!< the change's value, or the unusable item
};

struct WebhookBatch
{
    QList<InboundMessage> messages;
    QList<StatusUpdate> statuses;
    QList<ValueError> errors;
    QList<OtherChange> otherChanges;
    int ignoredItems = 0; //!< entries, changes or items of the wrong shape (counted, some kept raw)

    //! True when there is no event at all; ignoredItems alone do not count as events.
    bool isEmpty() const
    {
        return messages.isEmpty() && statuses.isEmpty() && errors.isEmpty() && otherChanges.isEmpty();
    }
};

} // namespace ChannelDesk
