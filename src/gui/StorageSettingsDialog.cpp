// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSettingsDialog.h"
#include "ui_StorageSettingsDialog.h"

#include "util/DiskUsageProbe.h"

#include <QPushButton>

namespace ChannelDesk {

StorageSettingsDialog::StorageSettingsDialog(const RetentionSettings& retention, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StorageSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->journalDaysEdit->setText(QString::number(retention.journalDays));
    m_ui->messageDaysEdit->setText(QString::number(retention.messageDays));
    m_ui->diskWarningLabel->clearMessage();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const RetentionSettings defaults;
        m_ui->journalDaysEdit->setText(QString::number(defaults.journalDays));
        m_ui->messageDaysEdit->setText(QString::number(defaults.messageDays));
    });
    connect(m_ui->journalDaysEdit, &QLineEdit::textChanged, this, &StorageSettingsDialog::validate);
    connect(m_ui->messageDaysEdit, &QLineEdit::textChanged, this, &StorageSettingsDialog::validate);
    validate();
}

StorageSettingsDialog::~StorageSettingsDialog() = default;

void StorageSettingsDialog::validate()
{
    const QString journalProblem = RetentionSettings::checkJournalDays(m_ui->journalDaysEdit->text());
    const QString messageProblem = RetentionSettings::checkMessageDays(m_ui->messageDaysEdit->text());
    if (journalProblem.isEmpty())
        m_ui->journalDaysMessageLabel->clearMessage();
    else
        m_ui->journalDaysMessageLabel->setStatus(FieldCheck::Severity::Error, journalProblem);
    if (!messageProblem.isEmpty()) {
        m_ui->messageDaysMessageLabel->setStatus(FieldCheck::Severity::Error, messageProblem);
    } else if (retention().messageDays > 0) {
        // Pruning cannot be undone: say so before OK.
        m_ui->messageDaysMessageLabel->setStatus(
            FieldCheck::Severity::Warning,
            tr("Messages older than %n days are deleted for good within the hour; export them first "
               "(channeldesk export) to keep a copy.",
               nullptr, retention().messageDays));
    } else {
        m_ui->messageDaysMessageLabel->setStatus(FieldCheck::Severity::Ok, tr("Every message is kept."));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(journalProblem.isEmpty() && messageProblem.isEmpty());
}

RetentionSettings StorageSettingsDialog::retention() const
{
    RetentionSettings retention;
    retention.journalDays = m_ui->journalDaysEdit->text().trimmed().toInt();
    retention.messageDays = m_ui->messageDaysEdit->text().trimmed().toInt();
    return retention;
}

void StorageSettingsDialog::setDiskUsage(const DiskUsage& usage)
{
    if (!usage.valid) {
        m_ui->diskUsageLabel->setText(tr("The disk use is not known here."));
        m_ui->diskWarningLabel->clearMessage();
        return;
    }
    QStringList lines;
    for (const DataFileSize& file : usage.files)
        lines.append(QStringLiteral("%1: %2").arg(file.name, DiskUsageProbe::formatBytes(file.bytes)));
    lines.append(tr("Free on its disk: %1 of %2")
                     .arg(DiskUsageProbe::formatBytes(usage.freeBytes),
                          DiskUsageProbe::formatBytes(usage.totalBytes)));
    m_ui->diskUsageLabel->setText(lines.join(QLatin1Char('\n')));
    if (usage.low)
        m_ui->diskWarningLabel->setStatus(FieldCheck::Severity::Error, DiskUsageProbe::lowDiskWarning(usage));
    else
        m_ui->diskWarningLabel->clearMessage();
}

} // namespace ChannelDesk
