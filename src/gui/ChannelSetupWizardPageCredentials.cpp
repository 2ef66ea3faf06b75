// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageCredentials.h"
#include "ui_ChannelSetupWizardPageCredentials.h"

#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"

#include <QClipboard>
#include <QGuiApplication>

namespace ChannelDesk {

ChannelSetupWizardPageCredentials::ChannelSetupWizardPageCredentials(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageCredentials>())
{
    m_ui->setupUi(this);
    m_ui->apiVersionLineEdit->setText(CloudApiFields::defaultApiVersion());
    m_ui->graphBaseUrlLineEdit->setText(CloudApiFields::defaultGraphBaseUrl());

    // Reserve the rows up front: the lambdas below keep the key, not a pointer into the vector.
    m_rows.reserve(8);
    addField(CloudApiFields::phoneNumberId(), m_ui->phoneNumberIdLineEdit, m_ui->phoneNumberIdMessageLabel);
    addField(CloudApiFields::accessToken(), m_ui->accessTokenLineEdit, m_ui->accessTokenMessageLabel);
    addField(CloudApiFields::appSecret(), m_ui->appSecretLineEdit, m_ui->appSecretMessageLabel);
    addField(CloudApiFields::verifyToken(), m_ui->verifyTokenLineEdit, m_ui->verifyTokenMessageLabel);
    addField(CloudApiFields::businessAccountId(), m_ui->businessAccountIdLineEdit,
             m_ui->businessAccountIdMessageLabel);
    addField(CloudApiFields::publicBaseUrl(), m_ui->publicBaseUrlLineEdit, m_ui->publicBaseUrlMessageLabel);
    addField(CloudApiFields::apiVersion(), m_ui->apiVersionLineEdit, m_ui->apiVersionMessageLabel);
    addField(CloudApiFields::graphBaseUrl(), m_ui->graphBaseUrlLineEdit, m_ui->graphBaseUrlMessageLabel);

    connect(m_ui->showAccessTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->accessTokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showAccessTokenButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->generateVerifyTokenButton, &QPushButton::clicked, this,
            &ChannelSetupWizardPageCredentials::generateVerifyToken);
    connect(m_ui->copyVerifyTokenButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->verifyTokenLineEdit->text()); });
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
                                                 FieldMessageLabel* label)
{
    m_rows.push_back(FieldRow{key, edit, label, false});
    registerField(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { rowFor(key)->touched = true; });
    connect(edit, &QLineEdit::textChanged, this, [this, key] {
        updateField(*rowFor(key));
        emit completeChanged();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, key] {
        // Leaving a required field empty is worth saying as soon as the user moves on.
        FieldRow* row = rowFor(key);
        row->touched = true;
        updateField(*row);
    });
}

void ChannelSetupWizardPageCredentials::updateField(FieldRow& row)
{
    const QString text = row.edit->text();
    const FieldCheck check = CloudApiValidator::checkField(row.key, text);
    row.label->setCheck(row.touched || !text.isEmpty() ? check : FieldCheck::ok());
    // A problem hidden in the collapsed Advanced section would leave Next disabled for no visible reason.
    const bool advanced = row.edit == m_ui->apiVersionLineEdit || row.edit == m_ui->graphBaseUrlLineEdit;
    if (advanced && check.isError())
        m_ui->advancedToggleButton->setChecked(true);
}

bool ChannelSetupWizardPageCredentials::isComplete() const
{
    for (const FieldRow& row : m_rows) {
        if (CloudApiValidator::checkField(row.key, row.edit->text()).isError())
            return false;
    }
    return true;
}

QString ChannelSetupWizardPageCredentials::value(const QString& key) const
{
    const FieldRow* row = rowFor(key);
    return row ? row->edit->text() : QString();
}

ChannelSetupWizardPageCredentials::FieldRow* ChannelSetupWizardPageCredentials::rowFor(const QString& key)
{
    for (FieldRow& row : m_rows) {
        if (row.key == key)
            return &row;
    }
    Q_UNREACHABLE();
    return nullptr;
}

const ChannelSetupWizardPageCredentials::FieldRow*
ChannelSetupWizardPageCredentials::rowFor(const QString& key) const
{
    for (const FieldRow& row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

void ChannelSetupWizardPageCredentials::generateVerifyToken()
{
    rowFor(CloudApiFields::verifyToken())->touched = true;
    m_ui->verifyTokenLineEdit->setText(CloudApiValidator::generateVerifyToken());
}

} // namespace ChannelDesk
