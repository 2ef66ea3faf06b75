// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One channel on the dashboard: its state in words and colour (never colour alone), since when,
//! traffic figures, failed sends, reconnects, the last error in Meta's or the gateway's words and,
//! for Cloud API channels, the number's health and the access token's expiry with a countdown; for
//! WeCom apps, the access token's state and the last callback; and how its bot keeps up. A linked
//! channel that awaits a scan shows its live pairing QR on the card itself, so the dashboard alone
//! is enough to link the phone, and the session's controls (Stop, Start, Restart, Log Out…, …).
//!
//! A healthy channel's card is one line: name, state, today's figures and a sparkline of the last
//! 24 hours. The details (a full chart, the figures, the last error, Cloud API health) open by
//! themselves when something needs the operator and can be opened or closed by hand. A last error
//! followed by recovery is shown as past ("resolved 3 min ago") and can be dismissed.

#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"
#include "model/BotHealth.h"
#include "model/SendUsage.h"
#include "model/WeComTokenState.h"

#include <QFrame>

#include <memory>
#include <optional>

namespace Ui {
class ChannelCardWidget;
}

namespace ChannelDesk {

struct Channel;
class Desk;
class LinkControlsWidget;
class PairingQrWidget;

class ChannelCardWidget : public QFrame
{
    Q_OBJECT

public:
    explicit ChannelCardWidget(QString channelId, QWidget* parent = nullptr);
    ~ChannelCardWidget() override;

    QString channelId() const { return m_channelId; }

    void setChannel(const Channel& channel);
    void setState(const ChannelState& state);
    void setActivity(const ChannelActivity& activity);
    //! The newest error in the remote side's own words; empty text clears it.
    void setLastError(const QString& text, const QDateTime& at);
    //! The resolved error of at (and older ones) is not shown any more.
    void setErrorDismissedAt(const QDateTime& at);
    void setHealth(const CloudHealth& health);
    void setHealthChecking(bool checking);
    //! Why no health check could be made, e.g. no token stored.
    void setHealthProblem(const QString& text);
    //! Sends against the configured limits (SendRateLimiter::usage of this channel).
    void setSendUsage(const SendUsage& usage);
    //! The bot's state word and colour, with the backlog when deliveries wait; hidden while the
    //! channel forwards to no bot and nothing waits.
    void setBotHealth(const BotHealth& health);
    //! A WeCom app's access token as the desk last saw it (WeCom channels only).
    void setWeComTokenState(const WeComTokenState& state);
    //! Shows the channel's live pairing QR from desk while it awaits a scan, and the controls of its
    //! session; nullptr for channels without a gateway session (Cloud API, WeCom). Not owned.
    void followPairing(Desk* desk);
    PairingQrWidget* pairingQrWidget() const;
    LinkControlsWidget* linkControls() const;
    //! Whether the details are shown: by the operator's choice, else when something is wrong.
    bool detailsShown() const;
    //! Whether something on the card needs the operator (what opens the details by itself).
    bool needsAttention() const;
    //! Re-renders everything relative to now: "5 min ago", the token countdown.
    void updateTimes(const QDateTime& now);

    //! "12:03 (5 min ago)", "never"
    static QString moment(const QDateTime& at, const QDateTime& now);
    //! "3 h 12 min", "45 min", "less than a minute"
    static QString duration(qint64 ms);
    static QColor severityColour(ChannelStateSummary::Severity severity);

signals:
    void healthCheckRequested(const QString& channelId);
    //! The operator dismissed the resolved error of at; the dashboard keeps it dismissed.
    void errorDismissed(const QString& channelId, const QDateTime& at);
    void openRequested(const QString& channelId);

private:
    void showHealth();
    void showLastError();
    void applyDetails();
    void showTokenExpiry();
    static void setBadge(QWidget* label, const QColor& colour);

    std::unique_ptr<Ui::ChannelCardWidget> m_ui;
    QString m_channelId;
    bool m_cloud = false;
    bool m_weCom = false;
    ChannelState m_state;
    std::optional<ChannelActivity> m_activity;
    std::optional<CloudHealth> m_health;
    QString m_lastError;
    QDateTime m_lastErrorAt;
    QDateTime m_errorDismissedAt;
    std::optional<bool> m_detailsChoice; //!< the operator's, until the card's trouble changes
    bool m_trouble = false;
    bool m_botTrouble = false;
    bool m_nearLimit = false;
    bool m_wasAttention = false;
    QString m_healthProblem;
    bool m_checking = false;
    QDateTime m_now;
};

} // namespace ChannelDesk
