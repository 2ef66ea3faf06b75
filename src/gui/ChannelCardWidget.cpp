// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCardWidget.h"
#include "ui_ChannelCardWidget.h"

#include "desk/MessageRules.h"
#include "channels/Channel.h"
#include "health/BotHealthSummary.h"
#include "health/ErrorRecovery.h"
#include "health/PhoneNumberWords.h"
#include "ChannelListModel.h"
#include "ChannelWeComWidget.h"
#include "LinkControlsWidget.h"
#include "PairingQrWidget.h"

#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace ChannelDesk {

namespace {

const QColor Green(0x2e, 0x7d, 0x32);
const QColor Amber(0x9a, 0x67, 0x00);
const QColor Orange(0xc4, 0x4d, 0x00);
const QColor Red(0xc6, 0x28, 0x28);
const QColor Grey(0x61, 0x61, 0x61);

QString tokenTypeText(const QString& type)
{
    if (type == QLatin1String("SYSTEM_USER"))
        return ChannelCardWidget::tr("System user token");
    if (type == QLatin1String("USER"))
        return ChannelCardWidget::tr("User token");
    if (type == QLatin1String("PAGE"))
        return ChannelCardWidget::tr("Page token");
    if (type == QLatin1String("APP"))
        return ChannelCardWidget::tr("App token");
    return type.isEmpty() ? ChannelCardWidget::tr("Token of unknown type")
                          : ChannelCardWidget::tr("%1 token").arg(type);
}

QColor qualityColour(const QString& rating)
{
    if (rating == QLatin1String("GREEN"))
        return Green;
    if (rating == QLatin1String("YELLOW"))
        return Amber;
    if (rating == QLatin1String("RED"))
        return Red;
    return Grey;
}

} // namespace

ChannelCardWidget::ChannelCardWidget(QString channelId, QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ChannelCardWidget>())
    , m_channelId(std::move(channelId))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("channelCard_") + m_channelId);
    m_ui->messagingLimitLabel->setToolTip(
        tr("How many customers the number may start conversations with in 24 hours (replies to "
           "customers who wrote first do not count). Meta sets this limit for the whole business "
           "portfolio: every number of the portfolio shares it."));
    m_ui->qualityCaptionLabel->setToolTip(
        tr("Meta's rating of recent messages, from how customers received them (blocks, reports). "
           "A low rating can lower the messaging limit."));
    m_ui->tokenWarningLabel->hide();
    m_ui->healthGroupBox->hide();
    m_ui->detailsLayout->setRowVisible(m_ui->botLabel, false);
    m_ui->detailsLayout->setRowVisible(m_ui->weComTokenLabel, false);
    m_ui->detailsLayout->setRowVisible(m_ui->lastCallbackLabel, false);
    m_ui->stateReasonLabel->hide();
    // Every linked card has these; one Alt+letter cannot mean all of them.
    m_ui->linkControls->dropMnemonics();
    m_ui->linkControls->hide();
    connect(m_ui->checkHealthButton, &QPushButton::clicked, this,
            [this] { emit healthCheckRequested(m_channelId); });
    connect(m_ui->openChannelButton, &QPushButton::clicked, this,
            [this] { emit openRequested(m_channelId); });
    m_ui->trafficSparkline->setCompact(true);
    m_ui->sendUsageBar->hide();
    m_ui->dismissErrorButton->hide();
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        if (shown == detailsShown())
            return;
        m_detailsChoice = shown;
        applyDetails();
    });
    connect(m_ui->dismissErrorButton, &QPushButton::clicked, this, [this] {
        setErrorDismissedAt(m_lastErrorAt);
        emit errorDismissed(m_channelId, m_lastErrorAt);
    });
    // Until the store has been read, "0 in" or "Last error: none" would be claims, not figures.
    for (QLabel* label : {m_ui->todayLabel, m_ui->failedLabel, m_ui->sendUsageLabel})
        label->setText(tr("Loading…"));
    setState(m_state);
}

ChannelCardWidget::~ChannelCardWidget() = default;

void ChannelCardWidget::setChannel(const Channel& channel)
{
    m_cloud = channel.kind == ChannelKinds::whatsAppCloud();
    m_weCom = channel.kind == ChannelKinds::weCom();
    // A WeCom app's inbound messages are its callbacks: one row says both.
    m_ui->detailsLayout->setRowVisible(m_ui->lastInboundLabel, !m_weCom);
    m_ui->detailsLayout->setRowVisible(m_ui->weComTokenLabel, m_weCom);
    m_ui->detailsLayout->setRowVisible(m_ui->lastCallbackLabel, m_weCom);
    m_ui->nameLabel->setText(channel.name.isEmpty() ? channel.id : channel.name);
    m_ui->kindLabel->setText(ChannelListModel::kindTitle(channel.kind));
    m_ui->healthGroupBox->setVisible(m_cloud);
    showHealth();
}

void ChannelCardWidget::followPairing(Desk* desk)
{
    m_ui->pairingQrWidget->setDesk(desk);
    m_ui->pairingQrWidget->setChannel(desk ? m_channelId : QString());
    m_ui->linkControls->setDesk(desk);
    m_ui->linkControls->setChannel(desk ? m_channelId : QString());
    m_ui->linkControls->setVisible(desk != nullptr);
}

LinkControlsWidget* ChannelCardWidget::linkControls() const
{
    return m_ui->linkControls;
}

PairingQrWidget* ChannelCardWidget::pairingQrWidget() const
{
    return m_ui->pairingQrWidget;
}

void ChannelCardWidget::setState(const ChannelState& state)
{
    m_state = state;
    const auto severity = ChannelStateSummary::severity(state);
    m_ui->stateLabel->setText(ChannelStateSummary::stateText(state));
    setBadge(m_ui->stateLabel, severityColour(severity));
    m_ui->stateReasonLabel->setText(state.reason);
    if (m_cloud || m_weCom)
        m_ui->reconnectsLabel->setText(tr("not applicable (no connection to keep)"));
    else
        m_ui->reconnectsLabel->setText(
            tr("%1 since start, %2 in the last hour").arg(state.reconnects).arg(state.reconnectsLastHour));
    updateTimes(m_now);
}

void ChannelCardWidget::setActivity(const ChannelActivity& activity)
{
    m_activity = activity;
    m_ui->todayLabel->setText(tr("%1 in · %2 out").arg(activity.inToday).arg(activity.outToday));
    m_ui->compactSummaryLabel->setText(
        tr("today %1 in · %2 out").arg(activity.inToday).arg(activity.outToday));
    m_ui->trafficSparkline->setTraffic(activity.trafficStart, activity.traffic);
    m_ui->trafficChart->setTraffic(activity.trafficStart, activity.traffic);
    m_ui->failedLabel->setText(QString::number(activity.failedToday));
    setBadge(m_ui->failedLabel, activity.failedToday > 0 ? Red : QColor());
    updateTimes(m_now);
}

void ChannelCardWidget::setBotHealth(const BotHealth& health)
{
    const bool shown = health.state != BotHealth::State::Paused || health.backlog > 0 || health.parked > 0;
    m_ui->detailsLayout->setRowVisible(m_ui->botLabel, shown);
    QString text = BotHealthSummary::stateText(health.state);
    if (health.backlog > 0)
        text = tr("%1, %n waiting", nullptr, int(health.backlog)).arg(text);
    m_ui->botLabel->setText(text);
    m_ui->botLabel->setToolTip(BotHealthSummary::sentence(health));
    const bool quiet = health.state == BotHealth::State::Paused || health.state == BotHealth::State::Idle;
    setBadge(m_ui->botLabel, quiet ? QColor() : severityColour(BotHealthSummary::severity(health.state)));
    m_botTrouble
        = !quiet && BotHealthSummary::severity(health.state) >= ChannelStateSummary::Severity::Attention;
    applyDetails();
}

void ChannelCardWidget::setWeComTokenState(const WeComTokenState& state)
{
    m_ui->weComTokenLabel->setText(ChannelWeComWidget::tokenStateText(state));
    // A cached token is fetched again when it expires; only a failed fetch needs attention.
    setBadge(m_ui->weComTokenLabel, state.state == WeComTokenState::State::Failed ? Red : QColor());
}

void ChannelCardWidget::setLastError(const QString& text, const QDateTime& at)
{
    m_lastError = text;
    m_lastErrorAt = at;
    updateTimes(m_now);
}

void ChannelCardWidget::setErrorDismissedAt(const QDateTime& at)
{
    m_errorDismissedAt = at;
    updateTimes(m_now);
}

void ChannelCardWidget::setHealth(const CloudHealth& health)
{
    m_health = health;
    m_healthProblem.clear();
    showHealth();
}

void ChannelCardWidget::setHealthChecking(bool checking)
{
    m_checking = checking;
    m_ui->checkHealthButton->setEnabled(!checking);
    showHealth();
}

void ChannelCardWidget::setHealthProblem(const QString& text)
{
    m_healthProblem = text;
    showHealth();
}

void ChannelCardWidget::setSendUsage(const SendUsage& usage)
{
    QString text = tr("%1 of %2 sends in the last 24 hours").arg(usage.today).arg(usage.maxPerDay);
    if (!usage.busiestRecipient.isEmpty())
        text += QLatin1Char('\n')
            + tr("busiest recipient %1: %n send(s) in the last hour", nullptr, usage.busiestRecipientHour)
                  .arg(usage.busiestRecipient);
    m_ui->sendUsageLabel->setText(text);
    m_nearLimit = usage.maxPerDay > 0 && usage.today * 10 >= usage.maxPerDay * 9;
    setBadge(m_ui->sendUsageLabel, m_nearLimit ? Amber : QColor());
    m_ui->sendUsageBar->setVisible(usage.maxPerDay > 0);
    m_ui->sendUsageBar->setRange(0, std::max(1, usage.maxPerDay));
    m_ui->sendUsageBar->setValue(std::clamp(usage.today, 0, std::max(1, usage.maxPerDay)));
    applyDetails();
}

void ChannelCardWidget::updateTimes(const QDateTime& now)
{
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    m_ui->sinceLabel->setText(moment(m_state.since, m_now));
    if (m_activity) {
        m_ui->lastInboundLabel->setText(moment(m_activity->lastInbound, m_now));
        m_ui->lastOutboundLabel->setText(moment(m_activity->lastOutbound, m_now));
        m_ui->lastCallbackLabel->setText(moment(m_activity->lastInbound, m_now));
    } else {
        for (QLabel* label : {m_ui->lastInboundLabel, m_ui->lastOutboundLabel, m_ui->lastCallbackLabel})
            label->setText(tr("Loading…"));
    }
    showLastError();
    showTokenExpiry();
    if (m_health && m_health->checkedAt.isValid() && !m_checking && m_healthProblem.isEmpty()
        && m_health->phoneOk())
        m_ui->healthStatusLabel->setText(tr("Checked %1.").arg(moment(m_health->checkedAt, m_now)));
}

void ChannelCardWidget::showLastError()
{
    const QDateTime resolved
        = m_activity ? ErrorRecovery::resolvedAt(m_state, *m_activity, !m_cloud && !m_weCom) : QDateTime();
    const bool dismissed
        = resolved.isValid() && m_errorDismissedAt.isValid() && m_lastErrorAt <= m_errorDismissedAt;
    m_ui->dismissErrorButton->setVisible(resolved.isValid() && !dismissed && !m_lastError.isEmpty());
    if (m_lastError.isEmpty() || dismissed) {
        m_ui->lastErrorLabel->setText(m_activity ? tr("none") : tr("Loading…"));
        setBadge(m_ui->lastErrorLabel, QColor());
        m_trouble = false;
    } else if (resolved.isValid()) {
        const qint64 ago = std::max<qint64>(0, resolved.msecsTo(m_now));
        m_ui->lastErrorLabel->setText(tr("resolved %1 ago — was: %2 — %3")
                                          .arg(duration(ago), moment(m_lastErrorAt, m_now), m_lastError));
        setBadge(m_ui->lastErrorLabel, QColor());
        m_trouble = false;
    } else {
        m_ui->lastErrorLabel->setText(tr("%1 — %2").arg(moment(m_lastErrorAt, m_now), m_lastError));
        m_trouble = true;
    }
    applyDetails();
}

bool ChannelCardWidget::needsAttention() const
{
    if (ChannelStateSummary::severity(m_state) >= ChannelStateSummary::Severity::Attention)
        return true;
    if (m_trouble || m_botTrouble || m_nearLimit || !m_healthProblem.isEmpty())
        return true;
    if (m_cloud && m_health && m_health->checkedAt.isValid() && !m_health->phoneOk())
        return true;
    if (m_health && m_health->tokenKnown()) {
        const TokenInfo& token = *m_health->token;
        if (!token.valid || token.isTemporary()
            || (token.expiresAt.isValid() && m_now.msecsTo(token.expiresAt) < 2 * 3600 * 1000))
            return true;
    }
    // A send that failed in the last two hours.
    if (m_activity && m_activity->traffic.size() >= 2) {
        const auto& hours = m_activity->traffic;
        if (hours.last().failed > 0 || hours.at(hours.size() - 2).failed > 0)
            return true;
    }
    return false;
}

bool ChannelCardWidget::detailsShown() const
{
    return m_detailsChoice.value_or(needsAttention());
}

void ChannelCardWidget::applyDetails()
{
    // A new kind of trouble opens the details again even after the operator closed them.
    const bool attention = needsAttention();
    if (m_detailsChoice && attention && !*m_detailsChoice && !m_wasAttention)
        m_detailsChoice.reset();
    m_wasAttention = attention;
    const bool shown = detailsShown();
    m_ui->detailsWidget->setVisible(shown);
    m_ui->stateReasonLabel->setVisible(shown && !m_state.reason.isEmpty());
    m_ui->trafficSparkline->setVisible(!shown);
    m_ui->compactSummaryLabel->setVisible(!shown && m_activity.has_value());
    const QSignalBlocker blocker(m_ui->detailsButton);
    m_ui->detailsButton->setChecked(shown);
    m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void ChannelCardWidget::showHealth()
{
    if (!m_cloud)
        return;
    if (m_checking) {
        m_ui->healthStatusLabel->setText(tr("Checking with Meta…"));
    } else if (!m_healthProblem.isEmpty()) {
        m_ui->healthStatusLabel->setText(m_healthProblem);
    } else if (!m_health) {
        m_ui->healthStatusLabel->setText(tr("Not checked yet."));
    }
    if (!m_health) {
        updateTimes(m_now);
        return;
    }
    const CloudHealth& h = *m_health;
    if (h.phoneOk()) {
        m_ui->displayNumberLabel->setText(h.displayNumber);
        m_ui->verifiedNameLabel->setText(h.verifiedName);
        m_ui->qualityLabel->setText(PhoneNumberWords::quality(h.qualityRating));
        setBadge(m_ui->qualityLabel, qualityColour(h.qualityRating));
        m_ui->messagingLimitLabel->setText(PhoneNumberWords::messagingLimit(h.messagingLimit));
        m_ui->throughputLabel->setText(PhoneNumberWords::throughput(h.throughputLevel));
    } else if (!m_checking && m_healthProblem.isEmpty()) {
        const ErrorExplanation why = MessageRules::explain(h.phoneError);
        m_ui->healthStatusLabel->setText(
            tr("The health check failed: %1\n%2 %3")
                .arg(MessageRules::remoteWords(h.phoneError), why.cause, why.fix));
    }
    if (h.tokenKnown()) {
        const TokenInfo& token = *h.token;
        QString text = tokenTypeText(token.type);
        if (!token.valid)
            text = tr("%1 — Meta says it is no longer valid").arg(text);
        if (!token.scopes.isEmpty())
            text += QLatin1Char('\n') + tr("Permissions: %1").arg(token.scopes.join(QStringLiteral(", ")));
        const QStringList missing = token.missingPermissions();
        if (!missing.isEmpty())
            text += QLatin1Char('\n') + tr("Missing: %1").arg(missing.join(QStringLiteral(", ")));
        m_ui->tokenLabel->setText(text);
    } else if (h.tokenError.isError()) {
        m_ui->tokenLabel->setText(tr("Not available: %1 (the token may not be allowed to inspect itself)")
                                      .arg(MessageRules::remoteWords(h.tokenError)));
    }
    updateTimes(m_now);
}

void ChannelCardWidget::showTokenExpiry()
{
    if (!m_health || !m_health->tokenKnown()) {
        m_ui->tokenExpiryLabel->setText(tr("unknown"));
        m_ui->tokenWarningLabel->hide();
        return;
    }
    const TokenInfo& token = *m_health->token;
    if (!token.expiresAt.isValid()) {
        m_ui->tokenExpiryLabel->setText(tr("never"));
        setBadge(m_ui->tokenExpiryLabel, QColor());
    } else {
        const qint64 left = m_now.msecsTo(token.expiresAt);
        const QString at = QLocale().toString(token.expiresAt.toLocalTime(), QLocale::ShortFormat);
        m_ui->tokenExpiryLabel->setText(left > 0 ? tr("%1 (in %2)").arg(at, duration(left))
                                                 : tr("%1 (expired %2 ago)").arg(at, duration(-left)));
        setBadge(m_ui->tokenExpiryLabel, left <= 0 ? Red : left < 2 * 3600 * 1000 ? Amber : QColor());
    }
    if (token.isTemporary()) {
        m_ui->tokenWarningLabel->setText(
            tr("Warning: this is a temporary access token (valid about 24 hours). The channel stops "
               "working when it expires. Create a System User token that does not expire in Meta "
               "Business Suite (Business settings → Users → System users) and replace the token on "
               "the channel page."));
        setBadge(m_ui->tokenWarningLabel, Amber);
        m_ui->tokenWarningLabel->show();
    } else {
        m_ui->tokenWarningLabel->hide();
    }
}

QString ChannelCardWidget::moment(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return tr("never");
    const QDateTime local = at.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
    const qint64 ago = at.msecsTo(now);
    if (ago < 60 * 1000 && ago > -60 * 1000)
        return tr("%1 (just now)").arg(when);
    if (ago < 0)
        return tr("%1 (in %2)").arg(when, duration(-ago));
    return tr("%1 (%2 ago)").arg(when, duration(ago));
}

QString ChannelCardWidget::duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("less than a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n day(s)", nullptr, int(hours / 24));
}

QColor ChannelCardWidget::severityColour(ChannelStateSummary::Severity severity)
{
    switch (severity) {
    case ChannelStateSummary::Severity::Connected:
        return Green;
    case ChannelStateSummary::Severity::Attention:
        return Amber;
    case ChannelStateSummary::Severity::Degraded:
        return Orange;
    case ChannelStateSummary::Severity::Failed:
        return Red;
    case ChannelStateSummary::Severity::Idle:
        break;
    }
    return Grey;
}

void ChannelCardWidget::setBadge(QWidget* label, const QColor& colour)
{
    // The text always says the same as the colour; the colour only helps scanning many cards.
    if (!colour.isValid()) {
        label->setStyleSheet({});
        return;
    }
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 3px;"
                                        " padding: 1px 4px; }")
                             .arg(colour.name()));
}

} // namespace ChannelDesk
