// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Field keys of a linked-device WhatsApp channel (through a gateway); the answers-file names.

#include "channels/HandoffFields.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ChannelDesk::LinkedFields {

inline QString gateway()
{
    return QStringLiteral("gateway");
}
inline QString baseUrl()
{
    return QStringLiteral("base_url");
}
inline QString session()
{
    return QStringLiteral("session");
}
inline QString deviceLabel()
{
    return QStringLiteral("device_label");
}
//! WAHA API key or connection-gateway service token; kept in the keychain.
inline QString apiKey()
{
    return QStringLiteral("api_key");
}

inline QString waha()
{
    return QStringLiteral("waha");
}
inline QString connectionGateway()
{
    return QStringLiteral("connection-gateway");
}
inline QStringList gateways()
{
    return {waha(), connectionGateway()};
}
inline QString defaultSession()
{
    return QStringLiteral("default");
}

//! Reconnect/retry attempts before giving up (the seed design's 5 by default).
inline QString reconnectAttempts()
{
    return QStringLiteral("reconnect_attempts");
}
inline int defaultReconnectAttempts()
{
    return 5;
}

//! Where inbound messages are passed on to the channel's bot, as WAHA-shaped events; empty: not
//! forwarded. Same keys as a Cloud API channel's.
inline QString forwardUrl()
{
    return QStringLiteral("forward_url");
}
inline QString forwardTimeoutMs()
{
    return QStringLiteral("forward_timeout_ms");
}
//! Signs the forwarded events (X-ChannelDesk-Signature-256); kept in the keychain, generated when
//! the channel first gets a forward_url, never typed in.
inline QString forwardSecret()
{
    return QStringLiteral("forward_secret");
}
inline QByteArray forwardSignatureHeader()
{
    return QByteArrayLiteral("X-ChannelDesk-Signature-256");
}

inline QStringList plainFields()
{
    return {gateway(),
            baseUrl(),
            session(),
            deviceLabel(),
            reconnectAttempts(),
            forwardUrl(),
            forwardTimeoutMs(),
            HandoffFields::onReply(),
            HandoffFields::returnHours()};
}
inline QStringList secretFields()
{
    return {apiKey()};
}

} // namespace ChannelDesk::LinkedFields
