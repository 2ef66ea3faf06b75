// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelForwardWidget.h"
#include "ui_ChannelForwardWidget.h"

#include "channels/CloudApiFields.h"
#include "channels/ForwardTargetValidator.h"
#include "channels/HandoffFields.h"
#include "channels/LinkedFields.h"
#include "desk/Desk.h"
#include "health/BotHealthSummary.h"
#include "util/Clock.h"
#include "util/WhenFinished.h"
#include "ChannelCardWidget.h"
#include "ForwardTargetDialog.h"
#include "MessageBox.h"
#include "RoleGate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace ChannelDesk {

ChannelForwardWidget::ChannelForwardWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChannelForwardWidget>())
    , m_clock(Clock::system())
{
    m_ui->setupUi(this);
    m_ui->sendParkedAgainButton->setEnabled(false);
    connect(m_ui->changeForwardButton, &QPushButton::clicked, this,
            &ChannelForwardWidget::changeForwardTarget);
    connect(m_ui->copyForwardSecretButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->forwardSecretLineEdit->text()); });
    connect(m_ui->regenerateForwardSecretButton, &QPushButton::clicked, this,
            &ChannelForwardWidget::regenerateForwardSecret);
    connect(m_ui->sendParkedAgainButton, &QPushButton::clicked, this, &ChannelForwardWidget::sendParkedAgain);
    m_historyTimer.setSingleShot(true);
    connect(&m_historyTimer, &QTimer::timeout, this, &ChannelForwardWidget::loadHistory);
    m_timesTimer.setInterval(15 * 1000);
    connect(&m_timesTimer, &QTimer::timeout, this, &ChannelForwardWidget::showHealth);
    m_timesTimer.start();
}

ChannelForwardWidget::~ChannelForwardWidget() = default;

void ChannelForwardWidget::setDesk(Desk* desk)
{
    m_desk = desk;
    if (!desk)
        return;
    connect(desk, &Desk::botHealthChanged, this, &ChannelForwardWidget::botHealthChanged);
    connect(desk, &Desk::connectionChanged, this, &ChannelForwardWidget::applyRoles);
    applyRoles();
}

void ChannelForwardWidget::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    showHealth();
}

void ChannelForwardWidget::setChannel(const QString& channelId)
{
    ++m_generation;
    m_channelId = channelId;
    m_ui->forwardMessageLabel->clearMessage();
    m_ui->botHistoryChart->setMinutes({}, m_clock->now());
    m_historyAge.invalidate();
    m_historyTimer.stop();
    showChannel();
    showHealth();
    if (isVisible())
        loadHistory();
}

void ChannelForwardWidget::clearMessage()
{
    m_ui->forwardMessageLabel->clearMessage();
}

bool ChannelForwardWidget::isLinked() const
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    return channel && channel->kind == ChannelKinds::whatsAppLinked();
}

void ChannelForwardWidget::showChannel()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    using namespace CloudApiFields;
    // Both kinds forward, with the same keys.
    const QString forward = channel->field(forwardUrl());
    m_ui->forwardUrlValueLabel->setText(forward.isEmpty() ? tr("not forwarded") : forward);
    const QString timeout = channel->field(forwardTimeoutMs());
    m_ui->forwardTimeoutValueLabel->setText(
        timeout.isEmpty() ? tr("%1 ms (default)").arg(defaultForwardTimeoutMs) : tr("%1 ms").arg(timeout));
    // A Cloud API bot checks Meta's own signature; a linked channel's bot the forward secret.
    const bool linked = channel->kind == ChannelKinds::whatsAppLinked();
    for (QWidget* secret : {static_cast<QWidget*>(m_ui->forwardSecretTitleLabel),
                            static_cast<QWidget*>(m_ui->forwardSecretLineEdit),
                            static_cast<QWidget*>(m_ui->copyForwardSecretButton),
                            static_cast<QWidget*>(m_ui->regenerateForwardSecretButton)})
        secret->setVisible(linked);
}

void ChannelForwardWidget::reloadSecret()
{
    m_ui->forwardSecretLineEdit->clear();
    m_ui->forwardSecretLineEdit->setPlaceholderText(tr("made when the channel gets a bot address"));
    m_ui->copyForwardSecretButton->setEnabled(false);
    if (!m_desk || !isLinked())
        return;
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(m_channelId, LinkedFields::forwardSecret()), this,
                 [this, generation](const SecretResult& secret) {
                     if (generation != m_generation || !secret.ok())
                         return;
                     m_ui->forwardSecretLineEdit->setText(secret.value);
                     m_ui->copyForwardSecretButton->setEnabled(!secret.value.isEmpty());
                 });
}

void ChannelForwardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showHealth();
    loadHistory();
}

void ChannelForwardWidget::botHealthChanged(const QString& channelId)
{
    if (channelId != m_channelId)
        return;
    showHealth();
    if (!isVisible() || m_historyTimer.isActive())
        return;
    // The history is 1,440 minutes at most, but a busy bot changes twice a second: no chart
    // needs that.
    const qint64 age = m_historyAge.isValid() ? m_historyAge.elapsed() : kHistoryRefreshMs;
    if (age >= kHistoryRefreshMs)
        loadHistory();
    else
        m_historyTimer.start(int(kHistoryRefreshMs - age));
}

void ChannelForwardWidget::loadHistory()
{
    m_historyTimer.stop();
    if (!m_desk || m_channelId.isEmpty())
        return;
    m_historyAge.start();
    const quint64 generation = m_generation;
    whenFinished(m_desk->botHistory(m_channelId), this,
                 [this, generation](const Result<QList<BotMinute>>& minutes) {
                     if (generation != m_generation || !minutes.ok())
                         return;
                     m_ui->botHistoryChart->setMinutes(minutes.value(), m_clock->now());
                 });
}

void ChannelForwardWidget::showHealth()
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    showHealthOf(m_desk->botHealth(m_channelId));
}

void ChannelForwardWidget::showHealthOf(const BotHealth& health)
{
    const QDateTime now = m_clock->now();
    const QLocale locale;
    m_ui->botStateLabel->setText(BotHealthSummary::stateText(health.state));
    const QColor colour = health.state == BotHealth::State::Paused || health.state == BotHealth::State::Idle
        ? QColor()
        : ChannelCardWidget::severityColour(BotHealthSummary::severity(health.state));
    // The word says the same as the colour; the colour only helps to see it at a glance.
    m_ui->botStateLabel->setStyleSheet(
        colour.isValid() ? QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 3px;"
                                          " padding: 1px 4px; }")
                               .arg(colour.name())
                         : QString());
    m_ui->botSentenceLabel->setText(BotHealthSummary::sentence(health));
    m_ui->lastSuccessValueLabel->setText(ChannelCardWidget::moment(health.lastSuccessAt, now));
    m_ui->latencyValueLabel->setText(health.p50Ms < 0 ? tr("no answers")
                                                      : tr("median %1, 95% within %2")
                                                            .arg(BotHealthSummary::latency(health.p50Ms),
                                                                 BotHealthSummary::latency(health.p95Ms)));
    m_ui->successRateValueLabel->setText(health.successRate < 0
                                             ? tr("no attempts")
                                             : tr("%1% of %n attempt(s)", nullptr, health.attempts)
                                                   .arg(locale.toString(health.successRate * 100.0, 'f', 1)));
    m_ui->backlogValueLabel->setText(
        health.backlog <= 0 ? tr("none")
                            : tr("%n deliveries, the oldest since %1", nullptr, int(health.backlog))
                                  .arg(ChannelCardWidget::moment(health.oldestWaitingAt, now)));
    // Without a bot and with nothing kept for one there is no health to speak of: the page stays short.
    const bool forwarding
        = health.state != BotHealth::State::Paused || health.backlog > 0 || health.parked > 0;
    const QList<QWidget*> healthWidgets{
        m_ui->botStateTitleLabel,    m_ui->botStateLabel,         m_ui->botSentenceLabel,
        m_ui->lastSuccessTitleLabel, m_ui->lastSuccessValueLabel, m_ui->latencyTitleLabel,
        m_ui->latencyValueLabel,     m_ui->successRateTitleLabel, m_ui->successRateValueLabel,
        m_ui->backlogTitleLabel,     m_ui->backlogValueLabel,     m_ui->parkedTitleLabel,
        m_ui->parkedValueLabel,      m_ui->sendParkedAgainButton, m_ui->historyTitleLabel,
        m_ui->botHistoryChart};
    for (QWidget* widget : healthWidgets)
        widget->setVisible(forwarding);
    m_parked = health.parked;
    m_ui->parkedValueLabel->setText(
        health.parked <= 0 ? tr("none")
                           : tr("%n deliveries the bot never took", nullptr, int(health.parked)));
    applyRoles();
}

void ChannelForwardWidget::sendParkedAgain()
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    setBusy(true);
    m_ui->forwardMessageLabel->clearMessage();
    const quint64 generation = m_generation;
    whenFinished(m_desk->retryParkedForwards(m_channelId), this,
                 [this, generation](const Result<qint64>& retried) {
                     setBusy(false);
                     if (generation != m_generation)
                         return;
                     if (!retried.ok()) {
                         m_ui->forwardMessageLabel->setStatus(
                             FieldCheck::Severity::Error,
                             tr("Error: the parked deliveries were not queued again. %1")
                                 .arg(retried.error().message));
                         return;
                     }
                     m_ui->forwardMessageLabel->setStatus(
                         FieldCheck::Severity::Ok,
                         tr("%n parked deliveries queued for the bot again.", nullptr, int(retried.value())));
                     showHealth();
                 });
}

void ChannelForwardWidget::regenerateForwardSecret()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    const QString text = tr("The bot of “%1” refuses every message until it has the new secret. "
                            "Messages waiting for it are signed with the new one.")
                             .arg(channel->name);
    MessageBox::question(
        this, tr("Regenerate Signing Secret"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        this,
        [this,
         draft = ChannelDraft{*channel,
                              {{LinkedFields::forwardSecret(), ForwardTargetValidator::generateSecret()}}}](
            MessageBox::Answer answer) {
            if (answer != QMessageBox::Yes || draft.channel.id != m_channelId)
                return;
            setBusy(true);
            const quint64 generation = m_generation;
            whenFinished(m_desk->saveChannels({draft}), this, [this, generation](const Status& status) {
                setBusy(false);
                if (generation != m_generation)
                    return;
                if (!status.ok()) {
                    m_ui->forwardMessageLabel->setStatus(
                        FieldCheck::Severity::Error,
                        tr("Error: the signing secret was not replaced. %1").arg(status.error().message));
                    return;
                }
                m_ui->forwardMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                                     tr("New signing secret: give it to the bot."));
                reloadSecret();
            });
        });
}

void ChannelForwardWidget::changeForwardTarget()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    using namespace CloudApiFields;
    auto* dialog = new ForwardTargetDialog(channel->name, channel->field(forwardUrl()),
                                           channel->field(forwardTimeoutMs()), this);
    dialog->setHandoff(HandoffFields::takesOverOnReply(*channel),
                       channel->field(HandoffFields::returnHours()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = channel->id] {
        if (id == m_channelId)
            saveForwardTarget({{CloudApiFields::forwardUrl(), dialog->url()},
                               {CloudApiFields::forwardTimeoutMs(), dialog->timeoutMs()},
                               {HandoffFields::onReply(), dialog->handoffOnReply()},
                               {HandoffFields::returnHours(), dialog->handoffReturnHours()}});
    });
    dialog->open();
}

void ChannelForwardWidget::saveForwardTarget(const QList<std::pair<QString, QString>>& values)
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    ChannelDraft draft{*channel, {}};
    // Empty values are dropped rather than stored, as the wizard does: no forwarding, default timeout.
    for (const auto& [key, value] : values) {
        if (value.isEmpty())
            draft.channel.fields.remove(key);
        else
            draft.channel.fields.insert(key, value);
    }
    const QString url = draft.channel.field(CloudApiFields::forwardUrl());
    setBusy(true);
    m_ui->forwardMessageLabel->clearMessage();
    const quint64 generation = m_generation;
    whenFinished(m_desk->saveChannels({draft}), this, [this, generation, url](const Status& status) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!status.ok()) {
            m_ui->forwardMessageLabel->setStatus(
                FieldCheck::Severity::Error,
                tr("Error: the bot's address was not changed. %1").arg(status.error().message));
            return;
        }
        m_ui->forwardMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                             url.isEmpty()
                                                 ? tr("Deliveries are no longer passed on to a bot.")
                                                 : tr("Deliveries are now passed on to %1.").arg(url));
    });
}

void ChannelForwardWidget::setBusy(bool busy)
{
    m_busy = busy;
    applyRoles();
}

void ChannelForwardWidget::applyRoles()
{
    const DeskConnection connection = m_desk ? m_desk->connection() : DeskConnection();
    const QString editing = RoleGate::refusal(connection, RoleGate::Action::EditChannels);
    RoleGate::apply(m_ui->changeForwardButton, editing, !m_busy);
    RoleGate::apply(m_ui->regenerateForwardSecretButton, editing, !m_busy);
    RoleGate::apply(m_ui->sendParkedAgainButton,
                    RoleGate::refusal(connection, RoleGate::Action::RetryForwards), !m_busy && m_parked > 0);
}

} // namespace ChannelDesk
