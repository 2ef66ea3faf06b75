// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The write primitives of the conversation log, valid inside one MessageStore::write()
//! transaction: messages (with their conversation's preview, 24 h window and unread count),
//! delivery statuses, channel events, opt-outs and the delivery journal mark. The statements are
//! prepared once and kept for the life of the store: preparing them for every batch cost more than
//! the inserts. What the rows mean is decided above the store (see DeliveryProjection).

#include "model/ChannelEvent.h"
#include "store/SqliteStatement.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>

struct sqlite3;

namespace ChannelDesk {

//! One message to add, from a webhook or a gateway.
struct MessageRecord
{
    QString channelId;
    QString peer;
    QString peerName;
    QString messageId;
    QString direction; //!< "in" or "out"
    QString type;
    QString subtype;
    QString text;
    QJsonObject media;
    QString contextId;
    qint64 at = 0; //!< Unix ms
    QByteArray rawJson; //!< compact UTF-8
    QVariant deliveryId; //!< the journal id, or null
};

//! One delivery status of a message we sent.
struct StatusRecord
{
    QString channelId;
    QString messageId;
    QString status; //!< sent, delivered, read, played, failed, …
    qint64 at = 0; //!< Unix ms
    QString recipient;
    QJsonArray errors;
    QByteArray rawJson; //!< compact UTF-8
    qint64 deliveryId = 0;
};

class MessageWriter
{
public:
    explicit MessageWriter(const QSqlDatabase& db);
    ~MessageWriter();
    MessageWriter(const MessageWriter&) = delete;
    MessageWriter& operator=(const MessageWriter&) = delete;

    //! Before the writes of a transaction on db (the connection this was made for).
    bool attach(const QSqlDatabase& db);
    //! After the transaction: its statements are finalized, so none outlives the connection.
    void detach();

    //! Adds the message unless its (channel, wamid) exists. false on a database error.
    bool addMessage(const MessageRecord& message, bool* inserted);
    //! Adds the status unless the same one exists; a message's status only ever moves up.
    bool addStatus(const StatusRecord& status, bool* inserted);
    bool addEvent(const ChannelEvent& event);
    //! Appends one server API stream event (see StreamEventLog): body is a compact JSON object,
    //! or empty when ref names the messages or statuses row StreamEventLog builds it from.
    bool addStreamEvent(qint64 at, const QString& channelId, const QString& type, const QByteArray& body,
                        qint64 ref = 0);
    //! The row the last addMessage() or addStatus() that inserted one inserted.
    qint64 lastRowId() const { return m_lastRowId; }
    //! The first opt-out counts; a customer who writes STOP twice opted out once.
    bool recordOptOut(const QString& channelId, const QString& peer, qint64 at, const QString& word);
    //! Records that the store holds the delivery journal up to this id.
    bool markJournal(qint64 upto);

    //! Why the last failing primitive failed.
    Error error() const;

    //! Status ranks used to never downgrade: sent < delivered < read < played; failed is final.
    static int statusRank(const QString& status);

private:
    friend class MessageStore;
    std::array<SqliteStatement*, 8> statements();
    //! Prepares the statement on this transaction's connection the first time it is used.
    bool use(SqliteStatement& statement);
    bool conversationFor(const QString& channelId, const QString& peer, qint64* id);

    sqlite3* m_db = nullptr;
    // What every delivery runs, through SQLite's C API.
    SqliteStatement m_findConversation;
    SqliteStatement m_insertConversation;
    SqliteStatement m_insertMessage;
    SqliteStatement m_touchConversation;
    SqliteStatement m_applyKnownStatus;
    SqliteStatement m_insertStatus;
    SqliteStatement m_applyStatus;
    SqliteStatement m_insertStreamEvent;
    // The rare ones, and the search index's, which SearchIndex runs, through Qt SQL.
    QSqlQuery m_indexSearch;
    QSqlQuery m_insertEvent;
    QSqlQuery m_recordOptOut;
    QSqlQuery m_markJournal;
    //! channel -> peer -> conversation id; cleared on rollback. Two levels, so that a lookup
    //! builds no key string.
    QHash<QString, QHash<QString, qint64>> m_conversationIds;
    int m_insertedMessages = 0; //!< in the current transaction
    qint64 m_lastRowId = 0;
};

} // namespace ChannelDesk
