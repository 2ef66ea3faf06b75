// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeGraphApiServer.h"

#include <QFile>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(CHANNELDESK_TEST_DATA_DIR "/graph/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", name);
    return file.readAll();
}

MHD_Result send(MHD_Connection* connection, unsigned status, const QByteArray& body, const char* type)
{
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char*>(body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, "Content-Type", type);
    const MHD_Result result = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return result;
}

} // namespace

QString FakeGraphApiServer::validToken()
{
    return QStringLiteral("EAA_FAKE_TEST_TOKEN_FOR_CHANNELDESK_ONLY_000000000000000000000000000x7Q");
}

FakeGraphApiServer::FakeGraphApiServer() = default;

FakeGraphApiServer::~FakeGraphApiServer()
{
    stop();
}

bool FakeGraphApiServer::start()
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // One thread per connection, so a hanging request does not hold up the next test's request.
    m_daemon
        = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, nullptr,
                           nullptr, reinterpret_cast<MHD_AccessHandlerCallback>(&FakeGraphApiServer::handle),
                           this, MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_END);
    if (!m_daemon)
        return false;
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return m_port != 0;
}

void FakeGraphApiServer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_released.notify_all();
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

QUrl FakeGraphApiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeGraphApiServer::setScenario(Scenario scenario)
{
    std::lock_guard lock(m_mutex);
    m_scenario = scenario;
}

void FakeGraphApiServer::setExpectedToken(const QString& token)
{
    std::lock_guard lock(m_mutex);
    m_expectedToken = token;
}

int FakeGraphApiServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requestCount;
}

QString FakeGraphApiServer::lastPath() const
{
    std::lock_guard lock(m_mutex);
    return m_lastPath;
}

QString FakeGraphApiServer::lastFields() const
{
    std::lock_guard lock(m_mutex);
    return m_lastFields;
}

QByteArray FakeGraphApiServer::lastAuthorization() const
{
    std::lock_guard lock(m_mutex);
    return m_lastAuthorization;
}

int FakeGraphApiServer::handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                               const char*, const char*, size_t* uploadSize, void** state)
{
    // libmicrohttpd calls twice per request: first with headers only, then to respond.
    if (*state == nullptr) {
        *state = self;
        return MHD_YES;
    }
    if (*uploadSize != 0) {
        *uploadSize = 0;
        return MHD_YES;
    }
    if (qstrcmp(method, "GET") != 0)
        return send(connection, 405, "{}", "application/json");
    return static_cast<FakeGraphApiServer*>(self)->respond(connection, url);
}

int FakeGraphApiServer::respond(MHD_Connection* connection, const char* url)
{
    Scenario scenario;
    bool tokenMatches = true;
    {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        m_lastPath = QString::fromUtf8(url);
        m_lastFields
            = QString::fromUtf8(MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, "fields"));
        m_lastAuthorization = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Authorization");
        scenario = m_scenario;
        if (!m_expectedToken.isEmpty())
            tokenMatches = m_lastAuthorization == "Bearer " + m_expectedToken.toUtf8();
    }
    const char* json = "application/json; charset=UTF-8";
    switch (scenario) {
    case Scenario::Success:
        if (!tokenMatches)
            return send(connection, 401, fixture("error-190-expired-token.json"), json);
        if (!m_lastPath.endsWith(QLatin1Char('/') + phoneNumberId()))
            return send(connection, 400, fixture("error-100-unknown-id.json"), json);
        return send(connection, 200, fixture("phone-number-get.json"), json);
    case Scenario::ExpiredToken:
        return send(connection, 401, fixture("error-190-expired-token.json"), json);
    case Scenario::UnknownId:
        return send(connection, 400, fixture("error-100-unknown-id.json"), json);
    case Scenario::RateLimited:
        return send(connection, 429, fixture("error-130429-rate-limit.json"), json);
    case Scenario::ServerError:
        return send(connection, 500, fixture("error-2-server.json"), json);
    case Scenario::BadGateway:
        return send(connection, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
    case Scenario::MalformedJson:
        return send(connection, 200, fixture("malformed-truncated.json"), json);
    case Scenario::Hang: {
        std::unique_lock lock(m_mutex);
        m_released.wait(lock, [this] { return m_stopping; });
        return MHD_NO;
    }
    }
    return MHD_NO;
}
