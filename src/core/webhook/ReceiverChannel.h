// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the webhook receiver needs to know of one Cloud API channel or WeCom app, secrets
//! included. Lives only in memory.

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

struct ReceiverChannel
{
    QString channelId;
    QString phoneNumberId;
    bool enabled = true;
    QByteArray appSecret;
    QByteArray verifyToken;
    bool forward = false; //!< the channel has a forward_url: accepted deliveries are queued for its bot

    //! A WeCom app (ChannelKinds::weCom()): called at /wecom/<channelId>/callback and, with the
    //! other apps, /wecom/callback. phoneNumberId, appSecret and verifyToken stay empty.
    bool weCom = false;
    QByteArray corpId = {};
    QByteArray token = {};
    QByteArray aesKey = {}; //!< 32 bytes, from WeComCrypto::aesKey()
};

} // namespace ChannelDesk
