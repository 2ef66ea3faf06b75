// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiverSettingsDialog.h"
#include "ui_ReceiverSettingsDialog.h"

#include <QPushButton>

namespace ChannelDesk {

ReceiverSettingsDialog::ReceiverSettingsDialog(const ReceiverSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReceiverSettingsDialog>())
    , m_initial(settings)
{
    m_ui->setupUi(this);
    m_ui->enabledCheckBox->setChecked(settings.enabled);
    m_ui->listenLineEdit->setText(settings.listen);
    m_ui->listenLineEdit->setPlaceholderText(ReceiverSettings().listen);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->listenLineEdit, &QLineEdit::textChanged, this, &ReceiverSettingsDialog::validate);
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, &ReceiverSettingsDialog::validate);
    validate();
}

ReceiverSettingsDialog::~ReceiverSettingsDialog() = default;

ReceiverSettings ReceiverSettingsDialog::settings() const
{
    ReceiverSettings settings = m_initial; // keeps what only settings.ini sets
    settings.enabled = m_ui->enabledCheckBox->isChecked();
    settings.listen = m_ui->listenLineEdit->text().trimmed();
    return settings;
}

void ReceiverSettingsDialog::validate()
{
    const bool enabled = m_ui->enabledCheckBox->isChecked();
    m_ui->listenLineEdit->setEnabled(enabled);
    const FieldCheck check = ReceiverSettings::checkListen(m_ui->listenLineEdit->text());
    // A receiver that is off listens nowhere, so its address cannot be wrong yet; it is checked
    // again when the receiver is turned on.
    m_ui->listenMessageLabel->setCheck(enabled ? check : FieldCheck::ok());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!enabled || !check.isError());
}

} // namespace ChannelDesk
