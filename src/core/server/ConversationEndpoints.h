// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reading the conversation log through the server API: the conversations (newest first, or the
//! messages matching a search) and one conversation's messages, paged with `before`. Runs on the
//! Desk's thread; the reads run on the Desk's database thread. Also the handoff between bot and
//! person (POST conversations/{id}/takeover and …/return), which the console verbs share.

#include "model/ConversationRows.h"
#include "server/ApiContext.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace ChannelDesk {

class ConversationEndpoints : public QObject
{
    Q_OBJECT

public:
    ConversationEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void list(const ApiRequest& request, const ApiReply& reply);
    void messages(const ApiRequest& request, const ApiReply& reply);
    void handoff(const ApiRequest& request, const ApiReply& reply);

    //! Takes the conversation over (or gives it back) in the name of `by`, the caller's key; the
    //! answer is the row as it is now, empty for an unknown conversation. Not audited here.
    static QFuture<Result<std::optional<ConversationRow>>> handOff(Desk* desk, qint64 conversationId,
                                                                   bool takenOver, const QString& by);

private:
    ApiContext m_context;
};

} // namespace ChannelDesk
