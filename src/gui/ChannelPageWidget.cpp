// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPageWidget.h"
#include "ui_ChannelPageWidget.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "channels/WebhookInstructions.h"
#include "desk/Desk.h"
#include "util/SecretMask.h"
#include "util/WhenFinished.h"
#include "ChannelActivityFeed.h"
#include "ChannelListModel.h"
#include "ChannelRemoval.h"
#include "ChannelSettingsWidget.h"
#include "ChannelWeComWidget.h"
#include "ReplaceSecretDialog.h"
#include "RoleGate.h"
#include "TestMessageDialog.h"

#include <QClipboard>
#include <QGuiApplication>

namespace ChannelDesk {

ChannelPageWidget::ChannelPageWidget(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChannelPageWidget>())
    , m_desk(desk)
{
    m_ui->setupUi(this);
    m_activity
        = new ChannelActivityFeed(desk, m_ui->webhookActivityListView, m_ui->webhookActivityEmptyLabel, this);
    m_removal = new ChannelRemoval(desk, m_ui->pageMessageLabel, this);
    connect(m_removal, &ChannelRemoval::busyChanged, this, &ChannelPageWidget::setBusy);
    connect(m_removal, &ChannelRemoval::channelRemoved, this, &ChannelPageWidget::channelRemoved);
    m_ui->webhookStepsLabel->setText(WebhookInstructions::steps());
    m_ui->connectionTestWidget->setDesk(desk);
    m_ui->connectionTestWidget->setRequestProvider([this] { return testRequest(); });
    m_ui->pairingWidget->setDesk(desk);
    m_ui->channelForwardWidget->setDesk(desk);
    m_ui->channelWeComWidget->setDesk(desk);
    m_ui->channelSettingsWidget->setDesk(desk);
    connect(m_ui->channelWeComWidget, &ChannelWeComWidget::replaceRequested, this,
            &ChannelPageWidget::replaceSecret);

    using namespace CloudApiFields;
    connect(m_ui->replaceAccessTokenButton, &QPushButton::clicked, this,
            [this] { replaceSecret(accessToken()); });
    connect(m_ui->replaceAppSecretButton, &QPushButton::clicked, this,
            [this] { replaceSecret(appSecret()); });
    connect(m_ui->replaceVerifyTokenButton, &QPushButton::clicked, this,
            [this] { replaceSecret(verifyToken()); });
    connect(m_ui->replaceApiKeyButton, &QPushButton::clicked, this,
            [this] { replaceSecret(LinkedFields::apiKey()); });
    // clicked, not toggled: only the user's click saves, not showing another channel.
    connect(m_ui->enabledCheckBox, &QCheckBox::clicked, this, &ChannelPageWidget::saveEnabled);
    connect(m_ui->removeChannelButton, &QPushButton::clicked, this, &ChannelPageWidget::removeChannel);
    connect(m_ui->sendTestMessageButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new TestMessageDialog(m_desk, m_channelId, this);
        dialog->show();
    });
    connect(m_ui->copyVerifyTokenButton, &QPushButton::clicked, this, &ChannelPageWidget::copyVerifyToken);
    connect(m_ui->copyWebhookUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->webhookUrlLineEdit->text());
        m_ui->webhookMessageLabel->showBriefly(FieldCheck::Severity::Ok,
                                               tr("Callback URL copied to the clipboard."));
    });
    connect(m_ui->connectionTestWidget, &ConnectionTestWidget::testFinished, this,
            [this](bool ok) { emit connectionTested(m_channelId, ok); });
    if (!desk)
        return;
    connect(desk, &Desk::channelsChanged, this, &ChannelPageWidget::showChannel);
    connect(desk, &Desk::connectionChanged, this, &ChannelPageWidget::applyRoles);
    applyRoles();
}

ChannelPageWidget::~ChannelPageWidget() = default;

void ChannelPageWidget::setChannel(const QString& channelId)
{
    if (channelId == m_channelId)
        return;
    ++m_generation;
    m_channelId = channelId;
    m_ui->connectionTestWidget->clearResult();
    m_ui->pageMessageLabel->clearMessage();
    m_ui->secretsMessageLabel->clearMessage();
    m_ui->webhookMessageLabel->clearMessage();
    m_ui->channelForwardWidget->setChannel(channelId);
    m_ui->channelWeComWidget->setChannel(channelId);
    m_ui->channelSettingsWidget->setChannel(channelId);
    const auto channel = m_desk ? m_desk->channel(channelId) : std::nullopt;
    showChannel();
    reloadSecrets();
    m_activity->setChannel(channelId, channel && channel->kind == ChannelKinds::weCom());
}

void ChannelPageWidget::showChannel()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel) {
        m_ui->pairingWidget->setChannel({});
        return; // removed; the main window moves away from this page
    }
    using namespace CloudApiFields;
    const auto valueOrNotSet = [&channel](const QString& key) {
        const QString value = channel->field(key);
        return value.isEmpty() ? tr("not set") : value;
    };
    m_ui->channelNameLabel->setText(channel->name.isEmpty() ? channel->id : channel->name);
    m_ui->enabledCheckBox->setChecked(channel->enabled);
    m_ui->channelIdValueLabel->setText(channel->id);
    m_ui->kindValueLabel->setText(ChannelListModel::kindTitle(channel->kind));
    const bool linked = channel->kind == ChannelKinds::whatsAppLinked();
    showKind(channel->kind);
    m_ui->pairingWidget->setUnavailableText(
        channel->enabled ? tr("Connecting to the gateway…")
                         : tr("The channel is disabled; enable it to link and follow its WhatsApp number."));
    m_ui->pairingWidget->setChannel(linked ? m_channelId : QString());
    m_ui->channelForwardWidget->showChannel();
    if (channel->kind == ChannelKinds::weCom()) {
        m_ui->channelWeComWidget->showChannel();
        return;
    }
    if (linked) {
        m_ui->gatewayTypeValueLabel->setText(
            ChannelListModel::gatewayTitle(channel->field(LinkedFields::gateway())));
        m_ui->gatewayBaseUrlValueLabel->setText(valueOrNotSet(LinkedFields::baseUrl()));
        m_ui->gatewaySessionValueLabel->setText(valueOrNotSet(LinkedFields::session()));
        m_ui->deviceLabelValueLabel->setText(valueOrNotSet(LinkedFields::deviceLabel()));
        return;
    }
    m_ui->phoneNumberIdValueLabel->setText(valueOrNotSet(phoneNumberId()));
    m_ui->businessAccountIdValueLabel->setText(valueOrNotSet(businessAccountId()));
    m_ui->publicBaseUrlValueLabel->setText(valueOrNotSet(publicBaseUrl()));
    const auto valueOrDefault = [&channel](const QString& key, const QString& fallback) {
        const QString value = channel->field(key);
        return value.isEmpty() ? tr("%1 (default)").arg(fallback) : value;
    };
    m_ui->apiVersionValueLabel->setText(valueOrDefault(apiVersion(), defaultApiVersion()));
    m_ui->graphBaseUrlValueLabel->setText(valueOrDefault(graphBaseUrl(), defaultGraphBaseUrl()));

    const QString url
        = CloudApiValidator::webhookUrl(channel->field(publicBaseUrl()), channel->field(phoneNumberId()));
    m_ui->webhookUrlLineEdit->setText(url);
    m_ui->webhookUrlLineEdit->setPlaceholderText(tr("needs a valid public base URL and phone number ID"));
    m_ui->copyWebhookUrlButton->setEnabled(!url.isEmpty());
}

void ChannelPageWidget::showKind(const QString& kind)
{
    const bool linked = kind == ChannelKinds::whatsAppLinked();
    const bool weCom = kind == ChannelKinds::weCom();
    const bool cloud = !linked && !weCom;
    for (QWidget* value :
         {m_ui->phoneNumberIdValueLabel, m_ui->businessAccountIdValueLabel, m_ui->publicBaseUrlValueLabel,
          m_ui->apiVersionValueLabel, m_ui->graphBaseUrlValueLabel})
        m_ui->settingsLayout->setRowVisible(value, cloud);
    for (QWidget* value : {m_ui->gatewayTypeValueLabel, m_ui->gatewayBaseUrlValueLabel,
                           m_ui->gatewaySessionValueLabel, m_ui->deviceLabelValueLabel})
        m_ui->settingsLayout->setRowVisible(value, linked);
    // The receiver records WeCom's URL verifications and rejected callbacks under the channel too.
    m_ui->webhookActivityGroupBox->setVisible(!linked);
    m_ui->testGroupBox->setVisible(!linked);
    m_ui->webhookGroupBox->setVisible(cloud);
    m_ui->cloudSecretsWidget->setVisible(cloud);
    // The test message dialog asks for a phone number (linked: sent through the gateway); a WeCom
    // reply goes from the conversation.
    m_ui->sendTestMessageButton->setVisible(!weCom);
    m_ui->apiKeyWidget->setVisible(linked);
    m_ui->pairingGroupBox->setVisible(linked);
    // WeCom's secrets are in its own part; there is no bot to forward to yet.
    m_ui->secretsGroupBox->setVisible(!weCom);
    m_ui->channelWeComWidget->setVisible(weCom);
    m_ui->channelForwardWidget->setVisible(!weCom);
}

void ChannelPageWidget::reloadSecrets()
{
    using namespace CloudApiFields;
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (channel && channel->kind == ChannelKinds::whatsAppLinked()) {
        loadSecret(LinkedFields::apiKey(), m_ui->apiKeyValueLabel);
        m_ui->channelForwardWidget->reloadSecret();
        return;
    }
    if (channel && channel->kind == ChannelKinds::weCom()) {
        m_ui->channelWeComWidget->reloadSecrets();
        return;
    }
    loadSecret(accessToken(), m_ui->accessTokenValueLabel);
    loadSecret(appSecret(), m_ui->appSecretValueLabel);
    loadSecret(verifyToken(), m_ui->verifyTokenValueLabel);
}

void ChannelPageWidget::loadSecret(const QString& field, QLabel* label)
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    label->setText(tr("reading the keychain…"));
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(m_channelId, field), this,
                 [this, label, generation](const SecretResult& result) {
                     if (generation == m_generation)
                         label->setText(describeSecret(result));
                 });
}

QString ChannelPageWidget::describeSecret(const SecretResult& result)
{
    switch (result.code) {
    case SecretResult::Code::Ok:
        return SecretMask::mask(result.value);
    case SecretResult::Code::NotFound:
        return tr("not set");
    case SecretResult::Code::NoBackend:
        return tr("keychain unavailable");
    case SecretResult::Code::AccessDenied:
        return tr("keychain locked or access denied");
    case SecretResult::Code::Failed:
        break;
    }
    return tr("could not be read (%1)").arg(result.errorString);
}

Result<ConnectionCheckRequest> ChannelPageWidget::testRequest() const
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return Error{0, tr("This channel no longer exists.")};
    // The Desk reads the stored token or Secret itself: it never passes through the widget.
    ConnectionCheckRequest request;
    request.channelId = channel->id;
    if (channel->kind == ChannelKinds::weCom()) {
        request.kind = channel->kind;
        request.corpId = channel->field(WeComFields::corpId());
        request.agentId = channel->field(WeComFields::agentId());
        request.apiBaseUrl = QUrl(channel->field(WeComFields::apiBaseUrl()));
        return request;
    }
    using namespace CloudApiFields;
    request.phoneNumberId = channel->field(phoneNumberId());
    request.graphBaseUrl = QUrl(channel->field(graphBaseUrl()));
    request.apiVersion = channel->field(apiVersion());
    return request;
}

void ChannelPageWidget::replaceSecret(const QString& field)
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    auto* dialog = new ReplaceSecretDialog(field, channel->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = channel->id] {
        if (id == m_channelId)
            saveSecret(dialog->field(), dialog->secret());
    });
    dialog->open();
}

void ChannelPageWidget::saveSecret(const QString& field, const QString& value)
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    // The draft carries only this secret; the others stay as they are in the keychain.
    ChannelDraft draft{*channel, {{field, value}}};
    const QString title = ReplaceSecretDialog::fieldTitle(field);
    const QString inSentence = ReplaceSecretDialog::fieldTitleInSentence(field);
    FieldMessageLabel* label = secretsMessageLabel(field);
    setBusy(true);
    label->setStatus(FieldCheck::Severity::Ok, tr("Storing the new %1…").arg(inSentence));
    const quint64 generation = m_generation;
    whenFinished(
        m_desk->saveChannels({draft}), this,
        [this, title, inSentence, label, generation](const Status& status) {
            setBusy(false);
            if (generation != m_generation)
                return;
            if (!status.ok()) {
                label->setStatus(
                    FieldCheck::Severity::Error,
                    tr("Error: the %1 was not replaced. %2").arg(inSentence, status.error().message));
                return;
            }
            label->setStatus(FieldCheck::Severity::Ok, tr("%1 replaced.").arg(title));
            reloadSecrets();
        });
}

void ChannelPageWidget::saveEnabled(bool enabled)
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return;
    ChannelDraft draft{*channel, {}};
    draft.channel.enabled = enabled;
    setBusy(true);
    m_ui->pageMessageLabel->clearMessage();
    whenFinished(m_desk->saveChannels({draft}), this, [this](const Status& status) {
        setBusy(false);
        if (!status.ok()) {
            m_ui->pageMessageLabel->setStatus(
                FieldCheck::Severity::Error,
                tr("Error: the change was not saved. %1").arg(status.error().message));
            showChannel(); // back to the stored state
        }
    });
}

void ChannelPageWidget::removeChannel()
{
    if (const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt)
        m_removal->start(*channel);
}

void ChannelPageWidget::copyVerifyToken()
{
    if (!m_desk || m_channelId.isEmpty())
        return;
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(m_channelId, CloudApiFields::verifyToken()), this,
                 [this, generation](const SecretResult& result) {
                     if (generation != m_generation)
                         return;
                     if (result.ok()) {
                         QGuiApplication::clipboard()->setText(result.value);
                         m_ui->webhookMessageLabel->showBriefly(FieldCheck::Severity::Ok,
                                                                tr("Verify token copied to the clipboard."));
                     } else if (result.code == SecretResult::Code::NotFound) {
                         m_ui->webhookMessageLabel->setStatus(
                             FieldCheck::Severity::Error,
                             tr("Error: no verify token is stored; click Replace… to set one."));
                     } else {
                         m_ui->webhookMessageLabel->setStatus(
                             FieldCheck::Severity::Error,
                             tr("Error: cannot read the verify token. %1")
                                 .arg(ChannelManager::secretError(result).message));
                     }
                 });
}

void ChannelPageWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->channelWeComWidget->setBusy(busy);
    m_ui->channelSettingsWidget->setBusy(busy);
    applyRoles();
}

FieldMessageLabel* ChannelPageWidget::secretsMessageLabel(const QString& field) const
{
    return WeComFields::secretFields().contains(field) ? m_ui->channelWeComWidget->secretsMessageLabel()
                                                       : m_ui->secretsMessageLabel;
}

void ChannelPageWidget::applyRoles()
{
    const DeskConnection connection = m_desk ? m_desk->connection() : DeskConnection();
    const QString editing = RoleGate::refusal(connection, RoleGate::Action::EditChannels);
    // The Bot part gates its own buttons (ChannelForwardWidget::applyRoles).
    const QList<QWidget*> edits
        = {m_ui->enabledCheckBox,          m_ui->replaceAccessTokenButton, m_ui->replaceAppSecretButton,
           m_ui->replaceVerifyTokenButton, m_ui->replaceApiKeyButton,      m_ui->removeChannelButton};
    for (QWidget* edit : edits)
        RoleGate::apply(edit, editing, !m_busy);
    RoleGate::apply(m_ui->sendTestMessageButton,
                    RoleGate::refusal(connection, RoleGate::Action::SendTestMessage));
    // The buttons' tooltips say which role each needs; the label says why so many are off.
    m_ui->roleLabel->setVisible(!editing.isEmpty());
    m_ui->roleLabel->setText(
        tr("Your key “%1” has the role %2: what it does not allow is disabled here, and each "
           "disabled button says what it needs.")
            .arg(connection.keyName, apiRoleName(connection.role)));
}

} // namespace ChannelDesk
