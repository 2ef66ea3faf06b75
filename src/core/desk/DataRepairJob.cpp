// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DataRepairJob.h"

#include <QMetaObject>

namespace ChannelDesk {

DataRepairJob::DataRepairJob(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_repair(dataDir)
{ }

DataRepairJob::~DataRepairJob()
{
    m_repair.cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void DataRepairJob::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] {
        Result<DataRepair::Report> result = m_repair.run([this](qint64 built, qint64 total) {
            // Queued to this object: dropped once it is gone.
            QMetaObject::invokeMethod(
                this, [this, built, total] { emit progressed(built, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)]() mutable {
                m_result = std::move(result);
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

void DataRepairJob::cancel()
{
    m_repair.cancel();
}

} // namespace ChannelDesk
