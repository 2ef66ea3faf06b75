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

void FakeHostileServer::answerNormally(const QString& pathContains, const QByteArray& json)
{
    std::lock_guard lock(m_mutex);
    m_normal.append({pathContains, json});
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
    std::unique_lock lock(server->m_mutex);
    for (const Normal& normal : std::as_const(server->m_normal)) {
        if (!request.path.contains(normal.pathContains))
            continue;
        MHD_Response* response = MHD_create_response_from_buffer(
            size_t(normal.json.size()), const_cast<char*>(normal.json.constData()), MHD_RESPMEM_MUST_COPY);
        MHD_add_response_header(response, "Content-Type", "application/json; charset=UTF-8");
        const MHD_Result result = MHD_queue_response(connection, MHD_HTTP_OK, response);
        MHD_destroy_response(response);
        return result;
    }
    lock.unlock();
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

ssize_t FakeHostileServer::readBody(void* self, uint64_t position, char* buffer, size_t max)
{
    auto* server = static_cast<FakeHostileServer*>(self);
    if (server->m_stopping)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    const qsizetype prefixSize = server->m_prefix.size();
    if (server->m_mode == Mode::Trickle) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        buffer[0] = position < uint64_t(prefixSize) ? server->m_prefix.at(qsizetype(position)) : ' ';
        ++server->m_bytesSent;
        return 1;
    }
    if (position < uint64_t(prefixSize)) {
        const size_t count = std::min(max, size_t(prefixSize - qsizetype(position)));
        memcpy(buffer, server->m_prefix.constData() + position, count);
        server->m_bytesSent += qint64(count);
        return ssize_t(count);
    }
    const size_t count = std::min(max, size_t(64 * 1024));
    memset(buffer, ' ', count);
    server->m_bytesSent += qint64(count);
    return ssize_t(count);
}
