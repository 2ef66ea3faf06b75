// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The channel endpoints of the server API: the list, one channel's status with its pairing QR
//! and code and its bot's health, the linked-device actions (connect, stop, restart, log out,
//! pairing code), clearing an opt-out and sending parked deliveries to the bot again. Runs on the
//! Desk's thread.

#include "server/ApiContext.h"

#include <QHash>
#include <QObject>

namespace ChannelDesk {

class ChannelEndpoints : public QObject
{
    Q_OBJECT

public:
    ChannelEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void list(const ApiRequest& request, const ApiReply& reply);
    void get(const ApiRequest& request, const ApiReply& reply);
    void status(const ApiRequest& request, const ApiReply& reply);
    //! connect, stop, restart, logout.
    void linkAction(const ApiRequest& request, const ApiReply& reply);
    void pairingCode(const ApiRequest& request, const ApiReply& reply);
    void clearOptOut(const ApiRequest& request, const ApiReply& reply);
    //! POST channels/{id}/forward/retry: the channel's parked deliveries go to its bot again.
    void retryForwards(const ApiRequest& request, const ApiReply& reply);

    //! The channel named by segment 1, or an answer saying there is none.
    static bool findChannel(const ApiContext& context, const ApiRequest& request, const ApiReply& reply);

private:
    QJsonObject statusOf(const QString& channelId) const;

    ApiContext m_context;
    //! The newest pairing code per channel, shown while the channel waits for it to be typed.
    QHash<QString, QString> m_pairingCodes;
};

} // namespace ChannelDesk
