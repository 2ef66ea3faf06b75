// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One recorded change: who (key name, or "cli"), from where (remote address, or "cli"), what
//! (action and target) and how it ended (result).

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct AuditEntry
{
    //! Assigned by AuditStore; 0 for an entry not stored yet.
    qint64 id = 0;
    QDateTime at;
    QString keyName;
    QString remote;
    //! e.g. "send", "connect", "key.create".
    QString action;
    //! What the action was about: a channel id, a key name, a peer.
    QString target;
    //! "ok", or why it failed.
    QString result;
};

} // namespace ChannelDesk
