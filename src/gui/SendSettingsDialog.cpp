// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendSettingsDialog.h"
#include "ui_SendSettingsDialog.h"

#include <QPushButton>

namespace ChannelDesk {

SendSettingsDialog::SendSettingsDialog(const SendLimits& limits, const OptOutWords& words, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->perMinuteSpin->setValue(limits.perRecipientPerMinute);
    m_ui->perHourSpin->setValue(limits.perRecipientPerHour);
    m_ui->perDaySpin->setValue(limits.perDay);
    m_ui->optOutEdit->setText(words.words().join(QStringLiteral(", ")));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const SendLimits defaults;
        m_ui->perMinuteSpin->setValue(defaults.perRecipientPerMinute);
        m_ui->perHourSpin->setValue(defaults.perRecipientPerHour);
        m_ui->perDaySpin->setValue(defaults.perDay);
        m_ui->optOutEdit->setText(OptOutWords::defaults().join(QStringLiteral(", ")));
    });
    for (QSpinBox* spin : {m_ui->perMinuteSpin, m_ui->perHourSpin, m_ui->perDaySpin})
        connect(spin, &QSpinBox::valueChanged, this, &SendSettingsDialog::validate);
    connect(m_ui->optOutEdit, &QLineEdit::textChanged, this, &SendSettingsDialog::validate);
    validate();
}

SendSettingsDialog::~SendSettingsDialog() = default;

QStringList SendSettingsDialog::typedWords() const
{
    QStringList words;
    for (const QString& word : m_ui->optOutEdit->text().split(QLatin1Char(','))) {
        if (!word.trimmed().isEmpty())
            words.append(word.trimmed());
    }
    return words;
}

void SendSettingsDialog::validate()
{
    bool ok = true;
    if (m_ui->perHourSpin->value() < m_ui->perMinuteSpin->value()) {
        ok = false;
        m_ui->limitsMessageLabel->setStatus(
            FieldCheck::Severity::Error,
            tr("The hourly limit is below the per-minute limit: raise it to at "
               "least %1.")
                .arg(m_ui->perMinuteSpin->value()));
    } else if (m_ui->perMinuteSpin->value() > 10) {
        m_ui->limitsMessageLabel->setStatus(
            FieldCheck::Severity::Warning,
            tr("WhatsApp allows about one message every 6 seconds to the same "
               "person; more is answered with error 131056 and retried later."));
    } else {
        m_ui->limitsMessageLabel->clearMessage();
    }
    const QStringList words = typedWords();
    if (words.isEmpty()) {
        m_ui->optOutMessageLabel->setStatus(
            FieldCheck::Severity::Ok,
            tr("Empty: the defaults %1 are used.").arg(OptOutWords::defaults().join(QStringLiteral(", "))));
    } else {
        m_ui->optOutMessageLabel->setStatus(
            FieldCheck::Severity::Ok,
            tr("A message that is just one of these words (any case) opts its sender out: %1.")
                .arg(words.join(QStringLiteral(", "))));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

SendLimits SendSettingsDialog::limits() const
{
    SendLimits limits;
    limits.perRecipientPerMinute = m_ui->perMinuteSpin->value();
    limits.perRecipientPerHour = m_ui->perHourSpin->value();
    limits.perDay = m_ui->perDaySpin->value();
    return limits;
}

OptOutWords SendSettingsDialog::words() const
{
    return OptOutWords(typedWords());
}

} // namespace ChannelDesk
