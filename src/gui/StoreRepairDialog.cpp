// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreRepairDialog.h"
#include "ui_StoreRepairDialog.h"

#include "desk/DataRepairJob.h"

#include <QLocale>
#include <QPushButton>

namespace ChannelDesk {

StoreRepairDialog::StoreRepairDialog(const QString& dataDir, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StoreRepairDialog>())
    , m_dataDir(dataDir)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setText(problem);
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->statusLabel->setText(tr(
        "Repair moves the damaged file aside (nothing is deleted) and rebuilds the store from the delivery "
        "journal. It can take a while for a large journal; you can stop it and let ChannelDesk build the "
        "rest later."));
    connect(m_ui->repairButton, &QPushButton::clicked, this, &StoreRepairDialog::repair);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &StoreRepairDialog::reject);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        m_job->cancel();
        m_ui->cancelButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Stopping after the batch being built…"));
    });
}

StoreRepairDialog::~StoreRepairDialog() = default;

bool StoreRepairDialog::isRepairing() const
{
    return m_job && m_job->isRunning();
}

void StoreRepairDialog::repair()
{
    if (m_job)
        return;
    m_report.clear();
    m_job = new DataRepairJob(m_dataDir, this);
    connect(m_job, &DataRepairJob::progressed, this, &StoreRepairDialog::showProgress);
    connect(m_job, &DataRepairJob::finished, this, &StoreRepairDialog::repairFinished);
    m_ui->repairButton->setVisible(false);
    m_ui->quitButton->setVisible(false);
    m_ui->cancelButton->setVisible(true);
    m_ui->cancelButton->setEnabled(true);
    m_ui->progressBar->setVisible(true);
    // Busy until the first figures arrive.
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Checking and moving the damaged files aside…"));
    m_job->start();
}

void StoreRepairDialog::setQuitButtonText(const QString& text)
{
    m_ui->quitButton->setText(text);
}

void StoreRepairDialog::reject()
{
    // Closing the window while repairing stops the repair, like Cancel; the dialog ends when it has.
    if (isRepairing()) {
        m_ui->cancelButton->click();
        return;
    }
    QDialog::reject();
}

void StoreRepairDialog::showProgress(qint64 built, qint64 total)
{
    // QProgressBar takes int; per mille keeps large journals in range.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(total > 0 ? int(built * 1000 / total) : 1000);
    if (m_ui->cancelButton->isEnabled())
        m_ui->statusLabel->setText(tr("Rebuilding the conversation log: %1 of %2 journal entries")
                                       .arg(QLocale().toString(built), QLocale().toString(total)));
}

void StoreRepairDialog::repairFinished()
{
    const auto result = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    m_ui->cancelButton->setVisible(false);
    m_ui->progressBar->setVisible(false);
    if (!result || !result->ok()) {
        m_ui->problemLabel->setText(result ? result->error().message
                                           : tr("The repair ended without a result."));
        m_ui->statusLabel->setText(tr("Nothing more was changed. Fix what the message says and try again, or "
                                      "run “channeldesk repair” in a terminal."));
        m_ui->repairButton->setVisible(true);
        m_ui->quitButton->setVisible(true);
        return;
    }
    m_report = result->value().lines;
    accept();
}

} // namespace ChannelDesk
