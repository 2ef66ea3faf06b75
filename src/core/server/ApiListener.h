// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API's HTTP endpoint, on libmicrohttpd (plain or TLS): reads each request within the
//! limits, answers /api/v1/health itself, authenticates every other request with ApiAccess, hands
//! the authorised ones to the handler on the handler's thread and answers when it replies. The
//! stream's WebSocket upgrade is answered here (so a wrong key gets its 401 before any WebSocket
//! exists) and the upgraded connection goes to the stream handler.

#include "model/ApiRole.h"
#include "server/ApiExchange.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

struct MHD_Daemon;
struct MHD_Connection;
struct MHD_UpgradeResponseHandle;

namespace ChannelDesk {

class ApiAccess;

class ApiListener : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int connectionTimeoutSeconds = 15;
        int connectionLimit = 1024;
        int perIpConnectionLimit = 256;
        int headerMemoryBytes = 32 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        //! For POST /api/v1/console/upload only: base64 of a 16 MiB file (ConsoleUploads) and the
        //! JSON around it.
        qsizetype maxUploadBodyBytes = 24 * 1024 * 1024;
        int threads = 2;
    };
    struct Tls
    {
        QByteArray certificatePem;
        QByteArray keyPem;
        bool enabled() const { return !certificatePem.isEmpty(); }
    };
    //! The role a request needs, or nullopt when there is no such endpoint.
    using RoleOf
        = std::function<std::optional<ApiRole>(const QByteArray& method, const QStringList& segments)>;
    //! Runs on the listener's owner thread; must call reply exactly once.
    using Handler = std::function<void(const ApiRequest& request, const ApiReply& reply)>;
    //! A stream consumer's upgraded connection: fd is past the 101; alreadyRead is what the client
    //! sent after its request; release() must be called exactly once when done with fd (never
    //! close it). Called on a listener thread.
    using StreamHandler = std::function<void(int fd, const QByteArray& alreadyRead,
                                             std::function<void()> release, const ApiRequest& request)>;

    ApiListener(ApiAccess* access, RoleOf roleOf, Handler handler, StreamHandler stream,
                QObject* parent = nullptr);
    ~ApiListener() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    //! More members of /api/v1/health's answer (the data directory's disk); called on the
    //! listener's threads, so it must be thread-safe and quick. Set before start().
    void setHealthDetails(std::function<QJsonObject()> details) { m_healthDetails = std::move(details); }
    //! Listens on host:port (port 0 picks a free one); with tls, HTTPS only.
    Status start(const QString& host, quint16 port, const Tls& tls = {});
    //! Stops accepting and answers what is still waiting with 503.
    void stop();
    bool isRunning() const { return m_daemon != nullptr; }
    quint16 port() const { return m_port; }
    //! e.g. https://127.0.0.1:8646
    QString url() const;

signals:
    //! One line per request: remote, method, path, status, time. Never a key or a body.
    void requestLogged(const QString& line);

private:
    struct Exchange;
    struct Request;

    static int handleRequest(void* self, MHD_Connection* connection, const char* url, const char* method,
                             const char* version, const char* uploadData, size_t* uploadSize, void** state);
    static void requestCompleted(void* self, MHD_Connection* connection, void** state, int reason);
    static void upgraded(void* self, MHD_Connection* connection, void* state, const char* extraIn,
                         size_t extraInSize, int fd, MHD_UpgradeResponseHandle* handle);
    int route(MHD_Connection* connection, Request& request);
    int upgradeStream(MHD_Connection* connection, Request& request);
    int respond(MHD_Connection* connection, Request& request, const ApiResponse& response);

    ApiAccess* m_access;
    RoleOf m_roleOf;
    Handler m_handler;
    StreamHandler m_stream;
    std::function<QJsonObject()> m_healthDetails;
    Limits m_limits;
    Tls m_tls;
    MHD_Daemon* m_daemon = nullptr;
    QString m_host;
    quint16 m_port = 0;
    std::mutex m_mutex;
    std::set<std::shared_ptr<Exchange>> m_waiting; //!< handed to the handler, not answered yet
    bool m_stopping = false;
};

} // namespace ChannelDesk
