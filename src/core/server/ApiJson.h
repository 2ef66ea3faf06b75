// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The JSON shapes the server API answers with, in one place so the endpoints and the stream
//! describe a channel, a message or a send the same way (and like `channeldesk log --json`).

#include "channels/Channel.h"
#include "health/ChannelStateSummary.h"
#include "model/ConversationRows.h"
#include "model/OutboundItem.h"

#include <QJsonObject>

namespace ChannelDesk {

class ApiJson
{
public:
    //! The state word the window shows, in snake case: starting, awaiting_scan, awaiting_code,
    //! authenticating, connected, reconnecting, logged_out, failed, stopped, degraded.
    static QString stateWord(const ChannelState& state);
    static QString stateWord(LinkState state);
    //! ISO 8601 UTC with milliseconds, or null for an invalid time.
    static QJsonValue time(const QDateTime& at);

    static QJsonObject channel(const Channel& channel, const ChannelState& state);
    static QJsonObject conversation(const ConversationRow& row);
    //! A message; a template we sent also carries "template" (name, language, params, body when
    //! known, header, buttons).
    static QJsonObject message(const MessageRow& row, const QString& peer, const QString& peerName);
    //! A template send's structure, as "template" of a message.
    static QJsonObject templateOf(const OutboundContent& content);
    static QJsonObject outbound(const OutboundItem& item);
};

} // namespace ChannelDesk
