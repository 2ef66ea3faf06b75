// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The conversation store's side of the handoff between bot and person: which conversations a
//! person took over (shown and filtered in the conversation list), when an operator last replied
//! in them (the automatic return to the bot counts from it), and the stream's
//! conversation_handoff event, written in the same transaction as the change. The forwarder reads
//! the journal's forward_handoff instead (ForwardQueue::setTakenOver); LocalDesk writes both.
//! Blocking, on this thread's connection (Database::open): call it off the UI thread.

#include "model/ConversationRows.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

struct HandoffChange
{
    ConversationRow row; //!< as it is after the change
    bool changed = false; //!< false when it already was in that state (nothing written)
};

class HandoffStore
{
public:
    explicit HandoffStore(QString databasePath);

    //! Takes the conversation over for `by` (or gives it back); empty when there is no such
    //! conversation.
    Result<std::optional<HandoffChange>> set(qint64 conversationId, bool takenOver, const QString& by,
                                             const QDateTime& at) const;
    //! An operator replied to peer on the channel; returns the conversation, if there is one.
    Result<std::optional<ConversationRow>> recordOperatorReply(const QString& channelId, const QString& peer,
                                                               const QDateTime& at) const;
    //! The channel's taken-over conversations where neither the take-over nor an operator's reply
    //! is newer than `quietSince`.
    Result<QList<ConversationRow>> quietSince(const QString& channelId, const QDateTime& quietSince) const;

private:
    QString m_path;
};

} // namespace ChannelDesk
