// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The home view: one card per channel with the state core works out for it (Desk::channelStates:
//! degraded, reconnects, token expiry, newest error), today's figures and, for Cloud API
//! channels, the number's health. It only shows: reading, checking and deciding happen in core.

#include "desk/Desk.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardWidget;
}

namespace ChannelDesk {

class ChannelCardWidget;
class Clock;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(Desk* desk, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    //! For "5 min ago" texts. Not owned; must outlive the widget. Default: the system clock.
    void setClock(const Clock* clock);

    ChannelCardWidget* card(const QString& channelId) const { return m_cards.value(channelId); }
    QList<ChannelState> states() const { return m_desk ? m_desk->channelStates() : QList<ChannelState>(); }

    //! Asks for the figures again.
    void refreshActivity();

signals:
    void openChannelRequested(const QString& channelId);

private:
    void syncChannels();
    void showStates(const QList<ChannelState>& states);
    void showActivity(const QList<ChannelActivity>& activity);
    void showHealth(const QString& channelId);
    void showBotHealth(const QString& channelId);
    void updateTimes();

    std::unique_ptr<Ui::DashboardWidget> m_ui;
    QPointer<Desk> m_desk;
    const Clock* m_clock;
    QHash<QString, ChannelCardWidget*> m_cards;
    //! Resolved errors the operator dismissed, per channel: the newest dismissed error's time.
    QHash<QString, QDateTime> m_dismissedErrors;
    QTimer m_timesTimer;
};

} // namespace ChannelDesk
