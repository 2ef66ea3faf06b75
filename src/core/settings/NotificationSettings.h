// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Which desktop notifications the operator wants: a section of Settings (group "notifications").
//! Everything is on until switched off.

#include "health/NotificationPlanner.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace ChannelDesk {

class NotificationSettings
{
    Q_DECLARE_TR_FUNCTIONS(NotificationSettings)

public:
    bool isEnabled(NotificationKind kind) const { return !m_disabled.contains(int(kind)); }
    void setEnabled(NotificationKind kind, bool enabled);

    static QList<NotificationKind> kinds();
    //! "notifications/newMessage", …
    static QString key(NotificationKind kind);

    bool operator==(const NotificationSettings& other) const { return m_disabled == other.m_disabled; }

private:
    QSet<int> m_disabled; //!< NotificationKind values
};

} // namespace ChannelDesk
