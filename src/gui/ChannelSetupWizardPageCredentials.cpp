// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageCredentials.h"
#include "ui_ChannelSetupWizardPageCredentials.h"

#include "channels/Channel.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/KindFields.h"
#include "CopyButtonFeedback.h"
#include "ValidatedFields.h"

namespace ChannelDesk {

ChannelSetupWizardPageCredentials::ChannelSetupWizardPageCredentials(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageCredentials>())
    , m_fields(new ValidatedFields(
          [this](const QString& key, const QString& value) {
              return m_keepsStoredSecrets
                  ? KindFields::checkUpdateField(ChannelKinds::whatsAppCloud(), key, value)
                  : CloudApiValidator::checkField(key, value);
          },
          this))
{
    m_ui->setupUi(this);
    m_ui->apiVersionLineEdit->setText(CloudApiFields::defaultApiVersion());
    m_ui->graphBaseUrlLineEdit->setText(CloudApiFields::defaultGraphBaseUrl());

    connect(m_fields, &ValidatedFields::changed, this, &QWizardPage::completeChanged);
    connect(m_fields, &ValidatedFields::checked, this, [this](const QString& key, const FieldCheck& check) {
        // A problem hidden in the collapsed Advanced section would leave Next disabled for no visible reason.
        const bool advanced = key == CloudApiFields::apiVersion() || key == CloudApiFields::graphBaseUrl()
            || key == CloudApiFields::forwardTimeoutMs();
        if (advanced && check.isError())
            m_ui->advancedToggleButton->setChecked(true);
    });
    addField(CloudApiFields::phoneNumberId(), m_ui->phoneNumberIdLineEdit, m_ui->phoneNumberIdMessageLabel);
    addField(CloudApiFields::accessToken(), m_ui->accessTokenLineEdit, m_ui->accessTokenMessageLabel);
    addField(CloudApiFields::appSecret(), m_ui->appSecretLineEdit, m_ui->appSecretMessageLabel);
    addField(CloudApiFields::verifyToken(), m_ui->verifyTokenLineEdit, m_ui->verifyTokenMessageLabel);
    addField(CloudApiFields::businessAccountId(), m_ui->businessAccountIdLineEdit,
             m_ui->businessAccountIdMessageLabel);
    addField(CloudApiFields::publicBaseUrl(), m_ui->publicBaseUrlLineEdit, m_ui->publicBaseUrlMessageLabel);
    addField(CloudApiFields::apiVersion(), m_ui->apiVersionLineEdit, m_ui->apiVersionMessageLabel);
    addField(CloudApiFields::graphBaseUrl(), m_ui->graphBaseUrlLineEdit, m_ui->graphBaseUrlMessageLabel);
    addField(CloudApiFields::forwardUrl(), m_ui->forwardUrlLineEdit, m_ui->forwardUrlMessageLabel, true);
    addField(CloudApiFields::forwardTimeoutMs(), m_ui->forwardTimeoutMsLineEdit,
             m_ui->forwardTimeoutMsMessageLabel, true);

    connect(m_ui->showAccessTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->accessTokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showAccessTokenButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->generateVerifyTokenButton, &QPushButton::clicked, this,
            &ChannelSetupWizardPageCredentials::generateVerifyToken);
    new CopyButtonFeedback(m_ui->copyVerifyTokenButton, [this] { return m_ui->verifyTokenLineEdit->text(); });
    connect(m_ui->verifyTokenLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ui->copyVerifyTokenButton->setEnabled(!text.isEmpty()); });
    m_ui->copyVerifyTokenButton->setEnabled(false);
    connect(m_ui->advancedToggleButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->advancedGroupBox->setVisible(shown);
        m_ui->advancedToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
}

ChannelSetupWizardPageCredentials::~ChannelSetupWizardPageCredentials() = default;

void ChannelSetupWizardPageCredentials::addField(const QString& key, QLineEdit* edit,
                                                 FieldMessageLabel* label, bool trim)
{
    registerField(key, edit);
    m_fields->add(key, edit, label, trim);
}

bool ChannelSetupWizardPageCredentials::isComplete() const
{
    return m_fields->allValid();
}

QString ChannelSetupWizardPageCredentials::value(const QString& key) const
{
    return m_fields->value(key);
}

bool ChannelSetupWizardPageCredentials::hasField(const QString& key) const
{
    return m_fields->has(key);
}

void ChannelSetupWizardPageCredentials::setKeepsStoredSecrets(bool keeps)
{
    if (keeps == m_keepsStoredSecrets)
        return;
    m_keepsStoredSecrets = keeps;
    m_fields->recheck();
    if (keeps) {
        for (const QString& key : CloudApiFields::secretFields())
            m_fields->markTouched(key);
    }
}

void ChannelSetupWizardPageCredentials::prefill(const Channel& channel)
{
    using namespace CloudApiFields;
    for (const QString& key : plainFields()) {
        const QString value = channel.field(key);
        // Kept empty, the Graph client uses the defaults the page shows already.
        if (value.isEmpty() && (key == apiVersion() || key == graphBaseUrl()))
            continue;
        m_fields->setValue(key, value);
    }
}

void ChannelSetupWizardPageCredentials::generateVerifyToken()
{
    m_ui->verifyTokenLineEdit->setText(CloudApiValidator::generateVerifyToken());
    m_fields->markTouched(CloudApiFields::verifyToken());
}

} // namespace ChannelDesk
