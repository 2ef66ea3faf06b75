// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What a remote window caches of its server, as the console protocol's `snapshot` verb answers it:
//! the channels and everything a LocalDesk can answer at once (states, activity, links with their
//! QR, receiver, health, the bots' health). Held in memory only.

#include "channels/Channel.h"
#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"
#include "model/ApiServerStatus.h"
#include "model/BotHealth.h"
#include "model/LinkTypes.h"
#include "model/ReceiverStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace ChannelDesk {

struct RemoteSnapshot
{
    struct Link
    {
        LinkStatus status;
        PairingQr qr;
        bool pairingCode = false;
    };
    struct Health
    {
        std::optional<CloudHealth> health;
        bool checking = false;
        QString problem;
    };

    qint64 cursor = 0;
    QList<Channel> channels;
    QList<ChannelState> states;
    QList<ChannelActivity> activity;
    ReceiverStatus receiver;
    ApiServerStatus api;
    QHash<QString, Link> links;
    QSet<QString> canSend;
    QHash<QString, Health> health;
    //! Per channel; kept current between snapshots by the stream's bot_health events. Absent from
    //! an older server's snapshot.
    QHash<QString, BotHealth> bots;

    //! False when json is not a snapshot answer.
    static bool fromWire(const QJsonObject& json, RemoteSnapshot* snapshot);
    //! Whether the channel list differs in anything a view shows.
    static bool sameChannels(const QList<Channel>& a, const QList<Channel>& b);
};

} // namespace ChannelDesk
