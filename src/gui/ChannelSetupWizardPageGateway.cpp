// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageGateway.h"
#include "ui_ChannelSetupWizardPageGateway.h"

#include "channels/Channel.h"
#include "channels/KindFields.h"
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"
#include "ChannelListModel.h"
#include "ValidatedFields.h"

namespace ChannelDesk {

ChannelSetupWizardPageGateway::ChannelSetupWizardPageGateway(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageGateway>())
    , m_fields(new ValidatedFields(
          [this](const QString& key, const QString& value) {
              return m_keepsStoredSecrets
                  ? KindFields::checkUpdateField(ChannelKinds::whatsAppLinked(), key, value)
                  : LinkedChannelValidator::checkField(key, value);
          },
          this))
{
    m_ui->setupUi(this);
    for (const QString& gateway : LinkedFields::gateways())
        m_ui->gatewayComboBox->addItem(ChannelListModel::gatewayTitle(gateway), gateway);
    m_ui->gatewayBaseUrlLineEdit->setText(QStringLiteral("http://127.0.0.1:3000"));
    m_ui->gatewaySessionLineEdit->setText(LinkedFields::defaultSession());
    m_ui->deviceLabelLineEdit->setText(QStringLiteral("ChannelDesk"));

    connect(m_fields, &ValidatedFields::changed, this, &QWizardPage::completeChanged);
    addField(LinkedFields::baseUrl(), m_ui->gatewayBaseUrlLineEdit, m_ui->gatewayBaseUrlMessageLabel);
    addField(LinkedFields::apiKey(), m_ui->gatewayApiKeyLineEdit, m_ui->gatewayApiKeyMessageLabel);
    addField(LinkedFields::session(), m_ui->gatewaySessionLineEdit, m_ui->gatewaySessionMessageLabel);
    addField(LinkedFields::deviceLabel(), m_ui->deviceLabelLineEdit, m_ui->deviceLabelMessageLabel);
    addField(LinkedFields::forwardUrl(), m_ui->linkedForwardUrlLineEdit, m_ui->linkedForwardUrlMessageLabel);

    connect(m_ui->showGatewayApiKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->gatewayApiKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showGatewayApiKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->gatewayComboBox, &QComboBox::currentIndexChanged, this,
            &ChannelSetupWizardPageGateway::gatewayChanged);
    gatewayChanged();
}

ChannelSetupWizardPageGateway::~ChannelSetupWizardPageGateway() = default;

void ChannelSetupWizardPageGateway::addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label)
{
    registerField(key, edit);
    // The key is checked as typed (a pasted space is reported); the other fields are trimmed.
    m_fields->add(key, edit, label, key != LinkedFields::apiKey());
}

bool ChannelSetupWizardPageGateway::isComplete() const
{
    return !LinkedChannelValidator::checkGateway(value(LinkedFields::gateway())).isError()
        && m_fields->allValid();
}

bool ChannelSetupWizardPageGateway::hasField(const QString& key) const
{
    return key == LinkedFields::gateway() || m_fields->has(key);
}

QString ChannelSetupWizardPageGateway::value(const QString& key) const
{
    if (key == LinkedFields::gateway())
        return m_ui->gatewayComboBox->currentData().toString();
    return m_fields->value(key);
}

void ChannelSetupWizardPageGateway::setKeepsStoredSecrets(bool keeps)
{
    if (keeps == m_keepsStoredSecrets)
        return;
    m_keepsStoredSecrets = keeps;
    m_fields->recheck();
    if (keeps)
        m_fields->markTouched(LinkedFields::apiKey());
}

void ChannelSetupWizardPageGateway::prefill(const Channel& channel)
{
    using namespace LinkedFields;
    const int index = m_ui->gatewayComboBox->findData(channel.field(gateway()));
    if (index >= 0)
        m_ui->gatewayComboBox->setCurrentIndex(index);
    for (const QString& key : plainFields()) {
        const QString value = channel.field(key);
        // The address, session and label the page suggests stay where the channel keeps none.
        if (value.isEmpty() && key != forwardUrl())
            continue;
        m_fields->setValue(key, value);
    }
}

void ChannelSetupWizardPageGateway::gatewayChanged()
{
    const bool waha = value(LinkedFields::gateway()) == LinkedFields::waha();
    m_ui->gatewayHelpLabel->setText(
        waha ? tr("WAHA serves its API and events on one port (3000 by default). The API key is the "
                  "WAHA_API_KEY it was started with.")
             : tr("A gateway speaking the connection-gateway protocol. The key is its service token; the "
                  "connection is created when it does not exist."));
    m_ui->gatewayApiKeyLabel->setText(waha ? tr("API &key: *") : tr("Service &token: *"));
    m_ui->gatewaySessionLabel->setText(waha ? tr("&Session: *") : tr("&Connection: *"));
    emit completeChanged();
}

} // namespace ChannelDesk
