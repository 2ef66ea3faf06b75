// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHostileServer.h"

#include "FakeHttpService.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <chrono>
#include <cstring>
#include <thread>

FakeHostileServer::FakeHostileServer(Mode mode, int httpStatus)
    : m_mode(mode)
    , m_status(httpStatus)
{ }

FakeHostileServer::~FakeHostileServer()
{
    stop();
}

bool FakeHostileServer::start()
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_stopping = false;
    // One thread per connection, so an answer still streaming does not hold up the next request.
    m_daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, nullptr, nullptr,
        reinterpret_cast<MHD_AccessHandlerCallback>(&FakeHostileServer::handle), this, MHD_OPTION_SOCK_ADDR,
        &address, MHD_OPTION_NOTIFY_COMPLETED,
        reinterpret_cast<MHD_RequestCompletedCallback>(&FakeHttpService::completed), this, MHD_OPTION_END);
    if (!m_daemon)
        return false;
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return m_port != 0;
}

void FakeHostileServer::stop()
{
    // The body readers see this and end their connections, so stopping does not wait forever.
    m_stopping = true;
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

QUrl FakeHostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int FakeHostileServer::handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                              const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    FakeHttpService::Request request;
    if (!FakeHttpService::gather(connection, url, method, uploadData, uploadSize, state, &request))
        return MHD_YES;
    auto* server = static_cast<FakeHostileServer*>(self);
    ++server->m_requests;
    const uint64_t size = server->m_mode == Mode::Trickle ? 4096
        : server->m_mode == Mode::HugeLength              ? uint64_t(64) * 1024 * 1024
                                                          : MHD_SIZE_UNKNOWN;
    MHD_Response* response
        = MHD_create_response_from_callback(size, 64 * 1024, &FakeHostileServer::readBody, server, nullptr);
    MHD_add_response_header(response, "Content-Type", "application/json; charset=UTF-8");
    const MHD_Result result = MHD_queue_response(connection, unsigned(server->m_status), response);
    MHD_destroy_response(response);
    return result;
}

ssize_t FakeHostileServer::readBody(void* self, uint64_t, char* buffer, size_t max)
{
    auto* server = static_cast<FakeHostileServer*>(self);
    if (server->m_stopping)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (server->m_mode == Mode::Trickle) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        buffer[0] = ' ';
        ++server->m_bytesSent;
        return 1;
    }
    const size_t count = std::min(max, size_t(64 * 1024));
    memset(buffer, ' ', count);
    server->m_bytesSent += qint64(count);
    return ssize_t(count);
}
