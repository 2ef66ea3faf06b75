// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournaledBuilder.h"

#include "util/DataDirectory.h"

#include <QFileInfo>

using namespace ChannelDesk;

JournaledBuilder::JournaledBuilder(const QString& databasePath)
    : m_journal(DataDirectory::journalPath(QFileInfo(databasePath).absolutePath()))
    , m_projection(databasePath)
{ }

Result<QList<DeliveryOutcome>> JournaledBuilder::commit(QList<Delivery> deliveries)
{
    if (deliveries.isEmpty())
        return m_projection.commitDeliveries(deliveries);
    QList<JournalEntry> entries;
    entries.reserve(deliveries.size());
    for (const Delivery& delivery : std::as_const(deliveries))
        entries.append({0, delivery.channelId, delivery.receivedAt, delivery.body});
    const Result<qint64> last = m_journal.append(entries);
    if (!last.ok())
        return last.error();
    // One transaction hands out consecutive ids.
    qint64 id = last.value() - deliveries.size();
    for (Delivery& delivery : deliveries)
        delivery.journalId = ++id;
    return m_projection.commitDeliveries(deliveries);
}

Result<QList<DeliveryOutcome>> JournaledBuilder::commit(const QString& databasePath,
                                                        QList<Delivery> deliveries)
{
    return JournaledBuilder(databasePath).commit(std::move(deliveries));
}
