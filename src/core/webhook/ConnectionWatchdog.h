// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Cuts connections that are slow to send their request headers (slowloris). libmicrohttpd's own
//! timeout only counts idle time, so a client sending a byte every few seconds would hold its
//! connection forever, and a few addresses could fill the total connection limit. A connection
//! gets headerTimeout for the headers of its first request, and keepAliveTimeout for those of each
//! next one; when the open connections pass reserve percent of the limit, the ones waiting longest
//! for headers are cut first, so that a new connection (Meta's) always finds room.
//!
//! Cutting is shutdown(2) on the socket: the server's loop sees the end of the stream and closes
//! the connection itself. The server must report closed() before it closes a socket (libmicrohttpd
//! calls its connection notification before close), so a cut never reaches a reused descriptor.
//! Thread-safe; checks deadlines on a thread of its own.

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ChannelDesk {

class ConnectionWatchdog
{
public:
    using Clock = std::chrono::steady_clock;

    struct Settings
    {
        std::chrono::milliseconds headerTimeout{5000};
        std::chrono::milliseconds keepAliveTimeout{15000};
        int connectionLimit = 1024;
        //! Past this share of connectionLimit (in percent), connections waiting for headers are
        //! cut, longest waiting first.
        int reservePercent = 90;
    };
    enum class Cut
    {
        HeaderTimeout, //!< its headers were not complete in time
        MakingRoom, //!< the limit was near and it waited longest
    };
    //! Called after a cut, on the thread that cut it (never under the watchdog's lock).
    using Notify = std::function<void(const QString& remote, Cut why)>;

    explicit ConnectionWatchdog(Settings settings, Notify notify = {});
    ~ConnectionWatchdog();
    ConnectionWatchdog(const ConnectionWatchdog&) = delete;
    ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

    //! A connection was accepted; its headers are due within headerTimeout.
    void opened(const void* connection, int fd, const QString& remote);
    //! The server is about to close the connection's socket.
    void closed(const void* connection);
    //! The request's headers are complete; no deadline until requestDone().
    void headersReceived(const void* connection);
    //! The request is answered; the next one's headers are due within keepAliveTimeout.
    void requestDone(const void* connection);

    int openConnections() const;
    //! Connections cut so far.
    qint64 cutCount() const;

private:
    struct Entry
    {
        int fd = -1;
        QString remote;
        Clock::time_point waitingSince;
        Clock::time_point deadline;
        bool waiting = true; //!< for request headers
        bool cut = false;
    };
    struct Done
    {
        QString remote;
        Cut why;
    };
    void run();
    //! Cuts the longest-waiting connections while more than the reserve are open; under m_mutex.
    void makeRoom(std::vector<Done>& done);
    void cut(Entry& entry, Cut why, std::vector<Done>& done);
    void report(const std::vector<Done>& done) const;

    const Settings m_settings;
    const Notify m_notify;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unordered_map<const void*, Entry> m_connections;
    int m_live = 0; //!< open and not cut
    qint64 m_cuts = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ChannelDesk
