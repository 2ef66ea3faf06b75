// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewayStateWords.h"

#include <algorithm>
#include <initializer_list>

namespace ChannelDesk {

LinkState GatewayStateWords::stateFromWord(const QString& word)
{
    QString key = word.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    const auto is = [&key](std::initializer_list<const char*> words) {
        return std::any_of(words.begin(), words.end(),
                           [&key](const char* w) { return key == QLatin1String(w); });
    };
    if (is({"connecting", "starting", "initializing", "initialising"}))
        return LinkState::Starting;
    if (is({"qr", "qrcode", "qr_code", "scan_qr_code", "pairing", "waiting_for_scan", "awaiting_scan"}))
        return LinkState::AwaitingScan;
    if (is({"authenticating"}))
        return LinkState::Authenticating;
    if (is({"connected", "open", "ready", "working", "online"}))
        return LinkState::Connected;
    if (is({"disconnected", "reconnecting"}))
        return LinkState::Reconnecting;
    if (is({"logged_out", "logout", "loggedout"}))
        return LinkState::LoggedOut;
    if (is({"failed", "error"}))
        return LinkState::Failed;
    if (is({"closed", "stopped", "close"}))
        return LinkState::Stopped;
    return LinkState::Unknown;
}

} // namespace ChannelDesk
