// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What received events mean for the conversation log: turns journaled webhook deliveries, WeCom
//! callbacks and gateway events into conversations, messages, delivery statuses, 24 h windows, channel events
//! and opt-outs, each call in one durable MessageStore transaction. Blocking; one thread per
//! object (the store keeps prepared statements).

#include "model/Delivery.h"
#include "outbound/OptOutPolicy.h"
#include "store/MessageStore.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ChannelDesk {

class DeliveryProjection
{
public:
    explicit DeliveryProjection(QString databasePath);

    //! Inbound text messages that consist of one of these words opt the sender out. Until called,
    //! OptOutWords' defaults apply; whoever owns the settings passes every change on.
    void setOptOutWords(const OptOutWords& words) { m_optOut.setWords(words); }

    //! Builds DeliveryJournal entries, in journal order, in one transaction that also moves the
    //! store's journal mark to the last one's journalId; returns after the commit is durable.
    //! Every delivery needs its journalId: the raw body is kept only in the journal.
    Result<QList<DeliveryOutcome>> commitDeliveries(const QList<Delivery>& deliveries);
    //! Messages (deduplicated by id) and acknowledgements from linked-device gateways, in one
    //! transaction, without a journal mark (tests that need a store of known content; a running
    //! program journals them and lets the projector build them). Returns how many messages were new.
    Result<int> commitGatewayEvents(const QList<GatewayEvent>& events);

    MessageStore& store() { return m_store; }

private:
    MessageStore m_store;
    OptOutPolicy m_optOut;
};

} // namespace ChannelDesk
