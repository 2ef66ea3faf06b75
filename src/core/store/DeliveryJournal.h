// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The receiver's journal of accepted webhook POSTs: a SQLite file of its own next to the
//! conversation store, holding the raw body of every POST ever accepted. A delivery is
//! acknowledged once it is durable here; the conversation store is built from the journal behind
//! the acknowledgements (DeliveryProjector), so the two files are written by two threads at once.
//! After a crash, the entries not yet built are built at the next start.
//!
//! Schema (PRAGMA user_version): 0 the deliveries table alone; 1 adds deliveries.signature and
//! forward_queue (one row per entry waiting for the channel's bot; see ForwardQueue); 2 adds
//! forward_handoff (conversations a person took over from the bot); 3 adds deliveries.kind.
//! Entries of kind LinkedEvent share the ids (and so forward_queue and the forwarder's order)
//! with the webhook POSTs, but entriesAfter() and countAfter() skip them: the log is built from
//! Meta's POSTs, WeCom's callbacks and the gateways' events (kind GatewayEvent) alone, so the
//! projector is the conversation store's one writer, and a bot's copy is never built twice.
//!
//! Blocking; one object per thread (a Qt SQL connection must stay on the thread that opened it).

#include "store/SqliteStatement.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ChannelDesk {

struct JournalEntry
{
    qint64 id = 0; //!< ascending in the order of acknowledgement; set by append()
    QString channelId;
    QDateTime receivedAt;
    QByteArray body; //!< the raw bytes exactly as signed
    QByteArray signature = {}; //!< Meta's X-Hub-Signature-256 header value, as received
    //! Queue the entry for the bot (forward_queue), in the same transaction as the entry itself.
    bool forward = false;
    enum class Kind
    {
        Webhook = 0, //!< Meta's POST, built into the conversation log
        LinkedEvent = 1, //!< a WAHA-shaped event of a linked channel, only for its bot
        WeComCallback = 2, //!< a WeCom callback's decrypted XML, built into the conversation log
        //! A linked-device gateway's message or acknowledgement (GatewayEventBody), built into the
        //! conversation log
        GatewayEvent = 3
    };
    Kind kind = Kind::Webhook;
};

class DeliveryJournal
{
public:
    explicit DeliveryJournal(QString path);
    ~DeliveryJournal();
    DeliveryJournal(const DeliveryJournal&) = delete;
    DeliveryJournal& operator=(const DeliveryJournal&) = delete;

    //! Opens (and if needed creates) the file; later calls open it again only after a failure.
    Status open();
    //! Appends the entries in one transaction that is durable when this returns. Returns the last
    //! new id.
    Result<qint64> append(const QList<JournalEntry>& entries);
    //! Up to limit entries to build (not linked events) with an id above afterId, oldest first.
    Result<QList<JournalEntry>> entriesAfter(qint64 afterId, int limit);
    //! How many entries to build have an id above afterId, and the highest such id (0: none).
    Result<QPair<qint64, qint64>> countAfter(qint64 afterId);
    //! The highest id of an entry to build (0: none); cheap enough to ask every second.
    Result<qint64> newestToBuild();

    //! Creates or upgrades the tables on an open connection to a journal file.
    static Status ensureSchema(QSqlDatabase& db, const QString& path);
    static constexpr int kSchemaVersion = 3;

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    //! Every acknowledgement runs these: SQLite's C API, without Qt SQL's QVariant per value.
    SqliteStatement m_insert{"INSERT INTO deliveries (channel_id, received_at, body, signature, kind)"
                             " VALUES (?, ?, ?, ?, ?)"};
    SqliteStatement m_enqueue{"INSERT INTO forward_queue (delivery_id, channel_id) VALUES (?, ?)"};
    //! The log builder reads every delivery through this one.
    SqliteStatement m_select{"SELECT id, channel_id, received_at, body, kind FROM deliveries WHERE id > ?"
                             " AND kind <> 1 ORDER BY id LIMIT ?"};
};

} // namespace ChannelDesk
