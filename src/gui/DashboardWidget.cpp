// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWidget.h"
#include "ui_DashboardWidget.h"

#include "util/Clock.h"
#include "ChannelCardWidget.h"

#include <QSet>

namespace ChannelDesk {

DashboardWidget::DashboardWidget(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWidget>())
    , m_desk(desk)
    , m_clock(Clock::system())
{
    m_ui->setupUi(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardWidget::refreshActivity);
    connect(desk, &Desk::channelsChanged, this, &DashboardWidget::syncChannels);
    connect(desk, &Desk::channelStatesChanged, this, &DashboardWidget::showStates);
    connect(desk, &Desk::channelActivityChanged, this, &DashboardWidget::showActivity);
    connect(desk, &Desk::cloudHealthChanged, this, &DashboardWidget::showHealth);
    connect(desk, &Desk::healthCheckStarted, this, [this](const QString& id) {
        if (ChannelCardWidget* card = m_cards.value(id))
            card->setHealthChecking(true);
    });
    connect(desk, &Desk::botHealthChanged, this, &DashboardWidget::showBotHealth);
    connect(desk, &Desk::weComTokenStateChanged, this, [this](const QString& id) {
        if (ChannelCardWidget* card = m_cards.value(id); card && m_desk)
            card->setWeComTokenState(m_desk->weComTokenState(id));
    });
    connect(desk, &Desk::sendUsageChanged, this, [this](const QString& id, const SendUsage& usage) {
        if (ChannelCardWidget* card = m_cards.value(id))
            card->setSendUsage(usage);
    });
    // Relative times ("5 min ago") age while nothing else changes.
    m_timesTimer.setInterval(15 * 1000);
    connect(&m_timesTimer, &QTimer::timeout, this, &DashboardWidget::updateTimes);
    m_timesTimer.start();
    syncChannels();
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    updateTimes();
}

void DashboardWidget::refreshActivity()
{
    if (m_desk)
        m_desk->refreshActivity();
}

void DashboardWidget::syncChannels()
{
    const QList<Channel> channels = m_desk ? m_desk->channels() : QList<Channel>();
    QSet<QString> present;
    int position = 0;
    for (const Channel& channel : channels) {
        present.insert(channel.id);
        ChannelCardWidget* card = m_cards.value(channel.id);
        if (!card) {
            card = new ChannelCardWidget(channel.id, m_ui->cardsContainer);
            connect(card, &ChannelCardWidget::healthCheckRequested, this, [this](const QString& id) {
                if (m_desk)
                    m_desk->checkHealth(id);
            });
            connect(card, &ChannelCardWidget::openRequested, this, &DashboardWidget::openChannelRequested);
            connect(card, &ChannelCardWidget::errorDismissed, this,
                    [this](const QString& id, const QDateTime& at) { m_dismissedErrors.insert(id, at); });
            card->setErrorDismissedAt(m_dismissedErrors.value(channel.id));
            m_cards.insert(channel.id, card);
        }
        // Cards follow the order of the channel list; the spacer stays last.
        m_ui->cardsLayout->insertWidget(position++, card);
        card->setChannel(channel);
        // The QR is on the card itself: a channel awaiting a scan needs no click to be linked.
        card->followPairing(channel.kind == ChannelKinds::whatsAppLinked() ? m_desk.data() : nullptr);
        if (channel.kind == ChannelKinds::weCom())
            card->setWeComTokenState(m_desk->weComTokenState(channel.id));
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_cards.erase(it);
    }
    m_ui->emptyLabel->setVisible(channels.isEmpty());
    m_ui->cardsScrollArea->setVisible(!channels.isEmpty());
    if (!m_desk)
        return;
    for (const QString& id : m_cards.keys()) {
        showHealth(id);
        showBotHealth(id);
    }
    showActivity(m_desk->channelActivity());
    showStates(m_desk->channelStates());
    m_desk->refreshSendUsage(m_cards.keys());
}

void DashboardWidget::showStates(const QList<ChannelState>& states)
{
    for (const ChannelState& state : states) {
        ChannelCardWidget* card = m_cards.value(state.channelId);
        if (!card)
            continue;
        card->setState(state);
        card->setLastError(state.lastError, state.lastErrorAt);
    }
    m_ui->summaryLabel->setText(states.isEmpty() ? QString() : ChannelStateSummary::summaryText(states));
    updateTimes();
}

void DashboardWidget::showActivity(const QList<ChannelActivity>& activity)
{
    for (const ChannelActivity& entry : activity) {
        if (ChannelCardWidget* card = m_cards.value(entry.channelId))
            card->setActivity(entry);
    }
    if (m_desk)
        m_desk->refreshSendUsage(m_cards.keys());
}

void DashboardWidget::showHealth(const QString& channelId)
{
    ChannelCardWidget* card = m_cards.value(channelId);
    if (!card || !m_desk)
        return;
    card->setHealthChecking(m_desk->isCheckingHealth(channelId));
    if (const auto health = m_desk->cloudHealth(channelId))
        card->setHealth(*health);
    const QString problem = m_desk->cloudHealthProblem(channelId);
    if (!problem.isEmpty())
        card->setHealthProblem(problem);
}

void DashboardWidget::showBotHealth(const QString& channelId)
{
    if (ChannelCardWidget* card = m_cards.value(channelId); card && m_desk)
        card->setBotHealth(m_desk->botHealth(channelId));
}

void DashboardWidget::updateTimes()
{
    const QDateTime at = m_clock->now();
    for (ChannelCardWidget* card : std::as_const(m_cards))
        card->updateTimes(at);
}

} // namespace ChannelDesk
