// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OutboundItem.h"

namespace ChannelDesk {

bool OutboundItem::isFinal() const
{
    return state != QLatin1String("queued") && state != QLatin1String("sending");
}

QString OutboundItem::codeName(SendCode code)
{
    switch (code) {
    case SendCode::Ok:
        return QStringLiteral("OK");
    case SendCode::NotConnected:
        return QStringLiteral("NOT_CONNECTED");
    case SendCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case SendCode::InvalidNumber:
        return QStringLiteral("INVALID_NUMBER");
    case SendCode::WindowClosed:
        return QStringLiteral("WINDOW_CLOSED");
    case SendCode::OptedOut:
        return QStringLiteral("OPTED_OUT");
    case SendCode::SendFailed:
        return QStringLiteral("SEND_FAILED");
    case SendCode::AuthFailed:
        return QStringLiteral("AUTH_FAILED");
    case SendCode::NotAllowed:
        return QStringLiteral("NOT_ALLOWED");
    }
    return QStringLiteral("SEND_FAILED");
}

SendCode OutboundItem::code() const
{
    if (state != QLatin1String("failed") && state != QLatin1String("unknown"))
        return SendCode::Ok;
    switch (errorCode) {
    case 0:
    case 190:
        return state == QLatin1String("unknown") ? SendCode::SendFailed : SendCode::AuthFailed;
    case 131047:
        return SendCode::WindowClosed;
    case 130429:
    case 131056:
    case 131048:
    case 4:
    case 80007:
        return SendCode::RateLimited;
    case 131026:
    case 131045:
    case 133010:
        return SendCode::InvalidNumber;
    case 131050:
        return SendCode::OptedOut;
    case kNetworkFailure:
        return SendCode::NotConnected;
    default:
        return SendCode::SendFailed;
    }
}

} // namespace ChannelDesk
