// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The handoff between bot and person for a LocalDesk. A take-over or return writes the journal's
//! forward_handoff first (what the forwarder obeys, also in a `serve` beside this process) and
//! then the conversation store (what the list shows, with the stream's conversation_handoff
//! event), off the caller's thread. An operator's reply (a send from the window or a remote
//! console, never one of a bot's API key) takes the conversation over when its channel says
//! handoff_on_reply, and is remembered for the automatic return: a periodic check gives back the
//! conversations of a channel with handoff_return_hours whose take-over and last operator's reply
//! are older than that. The times are stored, so a restart loses no return.

#include "model/ConversationRows.h"
#include "store/DatabaseWorker.h"
#include "store/HandoffStore.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace ChannelDesk {

class ChannelManager;
class Clock;
struct OutboundItem;

class HandoffController : public QObject
{
    Q_OBJECT

public:
    HandoffController(ChannelManager* manager, const QString& dataDirectory, QObject* parent = nullptr);
    ~HandoffController() override;

    //! Not owned. Default: the system clock.
    void setClock(const Clock* clock) { m_clock = clock; }
    //! Called (on this thread) after a change, so a forwarder in this process looks at once.
    void setForwardWaker(std::function<void()> wake) { m_wake = std::move(wake); }

    //! Takes the conversation over for `by`, or gives it back. auditRemote non-empty: recorded in
    //! the audit log under `by` from there (the API audits its own calls). The answer holds the
    //! row as it is now; it is empty when there is no such conversation.
    QFuture<Result<std::optional<HandoffChange>>> set(qint64 conversationId, bool takenOver,
                                                      const QString& by, const QString& auditRemote);
    //! A message was queued for sending: an operator's reply may take its conversation over.
    void noteQueued(const OutboundItem& item);
    //! Gives back the conversations that have been quiet for longer than their channel allows.
    void returnQuietConversations();

    //! How often the automatic return looks (hours are its unit, so a minute is close enough).
    static constexpr int kReturnCheckMs = 60 * 1000;
    //! The audit log's address for changes nobody asked for at that moment.
    static QString automaticAddress() { return QStringLiteral("auto"); }

signals:
    void handoffChanged(const ChannelDesk::ConversationRow& row);

private:
    void announce(const Result<std::optional<HandoffChange>>& result);

    QPointer<ChannelManager> m_manager;
    QString m_databasePath;
    QString m_journalPath;
    const Clock* m_clock;
    std::function<void()> m_wake;
    QTimer m_returnTimer;
    //! Declared last: destroyed first, waiting for queued work before what it uses goes.
    DatabaseWorker m_worker;
};

} // namespace ChannelDesk
