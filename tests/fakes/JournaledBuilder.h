// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Builds deliveries into a conversation store the way the receiver does, without its threads:
//! each batch is appended to the delivery journal beside the database, then built from there by a
//! DeliveryProjection. For tests that need a store of known content.

#include "model/Delivery.h"
#include "store/DeliveryJournal.h"
#include "util/Result.h"
#include "webhook/DeliveryProjection.h"

#include <QList>
#include <QString>

class JournaledBuilder
{
public:
    //! The journal is the data directory's own (DataDirectory::journalPath), so that a receiver
    //! started later on the same directory finds the store's mark in step with it.
    explicit JournaledBuilder(const QString& databasePath);

    //! Journals the deliveries (their journalId is set here) and builds them in one transaction.
    ChannelDesk::Result<QList<ChannelDesk::DeliveryOutcome>> commit(QList<ChannelDesk::Delivery> deliveries);
    //! Journals and builds in one go: for a single batch in a test.
    static ChannelDesk::Result<QList<ChannelDesk::DeliveryOutcome>>
    commit(const QString& databasePath, QList<ChannelDesk::Delivery> deliveries);

    ChannelDesk::DeliveryProjection& projection() { return m_projection; }
    ChannelDesk::MessageStore& store() { return m_projection.store(); }

private:
    ChannelDesk::DeliveryJournal m_journal;
    ChannelDesk::DeliveryProjection m_projection;
};
