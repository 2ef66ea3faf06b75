// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageWebhook.h"
#include "ui_ChannelSetupWizardPageWebhook.h"

#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/WebhookInstructions.h"

#include <QClipboard>
#include <QGuiApplication>

namespace ChannelDesk {

ChannelSetupWizardPageWebhook::ChannelSetupWizardPageWebhook(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageWebhook>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    m_ui->webhookStepsLabel->setText(WebhookInstructions::steps());
    connect(m_ui->copyWebhookUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->webhookUrlLineEdit->text()); });
    connect(m_ui->copyWebhookVerifyTokenButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->webhookVerifyTokenLineEdit->text()); });
}

ChannelSetupWizardPageWebhook::~ChannelSetupWizardPageWebhook() = default;

void ChannelSetupWizardPageWebhook::initializePage()
{
    using namespace CloudApiFields;
    m_ui->webhookUrlLineEdit->setText(CloudApiValidator::webhookUrl(
        field(publicBaseUrl()).toString().trimmed(), field(phoneNumberId()).toString().trimmed()));
    m_ui->webhookVerifyTokenLineEdit->setText(field(verifyToken()).toString());
    m_ui->saveMessageLabel->clearMessage();
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
    m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Error,
                                      tr("The channel was not saved. %1").arg(message));
}

} // namespace ChannelDesk
