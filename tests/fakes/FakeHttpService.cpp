// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpService.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

namespace {

MHD_Result collectHeader(void* target, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<QMap<QByteArray, QByteArray>*>(target)->insert(QByteArray(key).toLower(), QByteArray(value));
    return MHD_YES;
}

MHD_Result collectArgument(void* target, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<QUrlQuery*>(target)->addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value));
    return MHD_YES;
}

} // namespace

FakeHttpService::FakeHttpService(Handler handler)
    : m_handler(std::move(handler))
{ }

FakeHttpService::~FakeHttpService()
{
    stop();
}

bool FakeHttpService::start()
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, nullptr, nullptr,
        reinterpret_cast<MHD_AccessHandlerCallback>(&FakeHttpService::handle), this, MHD_OPTION_SOCK_ADDR,
        &address, MHD_OPTION_NOTIFY_COMPLETED,
        reinterpret_cast<MHD_RequestCompletedCallback>(&FakeHttpService::completed), this, MHD_OPTION_END);
    if (!m_daemon)
        return false;
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return m_port != 0;
}

void FakeHttpService::stop()
{
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

int FakeHttpService::handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                            const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    Request request;
    if (!gather(connection, url, method, uploadData, uploadSize, state, &request))
        return MHD_YES;
    const Reply reply = static_cast<FakeHttpService*>(self)->m_handler(request);
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(reply.body.size()), const_cast<char*>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!reply.body.isEmpty())
        MHD_add_response_header(response, "Content-Type", reply.contentType.constData());
    const MHD_Result result = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return result;
}

bool FakeHttpService::gather(MHD_Connection* connection, const char* url, const char* method,
                             const char* uploadData, size_t* uploadSize, void** state, Request* request)
{
    // libmicrohttpd calls once with the headers, then once per body chunk, then once to respond.
    if (*state == nullptr) {
        *state = new QByteArray;
        return false;
    }
    auto* body = static_cast<QByteArray*>(*state);
    if (*uploadSize != 0) {
        body->append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return false;
    }
    request->method = method;
    request->path = QString::fromUtf8(url);
    request->body = *body;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &request->headers);
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &request->query);
    return true;
}

void FakeHttpService::completed(void*, MHD_Connection*, void** state, int)
{
    delete static_cast<QByteArray*>(*state);
    *state = nullptr;
}
