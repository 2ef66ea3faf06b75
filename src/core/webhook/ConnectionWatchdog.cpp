// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/ConnectionWatchdog.h"

#include <sys/socket.h>

#include <algorithm>

namespace ChannelDesk {

ConnectionWatchdog::ConnectionWatchdog(Settings settings, Notify notify)
    : m_settings(settings)
    , m_notify(std::move(notify))
{
    m_thread = std::thread([this] { run(); });
}

ConnectionWatchdog::~ConnectionWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ConnectionWatchdog::opened(const void* connection, int fd, const QString& remote)
{
    std::vector<Done> done;
    {
        std::lock_guard lock(m_mutex);
        const Clock::time_point now = Clock::now();
        Entry& entry = m_connections[connection];
        entry = Entry{fd, remote, now, now + m_settings.headerTimeout, true, false};
        ++m_live;
        makeRoom(done);
    }
    report(done);
}

void ConnectionWatchdog::closed(const void* connection)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (!it->second.cut)
        --m_live;
    m_connections.erase(it);
}

void ConnectionWatchdog::headersReceived(const void* connection)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_connections.find(connection);
    if (it != m_connections.end())
        it->second.waiting = false;
}

void ConnectionWatchdog::requestDone(const void* connection)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    const Clock::time_point now = Clock::now();
    it->second.waiting = true;
    it->second.waitingSince = now;
    it->second.deadline = now + m_settings.keepAliveTimeout;
}

int ConnectionWatchdog::openConnections() const
{
    std::lock_guard lock(m_mutex);
    return int(m_connections.size());
}

qint64 ConnectionWatchdog::cutCount() const
{
    std::lock_guard lock(m_mutex);
    return m_cuts;
}

void ConnectionWatchdog::makeRoom(std::vector<Done>& done)
{
    const int reserve = std::max(1, m_settings.connectionLimit * m_settings.reservePercent / 100);
    while (m_live > reserve) {
        Entry* oldest = nullptr;
        for (auto& [key, entry] : m_connections) {
            if (entry.waiting && !entry.cut && (!oldest || entry.waitingSince < oldest->waitingSince))
                oldest = &entry;
        }
        if (!oldest)
            return; // every connection is busy with a request: libmicrohttpd's limit decides
        cut(*oldest, Cut::MakingRoom, done);
    }
}

void ConnectionWatchdog::cut(Entry& entry, Cut why, std::vector<Done>& done)
{
    // Under m_mutex, so the server cannot have closed (and the system reused) the descriptor.
    ::shutdown(entry.fd, SHUT_RDWR);
    entry.cut = true;
    --m_live;
    ++m_cuts;
    done.push_back({entry.remote, why});
}

void ConnectionWatchdog::report(const std::vector<Done>& done) const
{
    if (!m_notify)
        return;
    for (const Done& each : done)
        m_notify(each.remote, each.why);
}

void ConnectionWatchdog::run()
{
    // A quarter of the shortest timeout: a slow connection is cut within 1.25 × its timeout.
    const auto tick = std::clamp(std::min(m_settings.headerTimeout, m_settings.keepAliveTimeout) / 4,
                                 std::chrono::milliseconds(10), std::chrono::milliseconds(1000));
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, tick);
        std::vector<Done> done;
        const Clock::time_point now = Clock::now();
        for (auto& [key, entry] : m_connections) {
            if (entry.waiting && !entry.cut && now >= entry.deadline)
                cut(entry, Cut::HeaderTimeout, done);
        }
        if (!done.empty()) {
            lock.unlock();
            report(done);
            lock.lock();
        }
    }
}

} // namespace ChannelDesk
