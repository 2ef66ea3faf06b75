// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/DeliveryProjection.h"

#include "store/MessageWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ChannelDesk {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 millis(const QDateTime& time, const QDateTime& fallback)
{
    return (time.isValid() ? time : fallback).toMSecsSinceEpoch();
}

//! Adds the message and, only when it is new, its stream event, in the caller's transaction: the
//! event exists exactly when the message does. The event refers to the row; StreamEventLog makes
//! its body when it is read.
bool addMessage(MessageWriter& w, const MessageRecord& record, qint64 now, bool* inserted)
{
    return w.addMessage(record, inserted)
        && (!*inserted
            || w.addStreamEvent(now, record.channelId, QStringLiteral("message"), {}, w.lastRowId()));
}

bool addStatus(MessageWriter& w, const StatusRecord& record, qint64 now, bool* inserted)
{
    return w.addStatus(record, inserted)
        && (!*inserted
            || w.addStreamEvent(now, record.channelId, QStringLiteral("status"), {}, w.lastRowId()));
}

bool buildMessage(MessageWriter& w, const OptOutPolicy& optOut, const Delivery& delivery,
                  const InboundMessage& m, qint64 now, DeliveryOutcome& outcome)
{
    const MessageRecord record{delivery.channelId, !m.from.isEmpty() ? m.from : m.fromUserId, m.profileName,
                               m.messageId, QStringLiteral("in"), m.type, m.subtype, m.text, m.media,
                               // A reaction's context is the message it reacts to, as for ours.
                               m.type == QLatin1String("reaction") ? m.reactedMessageId : m.contextMessageId,
                               millis(m.timestamp, delivery.receivedAt), m.rawJson, delivery.journalId};
    bool inserted = false;
    if (!addMessage(w, record, now, &inserted))
        return false;
    ++(inserted ? outcome.newMessages : outcome.duplicateMessages);
    return !inserted || m.type != QLatin1String("text") || !delivery.optOutApplies
        || optOut.apply(w, record.channelId, record.peer, record.text, record.at);
}

bool buildStatus(MessageWriter& w, const Delivery& delivery, const StatusUpdate& s, qint64 now,
                 DeliveryOutcome& outcome)
{
    const StatusRecord record{
        delivery.channelId, s.messageId, s.status,  millis(s.timestamp, delivery.receivedAt),
        s.recipientId,      s.errors,    s.rawJson, delivery.journalId};
    bool inserted = false;
    if (!addStatus(w, record, now, &inserted))
        return false;
    ++(inserted ? outcome.newStatuses : outcome.duplicateStatuses);
    return true;
}

//! A gateway's message (deduplicated by its id; opt-out words apply to inbound ones) or
//! acknowledgement (a status of one of our messages).
bool buildGatewayEvent(MessageWriter& w, const OptOutPolicy& optOut, const GatewayEvent& event, qint64 now,
                       DeliveryOutcome& outcome)
{
    const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
    bool inserted = false;
    if (!event.ackMessageId.isEmpty()) {
        const StatusRecord status{event.channelId,
                                  event.ackMessageId,
                                  event.ackStatus,
                                  at.toMSecsSinceEpoch(),
                                  {},
                                  {},
                                  compact(QJsonObject{{QStringLiteral("ack"), event.ackStatus}}),
                                  0};
        if (!addStatus(w, status, now, &inserted))
            return false;
        ++(inserted ? outcome.newStatuses : outcome.duplicateStatuses);
        return true;
    }
    const GatewayMessage& m = event.message;
    const MessageRecord record{event.channelId,
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
    if (!addMessage(w, record, now, &inserted))
        return false;
    ++(inserted ? outcome.newMessages : outcome.duplicateMessages);
    return !inserted || m.fromMe || optOut.apply(w, record.channelId, record.peer, record.text, record.at);
}

bool buildDelivery(MessageWriter& w, const OptOutPolicy& optOut, const Delivery& delivery, qint64 now,
                   DeliveryOutcome& outcome)
{
    // The raw body stays in the journal; writing it here again cost the receiver's builder a
    // quarter of its disk writes.
    outcome.deliveryId = delivery.journalId;
    if (delivery.gatewayEvent)
        return buildGatewayEvent(w, optOut, *delivery.gatewayEvent, now, outcome);
    for (const InboundMessage& message : delivery.batch.messages) {
        if (!buildMessage(w, optOut, delivery, message, now, outcome))
            return false;
    }
    for (const StatusUpdate& status : delivery.batch.statuses) {
        if (!buildStatus(w, delivery, status, now, outcome))
            return false;
    }
    for (const ValueError& error : delivery.batch.errors) {
        const QString detail = error.details.isEmpty() ? QString() : QStringLiteral(" — ") + error.details;
        const ChannelEvent event{delivery.channelId,           delivery.receivedAt,
                                 QStringLiteral("meta-error"), QString::number(error.code),
                                 error.message + detail,       {}};
        if (!w.addEvent(event))
            return false;
    }
    return true;
}

} // namespace

DeliveryProjection::DeliveryProjection(QString databasePath)
    : m_store(std::move(databasePath))
{ }

Result<QList<DeliveryOutcome>> DeliveryProjection::commitDeliveries(const QList<Delivery>& deliveries)
{
    for (const Delivery& delivery : deliveries) {
        if (delivery.journalId <= 0)
            return Error{ErrorCode::Failed,
                         QCoreApplication::translate("DeliveryProjection",
                                                     "A delivery without its delivery journal entry "
                                                     "cannot be built into the conversation log")};
    }
    QList<DeliveryOutcome> outcomes;
    const Status written = m_store.write([&](MessageWriter& w) {
        outcomes.clear();
        outcomes.reserve(deliveries.size());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Delivery& delivery : deliveries) {
            DeliveryOutcome outcome;
            if (!buildDelivery(w, m_optOut, delivery, now, outcome))
                return false;
            outcomes.append(outcome);
        }
        // The mark moves in the same transaction, so that a crash never builds a delivery twice.
        return deliveries.isEmpty() || w.markJournal(deliveries.constLast().journalId);
    });
    if (!written.ok())
        return written.error();
    return outcomes;
}

Result<int> DeliveryProjection::commitGatewayEvents(const QList<GatewayEvent>& events)
{
    int newMessages = 0;
    const Status written = m_store.write([&](MessageWriter& w) {
        DeliveryOutcome outcome;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const GatewayEvent& event : events) {
            if (!buildGatewayEvent(w, m_optOut, event, now, outcome))
                return false;
        }
        newMessages = outcome.newMessages;
        return true;
    });
    if (!written.ok())
        return written.error();
    return newMessages;
}

} // namespace ChannelDesk
