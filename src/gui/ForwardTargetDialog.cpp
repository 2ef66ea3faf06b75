// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForwardTargetDialog.h"
#include "ui_ForwardTargetDialog.h"

#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "ValidatedFields.h"

#include <QPushButton>

namespace ChannelDesk {

ForwardTargetDialog::ForwardTargetDialog(const QString& channelName, const QString& url,
                                         const QString& timeoutMs, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ForwardTargetDialog>())
    , m_fields(new ValidatedFields(&CloudApiValidator::checkField, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Forward to Bot: %1").arg(channelName));
    m_ui->timeoutLineEdit->setPlaceholderText(QString::number(CloudApiFields::defaultForwardTimeoutMs));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->urlLineEdit->setText(url);
    m_ui->timeoutLineEdit->setText(timeoutMs);

    // Filled before the fields are added, so a stored http:// address shows its warning at once.
    m_fields->add(CloudApiFields::forwardUrl(), m_ui->urlLineEdit, m_ui->urlMessageLabel, true);
    m_fields->add(CloudApiFields::forwardTimeoutMs(), m_ui->timeoutLineEdit, m_ui->timeoutMessageLabel, true);
    m_fields->add(HandoffFields::returnHours(), m_ui->handoffReturnLineEdit, m_ui->handoffReturnMessageLabel,
                  true);
    const auto updateOk
        = [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_fields->allValid()); };
    connect(m_fields, &ValidatedFields::changed, this, updateOk);
    updateOk();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_fields->allValid())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ForwardTargetDialog::~ForwardTargetDialog() = default;

QString ForwardTargetDialog::url() const
{
    return m_fields->value(CloudApiFields::forwardUrl());
}

QString ForwardTargetDialog::timeoutMs() const
{
    return m_fields->value(CloudApiFields::forwardTimeoutMs());
}

void ForwardTargetDialog::setHandoff(bool onReply, const QString& returnHours)
{
    m_ui->handoffOnReplyCheckBox->setChecked(onReply);
    m_ui->handoffReturnLineEdit->setText(returnHours);
}

QString ForwardTargetDialog::handoffOnReply() const
{
    return m_ui->handoffOnReplyCheckBox->isChecked() ? QStringLiteral("true") : QString();
}

QString ForwardTargetDialog::handoffReturnHours() const
{
    const QString hours = m_fields->value(HandoffFields::returnHours());
    return hours == QLatin1String("0") ? QString() : hours;
}

} // namespace ChannelDesk
