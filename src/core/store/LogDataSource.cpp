// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LogDataSource.h"

#include "util/Logging.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

LogDataSource::LogDataSource(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_worker(m_path)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &LogDataSource::storeChanged);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &LogDataSource::poll);
    m_poll.start();
    poll();
}

LogDataSource::~LogDataSource() = default;

void LogDataSource::notifyChanged()
{
    // Not restarted by later requests: under a steady stream of deliveries the models still
    // refresh every interval instead of waiting for a pause.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LogDataSource::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    whenFinished(run([](const ConversationReader& reader) { return reader.dataVersion(); }), this,
                 [this](const Result<qint64>& version) {
                     m_polling = false;
                     if (!version.ok()) {
                         qCWarning(lcStore) << "Cannot poll the store:" << version.error().message;
                         return;
                     }
                     const bool changed = m_dataVersion >= 0 && version.value() != m_dataVersion;
                     m_dataVersion = version.value();
                     if (changed)
                         notifyChanged();
                 });
}

} // namespace ChannelDesk
