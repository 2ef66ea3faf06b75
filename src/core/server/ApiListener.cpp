// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiListener.h"

#include "server/ApiAccess.h"
#include "server/WebSocketHandshake.h"
#include "webhook/SocketAddress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QThread>

#include <microhttpd.h>
#include <unistd.h>

namespace ChannelDesk {

//! A request handed to the handler: answered by the handler's reply, or by stop().
struct ApiListener::Exchange
{
    std::mutex mutex;
    bool answered = false;
    ApiResponse response;
    MHD_Connection* connection = nullptr;
};

//! Per-request state, owned by libmicrohttpd's connection until requestCompleted().
struct ApiListener::Request
{
    QElapsedTimer timer;
    ApiRequest api;
    QByteArray authorization;
    qsizetype maxBodyBytes = 0; //!< chosen by the path when the request starts
    bool tooLarge = false;
    std::shared_ptr<Exchange> exchange;
};

namespace {

const QString apiPrefix = QStringLiteral("/api/v1/");
const QString uploadPath = QStringLiteral("/api/v1/console/upload");
constexpr qint64 kBodyReserveLimit = 64 * 1024;
constexpr int kStopAnswerMs = 2000;

//! What the upgrade handler needs; the request itself may be gone by the time it runs.
struct UpgradeContext
{
    ApiListener* listener = nullptr;
    ApiListener::StreamHandler stream;
    ApiRequest request;
};

QString clientAddress(MHD_Connection* connection)
{
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    return QHostAddress(info->client_addr).toString();
}

QByteArray header(MHD_Connection* connection, const char* name)
{
    return QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name));
}

MHD_Result collectArgument(void* target, MHD_ValueKind, const char* key, const char* value)
{
    if (key)
        static_cast<QHash<QString, QString>*>(target)->insert(QString::fromUtf8(key),
                                                              value ? QString::fromUtf8(value) : QString());
    return MHD_YES;
}

} // namespace

ApiListener::ApiListener(ApiAccess* access, RoleOf roleOf, Handler handler, StreamHandler stream,
                         QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_roleOf(std::move(roleOf))
    , m_handler(std::move(handler))
    , m_stream(std::move(stream))
{ }

ApiListener::~ApiListener()
{
    stop();
}

QString ApiListener::url() const
{
    const QString scheme = m_tls.enabled() ? QStringLiteral("https") : QStringLiteral("http");
    return QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("%1://[%2]:%3").arg(scheme, m_host).arg(m_port)
        : QStringLiteral("%1://%2:%3").arg(scheme, m_host).arg(m_port);
}

Status ApiListener::start(const QString& host, quint16 port, const Tls& tls)
{
    if (m_daemon)
        return Done{};
    const QHostAddress address(host);
    if (address.isNull())
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.").arg(host)};
    m_tls = tls;
    // libmicrohttpd reads the PEM as C strings for as long as the daemon runs.
    if (m_tls.enabled()) {
        m_tls.certificatePem.append('\0');
        m_tls.keyPem.append('\0');
    }
    const SocketAddress socketAddress(address, port);
    unsigned flags = MHD_USE_POLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_ALLOW_UPGRADE;
    if (socketAddress.isIPv6())
        flags |= MHD_USE_IPv6;
    if (tls.enabled())
        flags |= MHD_USE_TLS;
    m_stopping = false;
    errno = 0;
    if (tls.enabled())
        m_daemon = MHD_start_daemon(
            flags, port, nullptr, nullptr,
            reinterpret_cast<MHD_AccessHandlerCallback>(&ApiListener::handleRequest), this,
            MHD_OPTION_SOCK_ADDR, socketAddress.get(), MHD_OPTION_NOTIFY_COMPLETED,
            reinterpret_cast<MHD_RequestCompletedCallback>(&ApiListener::requestCompleted), this,
            MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_limits.connectionTimeoutSeconds),
            MHD_OPTION_CONNECTION_LIMIT, unsigned(m_limits.connectionLimit),
            MHD_OPTION_PER_IP_CONNECTION_LIMIT, unsigned(m_limits.perIpConnectionLimit),
            MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(m_limits.headerMemoryBytes),
            MHD_OPTION_THREAD_POOL_SIZE, unsigned(m_limits.threads), MHD_OPTION_HTTPS_MEM_CERT,
            m_tls.certificatePem.constData(), MHD_OPTION_HTTPS_MEM_KEY, m_tls.keyPem.constData(),
            MHD_OPTION_END);
    else
        m_daemon = MHD_start_daemon(
            flags, port, nullptr, nullptr,
            reinterpret_cast<MHD_AccessHandlerCallback>(&ApiListener::handleRequest), this,
            MHD_OPTION_SOCK_ADDR, socketAddress.get(), MHD_OPTION_NOTIFY_COMPLETED,
            reinterpret_cast<MHD_RequestCompletedCallback>(&ApiListener::requestCompleted), this,
            MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_limits.connectionTimeoutSeconds),
            MHD_OPTION_CONNECTION_LIMIT, unsigned(m_limits.connectionLimit),
            MHD_OPTION_PER_IP_CONNECTION_LIMIT, unsigned(m_limits.perIpConnectionLimit),
            MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(m_limits.headerMemoryBytes),
            MHD_OPTION_THREAD_POOL_SIZE, unsigned(m_limits.threads), MHD_OPTION_END);
    if (!m_daemon) {
        const QString reason = errno ? QString::fromLocal8Bit(strerror(errno))
            : tls.enabled()          ? tr("the TLS certificate or key was not accepted (PEM expected)")
                                     : tr("unknown error");
        return Error{ErrorCode::Failed, tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(reason)};
    }
    m_host = address.toString();
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return Done{};
}

void ApiListener::stop()
{
    if (!m_daemon)
        return;
    // The quiesced listening socket becomes ours to close, after MHD_stop_daemon (its threads may
    // still look at it until then); left open, the port stays bound and new clients hang unanswered.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const std::shared_ptr<Exchange>& exchange : m_waiting) {
            std::lock_guard answering(exchange->mutex);
            if (exchange->answered)
                continue;
            exchange->answered = true;
            exchange->response
                = ApiResponse::error(503, QStringLiteral("UNAVAILABLE"), tr("The server is stopping."));
            MHD_resume_connection(exchange->connection);
        }
    }
    // Let the answers go out; libmicrohttpd must not be stopped with suspended connections.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.empty() || waited.elapsed() > kStopAnswerMs)
                break;
        }
        QThread::msleep(5);
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
}

int ApiListener::handleRequest(void* self, MHD_Connection* connection, const char* url, const char* method,
                               const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    auto* listener = static_cast<ApiListener*>(self);
    auto* request = static_cast<Request*>(*state);
    if (!request) {
        request = new Request;
        request->timer.start();
        request->api.method = method;
        request->api.path = QString::fromUtf8(url);
        request->api.remote = clientAddress(connection);
        request->authorization = header(connection, "Authorization");
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &request->api.query);
        *state = request;
        // Only the console's upload carries a file; every other body stays small.
        const bool upload = request->api.method == "POST"
            && (request->api.path == uploadPath || request->api.path == uploadPath + QLatin1Char('/'));
        request->maxBodyBytes
            = upload ? listener->m_limits.maxUploadBodyBytes : listener->m_limits.maxBodyBytes;
        bool ok = false;
        const qint64 announced = header(connection, "Content-Length").toLongLong(&ok);
        // An announced oversize body is read and dropped, then refused: answering before the body
        // was read would reset the connection under a client still sending, which then never
        // sees the 413. The connection timeout bounds how long that may take.
        if (ok && announced > request->maxBodyBytes)
            request->tooLarge = true;
        else if (ok && announced > 0)
            request->api.body.reserve(qsizetype(std::min<qint64>(announced, kBodyReserveLimit)));
        return MHD_YES;
    }
    if (*uploadSize != 0) {
        if (!request->tooLarge && request->api.body.size() + qsizetype(*uploadSize) > request->maxBodyBytes) {
            request->tooLarge = true;
            request->api.body.clear();
        }
        if (!request->tooLarge)
            request->api.body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return MHD_YES;
    }
    if (request->exchange) {
        ApiResponse response;
        {
            std::lock_guard lock(request->exchange->mutex);
            if (!request->exchange->answered)
                return MHD_YES; // woken without an answer: keep waiting
            response = request->exchange->response;
        }
        return listener->respond(connection, *request, response);
    }
    return listener->route(connection, *request);
}

void ApiListener::requestCompleted(void* self, MHD_Connection*, void** state, int)
{
    auto* request = static_cast<Request*>(*state);
    if (!request)
        return;
    if (request->exchange) {
        auto* listener = static_cast<ApiListener*>(self);
        std::lock_guard lock(listener->m_mutex);
        listener->m_waiting.erase(request->exchange);
    }
    delete request;
    *state = nullptr;
}

int ApiListener::respond(MHD_Connection* connection, Request& request, const ApiResponse& response)
{
    const QByteArray body = QJsonDocument(response.body).toJson(QJsonDocument::Compact) + '\n';
    MHD_Response* reply = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char*>(body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(reply, "Content-Type", "application/json");
    MHD_add_response_header(reply, "Cache-Control", "no-store");
    for (const auto& [name, value] : response.headers)
        MHD_add_response_header(reply, name.constData(), value.constData());
    const int result = MHD_queue_response(connection, unsigned(response.status), reply);
    MHD_destroy_response(reply);
    emit requestLogged(QStringLiteral("%1 %2 %3 %4 -> %5 (%6 ms)")
                           .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                request.api.remote, QString::fromLatin1(request.api.method),
                                request.api.path.left(200))
                           .arg(response.status)
                           .arg(double(request.timer.nsecsElapsed()) / 1e6, 0, 'f', 2));
    return result;
}

int ApiListener::route(MHD_Connection* connection, Request& request)
{
    ApiRequest& api = request.api;
    if (!api.path.startsWith(apiPrefix))
        return respond(connection, request,
                       ApiResponse::error(404, QStringLiteral("NOT_FOUND"),
                                          tr("Nothing here; the API is under /api/v1/.")));
    api.segments = api.path.mid(apiPrefix.size()).split(QLatin1Char('/'));
    if (api.segments.last().isEmpty())
        api.segments.removeLast();
    if (api.segments == QStringList{QStringLiteral("health")} && api.method == "GET") {
        QJsonObject health = m_healthDetails ? m_healthDetails() : QJsonObject();
        health.insert(QStringLiteral("status"), QStringLiteral("ok"));
        health.insert(QStringLiteral("version"), QStringLiteral(CHANNELDESK_VERSION));
        return respond(connection, request, ApiResponse::ok(health));
    }
    const std::optional<ApiRole> needed = m_roleOf(api.method, api.segments);
    const ApiAccess::Verdict verdict
        = m_access->check(request.authorization, api.remote, needed.value_or(ApiRole::Viewer));
    if (!verdict.allowed()) {
        ApiResponse refused = ApiResponse::error(verdict.status, verdict.code, verdict.message);
        if (verdict.status == 401)
            refused.headers.append(
                qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"channeldesk\"")));
        if (verdict.retryAfterSeconds > 0)
            refused.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(verdict.retryAfterSeconds)));
        return respond(connection, request, refused);
    }
    api.key = verdict.key;
    if (!needed)
        return respond(
            connection, request,
            ApiResponse::error(404, QStringLiteral("NOT_FOUND"),
                               tr("There is no %1 %2 in this API; docs/api.md lists the endpoints.")
                                   .arg(QString::fromLatin1(api.method), api.path.left(200))));
    if (request.tooLarge)
        return respond(connection, request,
                       ApiResponse::error(413, QStringLiteral("TOO_LARGE"),
                                          tr("The body is over %1 bytes.").arg(request.maxBodyBytes)));
    if (api.segments == QStringList{QStringLiteral("stream")})
        return upgradeStream(connection, request);

    auto exchange = std::make_shared<Exchange>();
    exchange->connection = connection;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return respond(
                connection, request,
                ApiResponse::error(503, QStringLiteral("UNAVAILABLE"), tr("The server is stopping.")));
        m_waiting.insert(exchange);
    }
    request.exchange = exchange;
    // Suspended before the handler can answer, so an answer never resumes a running connection.
    MHD_suspend_connection(connection);
    const ApiReply reply = [exchange](const ApiResponse& response) {
        std::lock_guard lock(exchange->mutex);
        if (exchange->answered)
            return;
        exchange->answered = true;
        exchange->response = response;
        MHD_resume_connection(exchange->connection);
    };
    QMetaObject::invokeMethod(
        this, [this, api, reply] { m_handler(api, reply); }, Qt::QueuedConnection);
    return MHD_YES;
}

int ApiListener::upgradeStream(MHD_Connection* connection, Request& request)
{
    const QByteArray upgrade = header(connection, "Upgrade").toLower();
    const QByteArray key = header(connection, "Sec-WebSocket-Key");
    if (request.api.method != "GET" || !upgrade.contains("websocket") || key.isEmpty())
        return respond(connection, request,
                       ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                                          tr("The stream is a WebSocket: connect with a WebSocket client "
                                             "(ws:// or wss://).")));
    if (header(connection, "Sec-WebSocket-Version") != "13") {
        ApiResponse refused = ApiResponse::error(426, QStringLiteral("BAD_REQUEST"),
                                                 tr("Only WebSocket version 13 is supported."));
        refused.headers.append(qMakePair(QByteArray("Sec-WebSocket-Version"), QByteArray("13")));
        return respond(connection, request, refused);
    }
    auto* context = new UpgradeContext{this, m_stream, request.api};
    MHD_Response* response = MHD_create_response_for_upgrade(
        reinterpret_cast<MHD_UpgradeHandler>(&ApiListener::upgraded), context);
    // libmicrohttpd adds "Connection: Upgrade" itself.
    MHD_add_response_header(response, "Upgrade", "websocket");
    MHD_add_response_header(response, "Sec-WebSocket-Accept", WebSocketHandshake::acceptKey(key).constData());
    const int result = MHD_queue_response(connection, MHD_HTTP_SWITCHING_PROTOCOLS, response);
    MHD_destroy_response(response);
    if (result != MHD_YES)
        delete context;
    emit requestLogged(QStringLiteral("%1 %2 GET %3 -> 101")
                           .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                request.api.remote, request.api.path.left(200)));
    return result;
}

void ApiListener::upgraded(void* self, MHD_Connection*, void*, const char* extraIn, size_t extraInSize,
                           int fd, MHD_UpgradeResponseHandle* handle)
{
    auto* context = static_cast<UpgradeContext*>(self);
    const QByteArray alreadyRead(extraIn, qsizetype(extraInSize));
    const auto release = [handle] { MHD_upgrade_action(handle, MHD_UPGRADE_ACTION_CLOSE); };
    if (context->stream)
        context->stream(fd, alreadyRead, release, context->request);
    else
        release();
    delete context;
}

} // namespace ChannelDesk
