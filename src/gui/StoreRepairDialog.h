// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Shown instead of the console when the data directory's store is damaged: says what is wrong in
//! plain words and offers Repair or Quit. Repair runs the core repair (DataRepairJob) off the UI
//! thread with its progress, which Cancel stops after the batch being built; the dialog is
//! accepted once the repair ended (complete or stopped), so the console opens on the result.

#include <QDialog>

#include <memory>

namespace Ui {
class StoreRepairDialog;
}

namespace ChannelDesk {

class DataRepairJob;

class StoreRepairDialog : public QDialog
{
    Q_OBJECT

public:
    StoreRepairDialog(const QString& dataDir, const QString& problem, QWidget* parent = nullptr);
    ~StoreRepairDialog() override;

    //! What the repair did, in plain words; empty until it ended.
    QStringList reportLines() const { return m_report; }
    bool isRepairing() const;
    //! Starts the repair, as the Repair button does.
    void repair();
    //! The button that ends the dialog without repairing: "Quit" at start-up, "Close" where the
    //! window goes back to the data directory.
    void setQuitButtonText(const QString& text);
    void reject() override;

private:
    void showProgress(qint64 built, qint64 total);
    void repairFinished();

    std::unique_ptr<Ui::StoreRepairDialog> m_ui;
    QString m_dataDir;
    DataRepairJob* m_job = nullptr;
    QStringList m_report;
};

} // namespace ChannelDesk
