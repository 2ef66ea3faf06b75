// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs a DataRepair on a thread of its own for the window, reporting progress and the end on this
//! object's thread, so the UI thread never waits on the disk. Destroying the job cancels the repair
//! and waits for the batch being built.

#include "desk/DataRepair.h"

#include <QObject>

#include <optional>
#include <thread>

namespace ChannelDesk {

class DataRepairJob : public QObject
{
    Q_OBJECT

public:
    explicit DataRepairJob(const QString& dataDir, QObject* parent = nullptr);
    ~DataRepairJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread.joinable() && !m_result; }
    //! Once finished() was emitted.
    const std::optional<Result<DataRepair::Report>>& result() const { return m_result; }

signals:
    void progressed(qint64 built, qint64 total);
    void finished();

private:
    DataRepair m_repair;
    std::optional<Result<DataRepair::Report>> m_result;
    std::thread m_thread;
};

} // namespace ChannelDesk
