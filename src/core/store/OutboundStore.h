// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The persisted outbound queue. Every send is a row in `outbound` plus a row in `messages`
//! (direction out, wamid "local-<id>" until Meta accepts it), so the conversation view shows it from
//! the moment it is queued, and status webhooks move it on once it has Meta's wamid. Blocking: call
//! it from the thread that owns the OutboundQueue, never from the UI thread.

#include "model/OutboundItem.h"
#include "model/ServiceWindow.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace ChannelDesk {

//! A send that counts against the send limits.
struct SendRecord
{
    QString channelId;
    QString peer;
    QDateTime at;
};

class OutboundStore
{
public:
    explicit OutboundStore(QString databasePath);

    //! sentBy names who asked for the send (OutboundItem::sentBy).
    Result<OutboundItem> enqueue(const QString& channelId, const QString& peer,
                                 const OutboundContent& content, const QString& source, const QDateTime& now,
                                 const QString& sentBy = {}) const;
    //! A send a linked device's gateway took at once (item.messageId is the gateway's id), recorded
    //! as accepted so that the log can say who sent it. No message row: the gateway reports the
    //! message itself, and it may do so before or after this.
    Status recordLinkedSend(const OutboundItem& item) const;
    //! Moves a queued row to sending. false when another process already took it.
    Result<bool> claim(qint64 id, const QDateTime& now) const;
    Status markAccepted(qint64 id, const QString& messageId, const QDateTime& now) const;
    Status markFailed(qint64 id, int code, const QString& error, const QDateTime& now) const;
    //! The outcome is not known (timeout, or the process died during the request): never resent
    //! automatically, because Meta may have accepted it.
    Status markUnknown(qint64 id, const QString& error, const QDateTime& now) const;
    //! Back to queued, to be tried again at `at`.
    Status reschedule(qint64 id, const QDateTime& at, int code, const QString& error,
                      const QDateTime& now) const;
    //! Content change before sending, e.g. an uploaded file replaced by its media id.
    Status updateContent(qint64 id, const OutboundContent& content) const;
    //! After this long in "sending" a row was left by a process that died.
    static constexpr int InterruptedAfterSeconds = 300;
    //! Rows left in "sending" by a process that died become "unknown".
    Result<int> recoverInterrupted(const QDateTime& now) const;

    Result<std::optional<OutboundItem>> item(qint64 id) const;
    //! Queued rows of all channels, oldest first.
    Result<QList<OutboundItem>> queued() const;
    Result<QList<OutboundItem>> recent(const QString& channelId, int limit) const;
    Result<QList<SendRecord>> sendsSince(const QDateTime& since) const;

    Result<ServiceWindow> window(const QString& channelId, const QString& peer) const;
    //! SQL that is true when a send of the conversation row `conversations` (a table name or alias)
    //! failed with 131047 after its last inbound message; shared with the conversation list.
    static QString closedByMetaSql(const QString& conversations);
    Result<bool> isOptedOut(const QString& channelId, const QString& peer) const;
    Status setOptedOut(const QString& channelId, const QString& peer, bool optedOut, const QString& word,
                       const QDateTime& now) const;

private:
    Status setState(qint64 id, const QString& state, int code, const QString& error,
                    const QDateTime& now) const;
    //! Runs body in one transaction; body returns false after a query failed (q says why).
    Status inTransaction(const std::function<bool(QSqlQuery&)>& body) const;

    QString m_path;
};

} // namespace ChannelDesk
