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

bool buildMessage(MessageWriter& w, const OptOutPolicy& optOut, const Delivery& delivery,
                  const InboundMessage& m, DeliveryOutcome& outcome)
{
    const MessageRecord record{delivery.channelId,
                               !m.from.isEmpty() ? m.from : m.fromUserId,
                               m.profileName,
                               m.messageId,
                               QStringLiteral("in"),
                               m.type,
                               m.subtype,
                               m.text,
                               m.media,
                               m.contextMessageId,
                               millis(m.timestamp, delivery.receivedAt),
                               m.rawJson.isEmpty() ? compact(m.raw) : m.rawJson,
                               delivery.journalId};
    bool inserted = false;
    if (!w.addMessage(record, &inserted))
        return false;
    ++(inserted ? outcome.newMessages : outcome.duplicateMessages);
    return !inserted || m.type != QLatin1String("text")
        || optOut.apply(w, record.channelId, record.peer, record.text, record.at);
}

bool buildStatus(MessageWriter& w, const Delivery& delivery, const StatusUpdate& s, DeliveryOutcome& outcome)
{
    const StatusRecord record{delivery.channelId,
                              s.messageId,
                              s.status,
                              millis(s.timestamp, delivery.receivedAt),
                              s.recipientId,
                              s.errors,
                              s.rawJson.isEmpty() ? compact(s.raw) : s.rawJson,
                              delivery.journalId};
    bool inserted = false;
    if (!w.addStatus(record, &inserted))
        return false;
    ++(inserted ? outcome.newStatuses : outcome.duplicateStatuses);
    return true;
}

bool buildDelivery(MessageWriter& w, const OptOutPolicy& optOut, const Delivery& delivery,
                   DeliveryOutcome& outcome)
{
    // The raw body stays in the journal; writing it here again cost the receiver's builder a
    // quarter of its disk writes.
    outcome.deliveryId = delivery.journalId;
    for (const InboundMessage& message : delivery.batch.messages) {
        if (!buildMessage(w, optOut, delivery, message, outcome))
            return false;
    }
    for (const StatusUpdate& status : delivery.batch.statuses) {
        if (!buildStatus(w, delivery, status, outcome))
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
        for (const Delivery& delivery : deliveries) {
            DeliveryOutcome outcome;
            if (!buildDelivery(w, m_optOut, delivery, outcome))
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
        newMessages = 0;
        for (const GatewayEvent& event : events) {
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
                if (!w.addStatus(status, &inserted))
                    return false;
                continue;
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
            if (!w.addMessage(record, &inserted))
                return false;
            newMessages += inserted ? 1 : 0;
            if (inserted && !m.fromMe
                && !m_optOut.apply(w, record.channelId, record.peer, record.text, record.at))
                return false;
        }
        return true;
    });
    if (!written.ok())
        return written.error();
    return newMessages;
}

} // namespace ChannelDesk
