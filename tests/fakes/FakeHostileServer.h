// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A broken or hostile HTTP server on 127.0.0.1 (libmicrohttpd): every request, whatever its path
//! (but those given a normal answer), gets the same endless, oversized or trickling answer, for
//! testing the caps and deadlines of the clients of remote servers (Graph API, media, gateways, the
//! forwarder).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <mutex>

#include <sys/types.h>

struct MHD_Connection;
struct MHD_Daemon;

class FakeHostileServer
{
public:
    enum class Mode
    {
        Trickle, //!< announces a 4 KiB body and sends one byte every 50 ms
        HugeLength, //!< announces a 64 MiB body in Content-Length and streams it
        Endless, //!< chunked, bytes without end as fast as they go
    };

    explicit FakeHostileServer(Mode mode, int httpStatus = 200);
    ~FakeHostileServer();
    FakeHostileServer(const FakeHostileServer&) = delete;
    FakeHostileServer& operator=(const FakeHostileServer&) = delete;

    //! The hostile answer starts with these bytes (say Meta's error JSON, which stays valid JSON
    //! whatever whitespace follows it), then goes on as its Mode says. Call before start().
    void setBodyPrefix(const QByteArray& prefix) { m_prefix = prefix; }
    //! Requests whose path contains pathContains get this JSON at once, as a normal server would:
    //! the first step of a two-step exchange (Meta's media URL lookup) before the hostile answer.
    //! These answers count neither as requests nor as bytes sent.
    void answerNormally(const QString& pathContains, const QByteArray& json);

    //! Listens on 127.0.0.1 at a free port.
    bool start();
    void stop();
    QUrl baseUrl() const;
    //! Hostile answers started so far.
    int requestCount() const { return m_requests; }
    //! Bytes of hostile answers written to clients so far, all requests together.
    qint64 bytesSent() const { return m_bytesSent; }

private:
    static int handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                      const char* version, const char* uploadData, size_t* uploadSize, void** state);
    static ssize_t readBody(void* self, uint64_t position, char* buffer, size_t max);

    struct Normal
    {
        QString pathContains;
        QByteArray json;
    };

    Mode m_mode;
    int m_status;
    QByteArray m_prefix;
    std::mutex m_mutex; //!< guards m_normal, read by libmicrohttpd's threads
    QList<Normal> m_normal;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_requests{0};
    std::atomic<qint64> m_bytesSent{0};
};
