// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageWebhook.h"
#include "ui_ChannelSetupWizardPageWebhook.h"

#include "channels/CloudApiFields.h"
#include "channels/ChannelNaming.h"
#include "channels/CloudApiValidator.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"
#include "channels/WebhookInstructions.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "ChannelSetupWizardPageKind.h"
#include "ChannelSetupWizardPageWeCom.h"
#include "CopyButtonFeedback.h"
#include "WebhookVerificationWatcher.h"

namespace ChannelDesk {

ChannelSetupWizardPageWebhook::ChannelSetupWizardPageWebhook(Desk* desk, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageWebhook>())
    , m_desk(desk)
    , m_watcher(new WebhookVerificationWatcher(desk, this))
{
    m_ui->setupUi(this);
    setFinalPage(true);
    m_cloudApi = {title(), subTitle(), m_ui->webhookUrlLineEdit->toolTip(),
                  m_ui->webhookVerifyTokenLabel->text(), m_ui->webhookVerifyTokenLineEdit->toolTip()};
    auto copyButton = [](QPushButton* button, QLineEdit* edit) {
        new CopyButtonFeedback(button, [edit] { return edit->text(); });
    };
    copyButton(m_ui->copyWebhookUrlButton, m_ui->webhookUrlLineEdit);
    copyButton(m_ui->copyWebhookVerifyTokenButton, m_ui->webhookVerifyTokenLineEdit);
    copyButton(m_ui->copyWebhookSharedUrlButton, m_ui->webhookSharedUrlLineEdit);
    copyButton(m_ui->copyWebhookEncodingAesKeyButton, m_ui->webhookEncodingAesKeyLineEdit);
    connect(m_watcher, &WebhookVerificationWatcher::changed, this,
            &ChannelSetupWizardPageWebhook::showVerification);
}

ChannelSetupWizardPageWebhook::~ChannelSetupWizardPageWebhook() = default;

void ChannelSetupWizardPageWebhook::initializePage()
{
    ++m_generation;
    m_weCom = field(ChannelSetupWizardPageKind::kindField()).toString() == ChannelKinds::weCom();
    m_ui->webhookLayout->setRowVisible(m_ui->webhookSharedUrlLayout, m_weCom);
    m_ui->webhookLayout->setRowVisible(m_ui->webhookEncodingAesKeyLayout, m_weCom);
    if (m_weCom)
        showWeCom();
    else
        showCloudApi();
    m_ui->saveMessageLabel->clearMessage();
    m_ui->verificationStatusLabel->clearMessage();
}

void ChannelSetupWizardPageWebhook::cleanupPage()
{
    QWizardPage::cleanupPage();
    // Back to edit the values: what Meta said about the old ones no longer applies.
    m_watcher->stop();
}

void ChannelSetupWizardPageWebhook::showCloudApi()
{
    using namespace CloudApiFields;
    setTitle(m_cloudApi.title);
    setSubTitle(m_cloudApi.subTitle);
    m_ui->webhookUrlLineEdit->setToolTip(m_cloudApi.urlToolTip);
    m_ui->webhookVerifyTokenLabel->setText(m_cloudApi.tokenLabel);
    m_ui->webhookVerifyTokenLineEdit->setToolTip(m_cloudApi.tokenToolTip);
    m_ui->webhookStepsLabel->setText(WebhookInstructions::steps());
    m_ui->webhookUrlLineEdit->setText(CloudApiValidator::webhookUrl(
        field(publicBaseUrl()).toString().trimmed(), field(phoneNumberId()).toString().trimmed()));
    m_ui->webhookVerifyTokenLineEdit->setText(field(verifyToken()).toString());
    showStoredSecret(m_ui->webhookVerifyTokenLineEdit,
                     ChannelNaming::idFor(field(ChannelSetupWizardPageKind::nameField()).toString()),
                     verifyToken());
}

void ChannelSetupWizardPageWebhook::showWeCom()
{
    auto text = [this](const QString& key) {
        return field(ChannelSetupWizardPageWeCom::fieldName(key)).toString();
    };
    const QString base = text(WeComFields::publicBaseUrl()).trimmed();
    const QString channelId = ChannelNaming::idFor(field(ChannelSetupWizardPageKind::nameField()).toString());
    setTitle(tr("Connect WeCom's callback"));
    setSubTitle(tr("WeCom delivers the messages members send to the app to this address. The channel is "
                   "saved now, so that WeCom can check the address: enter it in WeCom's admin console and "
                   "click Save there. This page shows WeCom's request when it arrives; then click Finish."));
    m_ui->webhookUrlLineEdit->setToolTip(tr("Paste this into URL in 接收消息 → 设置API接收"));
    m_ui->webhookVerifyTokenLabel->setText(tr("&Token:"));
    m_ui->webhookVerifyTokenLineEdit->setToolTip(tr("Paste this into Token in 接收消息 → 设置API接收"));
    m_ui->webhookStepsLabel->setText(WebhookInstructions::weComSteps());
    m_ui->webhookUrlLineEdit->setText(WeComValidator::callbackUrl(base, channelId));
    m_ui->webhookSharedUrlLineEdit->setText(WeComValidator::sharedCallbackUrl(base));
    m_ui->webhookVerifyTokenLineEdit->setText(text(WeComFields::token()));
    m_ui->webhookEncodingAesKeyLineEdit->setText(text(WeComFields::encodingAesKey()));
    showStoredSecret(m_ui->webhookVerifyTokenLineEdit, channelId, WeComFields::token());
    showStoredSecret(m_ui->webhookEncodingAesKeyLineEdit, channelId, WeComFields::encodingAesKey());
}

void ChannelSetupWizardPageWebhook::showStoredSecret(QLineEdit* edit, const QString& channelId,
                                                     const QString& field)
{
    if (!edit->text().isEmpty() || !m_desk || !m_desk->channel(channelId))
        return;
    const quint64 generation = m_generation;
    whenFinished(m_desk->readSecret(channelId, field), this,
                 [this, edit, generation](const SecretResult& result) {
                     if (generation == m_generation && result.ok() && edit->text().isEmpty())
                         edit->setText(result.value);
                 });
}

bool ChannelSetupWizardPageWebhook::isComplete() const
{
    return !m_saving;
}

void ChannelSetupWizardPageWebhook::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->saveBusyBar->setVisible(saving);
    if (saving)
        m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                          tr("Saving the channel and storing its secrets in the keychain…"));
    emit completeChanged();
}

void ChannelSetupWizardPageWebhook::showSaveError(const QString& message)
{
    m_watcher->stop();
    m_ui->saveMessageLabel->setStatus(
        FieldCheck::Severity::Error,
        tr("The channel was not saved. %1 Click Finish to try again.").arg(message));
}

void ChannelSetupWizardPageWebhook::showSaved(const QString& channelId, const QDateTime& since)
{
    m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                      tr("Saved as “%1”; its secrets are in the keychain.").arg(channelId));
    m_watcher->watch(channelId, since, m_weCom);
}

void ChannelSetupWizardPageWebhook::showProgress(const QString& text)
{
    m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Ok, text);
}

void ChannelSetupWizardPageWebhook::showError(const QString& text)
{
    m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Error, text);
}

void ChannelSetupWizardPageWebhook::showVerification()
{
    m_ui->verificationStatusLabel->setStatus(m_watcher->severity(), m_watcher->text());
}

} // namespace ChannelDesk
