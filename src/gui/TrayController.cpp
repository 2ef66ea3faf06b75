// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayController.h"

#include "util/Clock.h"
#include "ChannelCardWidget.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ChannelDesk {

TrayController::TrayController(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_clock(Clock::system())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* show = m_menu->addAction(tr("&Show ChannelDesk"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayController::showWindowRequested);
    m_channelsSeparator = m_menu->addSeparator();
    m_menu->addSeparator();
    QAction* settings = m_menu->addAction(tr("&Notifications…"));
    settings->setObjectName(QStringLiteral("trayNotificationsAction"));
    connect(settings, &QAction::triggered, this, &TrayController::settingsRequested);
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);

    m_icon = iconFor(m_severity, window ? window->windowIcon() : QIcon());
    m_toolTip = tr("ChannelDesk");
    // Offscreen, on some Wayland desktops and in minimal sessions there is no tray: ChannelDesk then
    // works as before, without icon or notifications.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setContextMenu(m_menu);
        m_tray->setToolTip(m_toolTip);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindowRequested);
        m_tray->show();
    }
}

TrayController::~TrayController()
{
    if (m_tray)
        m_tray->hide();
}

void TrayController::setSettings(const NotificationSettings& settings)
{
    m_settings = settings;
    for (NotificationKind kind : NotificationSettings::kinds())
        m_planner.setEnabled(kind, settings.isEnabled(kind));
}

void TrayController::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void TrayController::updateStates(const QList<ChannelState>& states)
{
    m_severity = ChannelStateSummary::worst(states);
    m_icon = iconFor(m_severity, m_window ? m_window->windowIcon() : QIcon());
    m_statesText = tr("ChannelDesk — %1").arg(ChannelStateSummary::summaryText(states));
    QSet<QString> known;
    for (const ChannelState& state : states)
        known.insert(state.channelId);
    for (auto it = m_failingBots.begin(); it != m_failingBots.end();) {
        if (known.contains(it.key())) {
            ++it;
            continue;
        }
        m_planner.forgetBot(it.key());
        it = m_failingBots.erase(it);
    }

    qDeleteAll(m_channelActions);
    m_channelActions.clear();
    for (const ChannelState& state : states) {
        const QString name = state.name.isEmpty() ? state.channelId : state.name;
        auto* line = new QAction(tr("%1 — %2").arg(name, ChannelStateSummary::stateText(state)), m_menu);
        line->setEnabled(false);
        line->setIcon(iconFor(ChannelStateSummary::severity(state), {}));
        line->setObjectName(QStringLiteral("trayChannel_") + state.channelId);
        m_menu->insertAction(m_channelsSeparator, line);
        m_channelActions.append(line);
    }
    if (m_tray)
        m_tray->setIcon(m_icon);
    showToolTip();
    present(m_planner.statesChanged(states, m_clock->now()));
}

void TrayController::updateBotHealth(const QString& channelId, const QString& name, const BotHealth& health)
{
    const bool failing = health.state == BotHealth::State::Failing;
    if (failing != m_failingBots.contains(channelId)) {
        if (failing)
            m_failingBots.insert(channelId, name.isEmpty() ? channelId : name);
        else
            m_failingBots.remove(channelId);
        showToolTip();
    }
    // Only what was raised replaces lastNotifications(): the ticks mostly raise nothing.
    const QList<PlannedNotification> planned
        = m_planner.botHealthChanged(channelId, name, health, m_clock->now());
    if (!planned.isEmpty())
        present(planned);
}

void TrayController::showToolTip()
{
    m_toolTip = m_statesText.isEmpty() ? tr("ChannelDesk") : m_statesText;
    if (!m_failingBots.isEmpty()) {
        const QStringList names = m_failingBots.values();
        m_toolTip += QLatin1Char('\n')
            + tr("Bot failing: %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", ")));
    }
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayController::noteActivity(const QList<ChannelActivity>& activity)
{
    present(m_planner.activityRefreshed(activity, windowHidden()));
}

bool TrayController::windowHidden() const
{
    return !m_window || !m_window->isVisible() || m_window->isMinimized();
}

void TrayController::announce(const QString& title, const QString& text)
{
    m_lastAnnouncement = title + QLatin1Char('\n') + text;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

void TrayController::present(const QList<PlannedNotification>& notifications)
{
    m_last = notifications;
    if (!m_tray)
        return;
    for (const PlannedNotification& n : notifications) {
        const QSystemTrayIcon::MessageIcon icon = n.urgency == PlannedNotification::Urgency::Critical
            ? QSystemTrayIcon::Critical
            : n.urgency == PlannedNotification::Urgency::Warning ? QSystemTrayIcon::Warning
                                                                 : QSystemTrayIcon::Information;
        m_tray->showMessage(n.title, n.message, icon);
    }
}

QIcon TrayController::iconFor(ChannelStateSummary::Severity severity, const QIcon& base)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = ChannelCardWidget::severityColour(severity);
    if (base.isNull()) {
        painter.setBrush(colour);
        painter.setPen(QPen(Qt::white, 4));
        painter.drawEllipse(QRect(6, 6, 52, 52));
        return QIcon(pixmap);
    }
    // The application icon with a state dot in the corner, like a badge.
    painter.drawPixmap(0, 0, base.pixmap(64, 64));
    painter.setBrush(colour);
    painter.setPen(QPen(Qt::white, 4));
    painter.drawEllipse(QRect(30, 30, 32, 32));
    return QIcon(pixmap);
}

} // namespace ChannelDesk
