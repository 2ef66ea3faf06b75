// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Decides which desktop notifications to raise for what the dashboard observed: a channel that
//! failed, became degraded or recovered, a QR waiting to be scanned, a token about to expire, new
//! inbound messages while the window is hidden, a bot failing for a while or answering again. Pure logic with
//! explicit time, so it is tested without a system tray; the tray only shows what it returns.

#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "model/BotHealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ChannelDesk {

enum class NotificationKind
{
    NewMessage,
    ChannelFailed,
    ChannelDegraded,
    ChannelRecovered,
    TokenExpiring,
    QrWaiting,
    BotFailing,
    BotRecovered,
};

struct PlannedNotification
{
    enum class Urgency
    {
        Information,
        Warning,
        Critical,
    };
    NotificationKind kind = NotificationKind::NewMessage;
    QString channelId;
    QString title;
    QString message;
    Urgency urgency = Urgency::Information;
};

class NotificationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPlanner)

public:
    //! The same kind of notification for the same channel is not repeated within this time.
    static constexpr qint64 RepeatAfterMs = 10 * 60 * 1000;
    //! Tokens that expire within this time are announced (once per expiry time).
    static constexpr qint64 TokenWarningMs = 2 * 3600 * 1000;
    //! A bot failing for longer than this is announced (once per failing run): short outages
    //! are the backlog's business, not the operator's.
    static constexpr qint64 BotFailingAfterMs = 5 * 60 * 1000;

    void setEnabled(NotificationKind kind, bool enabled);
    bool isEnabled(NotificationKind kind) const { return !m_disabled.contains(int(kind)); }

    //! The current state of every channel; returns what changed worth telling.
    QList<PlannedNotification> statesChanged(const QList<ChannelState>& states, const QDateTime& now);
    /*!
     * Fresh activity figures. The first call only learns the baseline; later, channels whose
     * newest inbound message moved on are announced when the window is hidden.
     */
    QList<PlannedNotification> activityRefreshed(const QList<ChannelActivity>& activity, bool windowHidden);
    /*!
     * The channel's bot health, when it changed and again on every clock tick: a bot failing for
     * more than BotFailingAfterMs is announced once per failing run, and its recovery (ok, slow
     * or idle) only if its failure was announced. A paused bot is forgotten silently.
     */
    QList<PlannedNotification> botHealthChanged(const QString& channelId, const QString& name,
                                                const BotHealth& health, const QDateTime& now);
    //! Forgets a removed channel's bot.
    void forgetBot(const QString& channelId);

private:
    struct Seen
    {
        ChannelStateSummary::Severity severity = ChannelStateSummary::Severity::Idle;
        LinkState state = LinkState::Unknown;
        bool known = false;
    };
    bool allow(NotificationKind kind, const QString& channelId, const QDateTime& now);
    void plan(QList<PlannedNotification>& out, NotificationKind kind, const ChannelState& state,
              const QString& title, const QString& message, PlannedNotification::Urgency urgency,
              const QDateTime& now);

    QSet<int> m_disabled; //!< NotificationKind values
    QHash<QString, Seen> m_seen;
    QHash<QString, QString> m_names;
    QHash<QString, QDateTime> m_lastInbound;
    QHash<QString, int> m_inToday;
    bool m_activityKnown = false;
    QHash<QString, QDateTime> m_tokenWarned; //!< channel → expiry time already announced
    QHash<QPair<int, QString>, QDateTime> m_lastRaised;
    //! Channel → failingSince of the failing run already announced.
    QHash<QString, QDateTime> m_botAnnounced;
};

} // namespace ChannelDesk
