// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageGateway.h"
#include "ui_ChannelSetupWizardPageGateway.h"

#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"
#include "ChannelListModel.h"

namespace ChannelDesk {

ChannelSetupWizardPageGateway::ChannelSetupWizardPageGateway(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageGateway>())
{
    m_ui->setupUi(this);
    for (const QString& gateway : LinkedFields::gateways())
        m_ui->gatewayComboBox->addItem(ChannelListModel::gatewayTitle(gateway), gateway);
    m_ui->gatewayBaseUrlLineEdit->setText(QStringLiteral("http://127.0.0.1:3000"));
    m_ui->gatewaySessionLineEdit->setText(LinkedFields::defaultSession());
    m_ui->deviceLabelLineEdit->setText(QStringLiteral("ChannelDesk"));

    // Reserved up front: the lambdas below keep the key, not a pointer into the vector.
    m_rows.reserve(4);
    addField(LinkedFields::baseUrl(), m_ui->gatewayBaseUrlLineEdit, m_ui->gatewayBaseUrlMessageLabel);
    addField(LinkedFields::apiKey(), m_ui->gatewayApiKeyLineEdit, m_ui->gatewayApiKeyMessageLabel);
    addField(LinkedFields::session(), m_ui->gatewaySessionLineEdit, m_ui->gatewaySessionMessageLabel);
    addField(LinkedFields::deviceLabel(), m_ui->deviceLabelLineEdit, m_ui->deviceLabelMessageLabel);

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
    m_rows.push_back(FieldRow{key, edit, label, false});
    registerField(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { rowFor(key)->touched = true; });
    connect(edit, &QLineEdit::textChanged, this, [this, key] {
        updateField(*rowFor(key));
        emit completeChanged();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, key] {
        FieldRow* row = rowFor(key);
        row->touched = true;
        updateField(*row);
    });
    updateField(m_rows.back());
}

void ChannelSetupWizardPageGateway::updateField(FieldRow& row)
{
    const QString text = row.edit->text().trimmed();
    const FieldCheck check = LinkedChannelValidator::checkField(row.key, text);
    row.label->setCheck(row.touched || !text.isEmpty() ? check : FieldCheck::ok());
}

ChannelSetupWizardPageGateway::FieldRow* ChannelSetupWizardPageGateway::rowFor(const QString& key)
{
    for (FieldRow& row : m_rows) {
        if (row.key == key)
            return &row;
    }
    Q_UNREACHABLE();
    return nullptr;
}

bool ChannelSetupWizardPageGateway::isComplete() const
{
    if (LinkedChannelValidator::checkGateway(value(LinkedFields::gateway())).isError())
        return false;
    for (const FieldRow& row : m_rows) {
        if (LinkedChannelValidator::checkField(row.key, row.edit->text().trimmed()).isError())
            return false;
    }
    return true;
}

QString ChannelSetupWizardPageGateway::value(const QString& key) const
{
    if (key == LinkedFields::gateway())
        return m_ui->gatewayComboBox->currentData().toString();
    for (const FieldRow& row : m_rows) {
        if (row.key == key)
            return row.key == LinkedFields::apiKey() ? row.edit->text() : row.edit->text().trimmed();
    }
    return {};
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
