// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The durable conversation log in the data directory's SQLite database: accepted webhook
//! deliveries (raw and parsed), conversations with their 24 h window and unread count, messages,
//! delivery statuses and channel events. Blocking; every thread gets its own connection.

#include "outbound/OptOutWords.h"
#include "store/StoreTypes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace ChannelDesk {

class MessageStore
{
public:
    explicit MessageStore(QString databasePath);
    ~MessageStore();

    //! Stores all deliveries in one transaction and returns only after it is durably committed.
    //! Keeps prepared statements between calls: call it from one thread per MessageStore object.
    //! Deliveries from the DeliveryJournal come in journal order; the last one's journalId is
    //! recorded in the same transaction (see journalProgress()).
    Result<QList<DeliveryOutcome>> commitDeliveries(const QList<Delivery>& deliveries);
    //! The highest DeliveryJournal id built into this store.
    Result<qint64> journalProgress() const;
    //! Messages (deduplicated by id) and acknowledgements from linked-device gateways, in one
    //! transaction. Returns how many messages were new.
    Result<int> commitGatewayEvents(const QList<GatewayEvent>& events);
    Status recordEvents(const QList<ChannelEvent>& events) const;
    //! Inbound text messages that consist of one of these words opt the sender out. Without this
    //! call the words come from the data directory's settings (optOut/words), re-read on change.
    void setOptOutWords(const OptOutWords& words);
    //! Index new messages for search at most every intervalMs instead of in every transaction
    //! (0, the default), and then at most kSearchIndexChunk of them per transaction; see
    //! SearchIndex. Call indexPendingMessages() once msUntilIndexDue() has passed without another
    //! write.
    void setSearchIndexInterval(int intervalMs);
    static constexpr int kSearchIndexChunk = 256;
    //! Milliseconds until indexing is due; 0 while a backlog of messages or segment merges waits;
    //! -1 when there is nothing to do.
    int msUntilIndexDue() const;
    enum class Indexing
    {
        WhenDue, //!< only if msUntilIndexDue() has passed; one chunk and one merge step
        Step, //!< one chunk and one merge step now
        Everything, //!< every message waiting, and one merge step, now
    };
    //! Indexes, in a transaction of its own, what earlier transactions (or a crash) left.
    Status indexPendingMessages(Indexing amount = Indexing::Everything);

    Result<QList<LogEntry>> log(const LogQuery& query) const;
    Result<QList<ChannelEvent>> recentEvents(const QString& channelId, int limit) const;

    //! Status ranks used to never downgrade: sent < delivered < read < played; failed is final.
    static int statusRank(const QString& status);

    struct Writer; //!< implementation detail, public only for the helpers in the .cpp

private:
    //! Runs body in one write transaction, indexes new messages for search when due (or now),
    //! commits durably.
    Status write(const std::function<bool(Writer&)>& body, Indexing indexing = Indexing::WhenDue);
    Error writerError() const;

    void reloadSettingsIfChanged();
    void setWords(const OptOutWords& words);

    QString m_path;
    QString m_settingsPath;
    QDateTime m_settingsStamp;
    bool m_explicitWords = false;
    bool m_settingsRead = false;
    OptOutWords m_optOutWords;
    std::unique_ptr<Writer> m_writer;
    int m_indexIntervalMs = 0;
    bool m_indexPending = false;
    bool m_indexBacklog = false;
    QElapsedTimer m_lastIndexed;
};

} // namespace ChannelDesk
