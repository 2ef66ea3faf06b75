// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What an API key may do. Each role includes everything of the ones before it: viewer (status,
//! QR, conversations, stream), sender (send, test), operator (connect, stop, restart, log out,
//! clear opt-out), admin (channel setup and removal, keys).

#include <QString>
#include <QStringList>

#include <optional>

namespace ChannelDesk {

enum class ApiRole
{
    Viewer = 0,
    Sender = 1,
    Operator = 2,
    Admin = 3
};

//! "viewer", "sender", "operator" or "admin": the word stored and typed on the command line.
QString apiRoleName(ApiRole role);
//! The role named by text (case-insensitive, surrounding spaces ignored); nullopt for anything else.
std::optional<ApiRole> parseApiRole(const QString& text);
//! Every role name, weakest first (for help texts and error messages).
QStringList apiRoleNames();
//! Whether a key holding `held` may make a request that needs `needed`.
bool allows(ApiRole held, ApiRole needed);

} // namespace ChannelDesk
