// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseWorker.h"

#include "store/Database.h"

namespace ChannelDesk {

DatabaseWorker::DatabaseWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
    // One thread runs the jobs in queue order, and it must not expire between jobs: its
    // connection, and the prepared statements on it, live as long as the thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DatabaseWorker::~DatabaseWorker()
{
    shutDown();
}

void DatabaseWorker::post(std::function<void()> work)
{
    m_pool.start(std::move(work));
}

void DatabaseWorker::shutDown()
{
    m_pool.start([path = m_path] { Database::close(path); });
    m_pool.waitForDone();
}

} // namespace ChannelDesk
