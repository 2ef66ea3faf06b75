// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The system tray icon: shows the worst channel state (failed > degraded > needs attention >
//! connected) in its icon and tooltip (which also names the channels whose bot is failing), offers a menu
//! (show window, one line per channel, settings, quit) and raises the desktop notifications the
//! NotificationPlanner decides on. Without a system tray (QSystemTrayIcon::isSystemTrayAvailable() is false)
//! it keeps its state and menu but shows nothing.

#include "health/ChannelStateSummary.h"
#include "health/NotificationPlanner.h"
#include "settings/NotificationSettings.h"

#include <QIcon>
#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace ChannelDesk {

class Clock;

class TrayController : public QObject
{
    Q_OBJECT

public:
    //! window: shown by "Show window"; "hidden" for new-message notifications when not visible or
    //! minimised.
    explicit TrayController(QWidget* window, QObject* parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_tray != nullptr || s_assumeAvailable; }
    //! Tests only: behave as if the desktop had a system tray (the offscreen platform has none).
    static void assumeAvailable(bool available) { s_assumeAvailable = available; }
    //! A message from the tray icon (also recorded without a tray, for tests and logs).
    void announce(const QString& title, const QString& text);
    QString lastAnnouncement() const { return m_lastAnnouncement; }
    void setSettings(const NotificationSettings& settings);
    const NotificationSettings& settings() const { return m_settings; }
    //! Not owned. Default: the system clock.
    void setClock(const Clock* clock);

    ChannelStateSummary::Severity severity() const { return m_severity; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    //! What was raised by the last update (also without a tray): for tests and logs.
    const QList<PlannedNotification>& lastNotifications() const { return m_last; }

    void updateStates(const QList<ChannelState>& states);
    void noteActivity(const QList<ChannelActivity>& activity);
    //! A channel's bot health; also called on every clock tick, so that a bot failing for long
    //! enough is announced even when nothing changes any more.
    void updateBotHealth(const QString& channelId, const QString& name, const BotHealth& health);

    static QIcon iconFor(ChannelStateSummary::Severity severity, const QIcon& base);

signals:
    void showWindowRequested();
    void settingsRequested();
    void quitRequested();

private:
    void present(const QList<PlannedNotification>& notifications);
    void showToolTip();
    bool windowHidden() const;

    static inline bool s_assumeAvailable = false;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastAnnouncement;
    QMenu* m_menu;
    QAction* m_channelsSeparator;
    QList<QAction*> m_channelActions;
    NotificationSettings m_settings;
    NotificationPlanner m_planner;
    const Clock* m_clock;
    ChannelStateSummary::Severity m_severity = ChannelStateSummary::Severity::Idle;
    QString m_toolTip;
    QString m_statesText;
    //! Channel → name, for the channels whose bot is failing.
    QMap<QString, QString> m_failingBots;
    QIcon m_icon;
    QList<PlannedNotification> m_last;
};

} // namespace ChannelDesk
