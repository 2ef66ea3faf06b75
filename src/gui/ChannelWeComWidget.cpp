// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelWeComWidget.h"
#include "ui_ChannelWeComWidget.h"

#include "channels/ChannelManager.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"
#include "channels/WebhookInstructions.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "ChannelPageWidget.h"
#include "RoleGate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace ChannelDesk {

ChannelWeComWidget::ChannelWeComWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChannelWeComWidget>())
{
    m_ui->setupUi(this);
    m_ui->weComStepsLabel->setText(WebhookInstructions::weComSteps());
    m_feedbackTimer.setSingleShot(true);
    m_feedbackTimer.setInterval(kCopyFeedbackMs);
    connect(&m_feedbackTimer, &QTimer::timeout, m_ui->copyFeedbackLabel, &QLabel::clear);

    using namespace WeComFields;
    connect(m_ui->copyCallbackUrlButton, &QPushButton::clicked, this,
            [this] { copyText(m_ui->callbackUrlLineEdit->text()); });
    connect(m_ui->copySharedCallbackUrlButton, &QPushButton::clicked, this,
            [this] { copyText(m_ui->sharedCallbackUrlLineEdit->text()); });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, [this] { copySecret(token(), tr("Token")); });
    connect(m_ui->copyEncodingAesKeyButton, &QPushButton::clicked, this,
            [this] { copySecret(encodingAesKey(), tr("EncodingAESKey")); });
    connect(m_ui->replaceCorpSecretButton, &QPushButton::clicked, this,
            [this] { emit replaceRequested(corpSecret()); });
    connect(m_ui->replaceTokenButton, &QPushButton::clicked, this,
            [this] { emit replaceRequested(token()); });
    connect(m_ui->replaceEncodingAesKeyButton, &QPushButton::clicked, this,
            [this] { emit replaceRequested(encodingAesKey()); });
}

ChannelWeComWidget::~ChannelWeComWidget() = default;

void ChannelWeComWidget::setDesk(Desk* desk)
{
    m_desk = desk;
    if (!desk)
        return;
    connect(desk, &Desk::weComTokenStateChanged, this, [this](const QString& channelId) {
        if (channelId == m_channelId)
            showTokenState();
    });
    connect(desk, &Desk::channelActivityChanged, this, &ChannelWeComWidget::showActivity);
    connect(desk, &Desk::connectionChanged, this, &ChannelWeComWidget::applyRoles);
    applyRoles();
}

void ChannelWeComWidget::setChannel(const QString& channelId)
{
    ++m_generation;
    m_channelId = channelId;
    m_feedbackTimer.stop();
    m_ui->copyFeedbackLabel->clear();
    m_ui->weComSecretsMessageLabel->clearMessage();
    showChannel();
}

FieldMessageLabel* ChannelWeComWidget::secretsMessageLabel() const
{
    return m_ui->weComSecretsMessageLabel;
}

void ChannelWeComWidget::showChannel()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel || channel->kind != ChannelKinds::weCom())
        return;
    using namespace WeComFields;
    const auto valueOrNotSet = [&channel](const QString& key) {
        const QString value = channel->field(key);
        return value.isEmpty() ? ChannelWeComWidget::tr("not set") : value;
    };
    m_ui->corpIdValueLabel->setText(valueOrNotSet(corpId()));
    m_ui->agentIdValueLabel->setText(valueOrNotSet(agentId()));
    m_ui->weComPublicBaseUrlValueLabel->setText(valueOrNotSet(publicBaseUrl()));
    const QString api = channel->field(apiBaseUrl());
    m_ui->apiBaseUrlValueLabel->setText(api.isEmpty() ? tr("%1 (default)").arg(defaultApiBaseUrl()) : api);
    const QStringList users = allowedUserList(*channel);
    if (allowsAllUsers(*channel))
        m_ui->allowedUsersValueLabel->setText(tr("every member of the company"));
    else if (users.isEmpty())
        m_ui->allowedUsersValueLabel->setText(tr("nobody yet — add user ids to answer members"));
    else
        m_ui->allowedUsersValueLabel->setText(users.join(QStringLiteral(", ")));

    const QString base = channel->field(publicBaseUrl());
    const QString own = WeComValidator::callbackUrl(*channel);
    const QString shared = WeComValidator::sharedCallbackUrl(base);
    const QString placeholder = tr("needs a valid public base URL");
    m_ui->callbackUrlLineEdit->setText(own);
    m_ui->callbackUrlLineEdit->setPlaceholderText(placeholder);
    m_ui->copyCallbackUrlButton->setEnabled(!own.isEmpty());
    m_ui->sharedCallbackUrlLineEdit->setText(shared);
    m_ui->sharedCallbackUrlLineEdit->setPlaceholderText(placeholder);
    m_ui->copySharedCallbackUrlButton->setEnabled(!shared.isEmpty());
    showTokenState();
    showActivity(m_desk->channelActivity());
}

void ChannelWeComWidget::reloadSecrets()
{
    using namespace WeComFields;
    loadSecret(corpSecret(), m_ui->corpSecretValueLabel);
    loadSecret(token(), m_ui->tokenValueLabel);
    loadSecret(encodingAesKey(), m_ui->encodingAesKeyValueLabel);
}

void ChannelWeComWidget::loadSecret(const QString& field, QLabel* label)
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    label->setText(ChannelPageWidget::tr("reading the keychain…"));
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(m_channelId, field), this,
                 [this, label, generation](const SecretResult& result) {
                     if (generation == m_generation)
                         label->setText(ChannelPageWidget::describeSecret(result));
                 });
}

void ChannelWeComWidget::copyText(const QString& text)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    showFeedback(tr("Copied"));
}

void ChannelWeComWidget::copySecret(const QString& field, const QString& title)
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(m_channelId, field), this,
                 [this, generation, title](const SecretResult& result) {
                     if (generation != m_generation)
                         return;
                     if (result.ok()) {
                         QGuiApplication::clipboard()->setText(result.value);
                         m_ui->weComSecretsMessageLabel->showBriefly(
                             FieldCheck::Severity::Ok, tr("%1 copied to the clipboard.").arg(title));
                     } else if (result.code == SecretResult::Code::NotFound) {
                         m_ui->weComSecretsMessageLabel->setStatus(
                             FieldCheck::Severity::Error,
                             tr("Error: no %1 is stored; click Replace… to set one.").arg(title));
                     } else {
                         m_ui->weComSecretsMessageLabel->setStatus(
                             FieldCheck::Severity::Error,
                             tr("Error: cannot read the %1. %2")
                                 .arg(title, ChannelManager::secretError(result).message));
                     }
                 });
}

void ChannelWeComWidget::showFeedback(const QString& text)
{
    m_ui->copyFeedbackLabel->setText(text);
    m_feedbackTimer.start();
}

void ChannelWeComWidget::showTokenState()
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    const WeComTokenState state = m_desk->weComTokenState(m_channelId);
    m_ui->accessTokenStateValueLabel->setText(tokenStateText(state));
    m_ui->accessTokenStateValueLabel->setToolTip(
        state.fetchedAt.isValid()
            ? tr("Fetched %1").arg(QLocale().toString(state.fetchedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void ChannelWeComWidget::showActivity(const QList<ChannelActivity>& activity)
{
    QDateTime last;
    for (const ChannelActivity& entry : activity) {
        if (entry.channelId == m_channelId)
            last = entry.lastInbound;
    }
    m_ui->lastCallbackValueLabel->setText(lastCallbackText(last));
}

QString ChannelWeComWidget::tokenStateText(const WeComTokenState& state)
{
    switch (state.state) {
    case WeComTokenState::State::Valid:
        return tr("Access token valid until %1")
            .arg(QLocale().toString(state.expiresAt.toLocalTime().time(), QLocale::ShortFormat));
    case WeComTokenState::State::Failed:
        return tr("Could not get an access token: %1").arg(state.error);
    case WeComTokenState::State::Unknown:
        break;
    }
    return tr("Not fetched yet — Test Connection fetches one");
}

QString ChannelWeComWidget::lastCallbackText(const QDateTime& at)
{
    if (!at.isValid())
        return tr("No callback yet");
    const QDateTime local = at.toLocalTime();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    if (local.date() == QDate::currentDate())
        return tr("Last callback %1").arg(time);
    return tr("Last callback %1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat), time);
}

void ChannelWeComWidget::setBusy(bool busy)
{
    m_busy = busy;
    applyRoles();
}

void ChannelWeComWidget::applyRoles()
{
    const DeskConnection connection = m_desk ? m_desk->connection() : DeskConnection();
    // Like the page's other secrets: replacing one edits the channel.
    const QString editing = RoleGate::refusal(connection, RoleGate::Action::EditChannels);
    for (QWidget* edit :
         {m_ui->replaceCorpSecretButton, m_ui->replaceTokenButton, m_ui->replaceEncodingAesKeyButton})
        RoleGate::apply(edit, editing, !m_busy);
}

} // namespace ChannelDesk
