// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookReceiver.h"

#include "util/Logging.h"
#include "util/SecretMask.h"
#include "webhook/SignatureVerifier.h"
#include "webhook/SocketAddress.h"
#include "webhook/WeComCallbackRoute.h"
#include "webhook/WebhookPayloadParser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <microhttpd.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <strings.h>
#include <utility>

namespace ChannelDesk {

//! Per-request state, owned by libmicrohttpd's connection until requestCompleted().
struct WebhookReceiver::Request
{
    QElapsedTimer timer;
    QByteArray method;
    QString path;
    QString remote;
    QByteArray body;
    //! What body's buffer counts against the receiver's budget: its capacity, not its size.
    BodyMemoryBudget::Hold held;
    qint64 announced = 0; //!< Content-Length, when one was sent
    bool tooLarge = false;
    bool answered = false; //!< a response is queued; the rest of the body is not read
    // Set by the writer thread before it resumes the suspended connection.
    std::atomic<bool> committed{false};
    unsigned committedStatus = 0;
    int messages = 0; //!< in the POST, new or not
    int statuses = 0;
    QString committedOutcome;
    bool weCom = false; //!< answered "success", as WeCom expects
};

namespace {

// Meta's deliveries are a few kilobytes; larger bodies grow the buffer as they arrive.
constexpr qint64 kBodyReserveLimit = 64 * 1024;
// Asked of clients refused for memory; Meta retries with backoff anyway.
constexpr int kRetryAfterSeconds = 5;

//! ISO 8601 UTC with milliseconds, e.g. 2026-11-21T10:00:00.123Z. Every request's log line starts
//! with it: the date and time are formatted once a second per thread, only the milliseconds after.
QString utcNow()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QString cachedPrefix;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms / 1000 != cachedSecond) {
        cachedSecond = ms / 1000;
        const time_t seconds = time_t(cachedSecond);
        struct tm parts = {};
        gmtime_r(&seconds, &parts);
        char text[64];
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.", parts.tm_year + 1900,
                      parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
        cachedPrefix = QString::fromLatin1(text);
    }
    const int millis = int(ms % 1000);
    const char16_t tail[] = {char16_t(u'0' + millis / 100), char16_t(u'0' + millis / 10 % 10),
                             char16_t(u'0' + millis % 10), u'Z'};
    return cachedPrefix + QStringView(tail, 4);
}

const QString webhookPrefix = QStringLiteral("/webhooks/whatsapp/");

QString clientAddress(MHD_Connection* connection)
{
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    return QHostAddress(info->client_addr).toString();
}

QByteArray lookup(MHD_Connection* connection, MHD_ValueKind kind, const char* key)
{
    return QByteArray(MHD_lookup_connection_value(connection, kind, key));
}

} // namespace

WebhookReceiver::WebhookReceiver(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    // Lives as long as the receiver, so that backlog() can be asked from any thread at any time.
    , m_committer(std::make_unique<DeliveryCommitter>(m_databasePath))
    , m_channels(std::make_shared<const ChannelMap>())
{
    qRegisterMetaType<ChannelDesk::ChannelEvent>();
    // Reported once written, merged: a flood of refused requests is a few signals a second.
    m_committer->setOnEventsRecorded([this](const QList<ChannelEvent>& events) {
        for (const ChannelEvent& event : events)
            emit eventRecorded(event);
    });
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

QString WebhookReceiver::listenAddress() const
{
    return QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port)
        : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void WebhookReceiver::setChannels(const QList<ReceiverChannel>& channels)
{
    auto map = std::make_shared<ChannelMap>();
    for (const ReceiverChannel& channel : channels) {
        if (channel.weCom)
            map->weCom.append(channel);
        else
            map->byNumber.insert(channel.phoneNumberId, channel);
    }
    std::lock_guard lock(m_channelsMutex);
    m_channels = std::move(map);
}

std::shared_ptr<const WebhookReceiver::ChannelMap> WebhookReceiver::channels() const
{
    std::lock_guard lock(m_channelsMutex);
    return m_channels;
}

int WebhookReceiver::channelCount() const
{
    int enabled = 0;
    const auto map = channels();
    for (const ReceiverChannel& channel : map->byNumber)
        enabled += channel.enabled ? 1 : 0;
    for (const ReceiverChannel& channel : map->weCom)
        enabled += channel.enabled ? 1 : 0;
    return enabled;
}

Status WebhookReceiver::startBuilding()
{
    // Built is emitted from the projector's thread; Qt queues it to receivers on other threads.
    return m_committer->open(
        [this](const QString& channelId, const DeliveryOutcome& outcome) { addBuilt(channelId, outcome); },
        [this](const QString& line) { emit requestLogged(utcNow() + QLatin1Char(' ') + line); });
}

void WebhookReceiver::addBuilt(const QString& channelId, const DeliveryOutcome& outcome)
{
    std::lock_guard lock(m_builtMutex);
    std::pair<int, int>& counts = m_builtCounts[channelId];
    counts.first += outcome.newMessages;
    counts.second += outcome.newStatuses;
    if (!std::exchange(m_builtQueued, true))
        QMetaObject::invokeMethod(this, &WebhookReceiver::emitBuilt, Qt::QueuedConnection);
}

void WebhookReceiver::emitBuilt()
{
    QHash<QString, std::pair<int, int>> counts;
    {
        std::lock_guard lock(m_builtMutex);
        counts.swap(m_builtCounts);
        m_builtQueued = false;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        emit deliveryCommitted(it.key(), it->first, it->second);
}

Status WebhookReceiver::start(const QString& host, quint16 port)
{
    if (m_daemon)
        return Done{};
    const QHostAddress address(host);
    if (address.isNull())
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.").arg(host)};
#ifdef __GLIBC__
    // Every batch frees a few hundred kilobytes; by default glibc hands them back with madvise,
    // and the TLB shoot-downs that follow cost more than the inserts. Keep up to 64 MiB instead.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    const Status building = startBuilding();
    if (!building.ok())
        return building;
    const Status started = m_committer->start();
    if (!started.ok())
        return started;

    // Replaced only here, while no request is running, so the threads may use it without a lock.
    m_bodyBudget = std::make_unique<BodyMemoryBudget>(m_limits.unverifiedBodyBytes,
                                                      m_limits.unverifiedBodyBytesPerAddress);
    ConnectionWatchdog::Settings watch;
    watch.headerTimeout = std::chrono::seconds(m_limits.headerTimeoutSeconds);
    watch.keepAliveTimeout = std::chrono::seconds(m_limits.connectionTimeoutSeconds);
    watch.connectionLimit = m_limits.connectionLimit;
    watch.reservePercent = m_limits.connectionReservePercent;
    m_watchdog = std::make_unique<ConnectionWatchdog>(
        watch, [this](const QString& remote, ConnectionWatchdog::Cut why) {
            emit requestLogged(utcNow() + QLatin1Char(' ') + remote + QLatin1Char(' ')
                               + (why == ConnectionWatchdog::Cut::HeaderTimeout
                                      ? tr("closed: its request headers were not complete in time")
                                      : tr("closed to make room: near the connection limit, it waited "
                                           "longest for request headers")));
        });
    const SocketAddress socketAddress(address, port);
    // poll(), not epoll: with epoll, libmicrohttpd 0.9.75 (Debian 12) now and then left every
    // resumed keep-alive connection's next request unread for seconds under load (2 of 12 ten-second
    // runs at 20,000 deliveries/s; none of 32 with poll, at the same throughput). A build without
    // poll() (some Windows builds) gets libmicrohttpd's own choice.
    const unsigned polling = MHD_is_feature_supported(MHD_FEATURE_POLL) == MHD_YES
        ? MHD_USE_POLL_INTERNAL_THREAD
        : MHD_USE_AUTO_INTERNAL_THREAD;
    unsigned flags = polling | MHD_ALLOW_SUSPEND_RESUME;
    if (socketAddress.isIPv6())
        flags |= MHD_USE_IPv6;
    errno = 0;
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr,
        reinterpret_cast<MHD_AccessHandlerCallback>(&WebhookReceiver::handleRequest), this,
        MHD_OPTION_SOCK_ADDR, socketAddress.get(), MHD_OPTION_NOTIFY_COMPLETED,
        reinterpret_cast<MHD_RequestCompletedCallback>(&WebhookReceiver::requestCompleted), this,
        MHD_OPTION_NOTIFY_CONNECTION,
        reinterpret_cast<MHD_NotifyConnectionCallback>(&WebhookReceiver::connectionNotified), this,
        MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_limits.connectionTimeoutSeconds),
        MHD_OPTION_CONNECTION_LIMIT, unsigned(m_limits.connectionLimit), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        unsigned(m_limits.perIpConnectionLimit), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        size_t(m_limits.headerMemoryBytes), MHD_OPTION_THREAD_POOL_SIZE, unsigned(m_limits.threads),
        MHD_OPTION_END);
    if (!m_daemon) {
        const QString reason = errno ? QString::fromLocal8Bit(strerror(errno)) : tr("unknown error");
        m_committer->stopWriter();
        m_watchdog.reset();
        return Error{ErrorCode::Failed, tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(reason)};
    }
    m_host = address.toString();
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return Done{};
}

qint64 WebhookReceiver::backlog() const
{
    return m_committer->backlog();
}

void WebhookReceiver::stopListening()
{
    if (!m_daemon)
        return;
    // Quiesce first: no new connections while the writer answers the suspended ones.
    // The quiesced listening socket becomes ours to close once the daemon has stopped; left open,
    // the port stays bound after stop() and new clients hang unanswered.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    m_committer->stopWriter();
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_watchdog.reset();
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
}

void WebhookReceiver::stop(int drainMs)
{
    stopListening();
    m_committer->stop(drainMs);
}

int WebhookReceiver::handleRequest(void* self, MHD_Connection* connection, const char* url,
                                   const char* method, const char*, const char* uploadData,
                                   size_t* uploadSize, void** state)
{
    auto* receiver = static_cast<WebhookReceiver*>(self);
    auto* request = static_cast<Request*>(*state);
    if (!request) {
        request = new Request;
        request->timer.start();
        request->method = method;
        request->path = QString::fromUtf8(url);
        request->remote = clientAddress(connection);
        *state = request;
        // libmicrohttpd calls this first once the request's headers are all in.
        receiver->m_watchdog->headersReceived(connection);
        if (ambiguousFraming(connection)) {
            // Answered at once and closed: a proxy in front may have framed the body differently,
            // and whatever follows must not be read as a next request (request smuggling).
            receiver->reject(*request, receiver->channelIdFor(request->path), QStringLiteral("rejected"),
                             QStringLiteral("ambiguous-framing"),
                             tr("The request had two Content-Length headers, or Content-Length together "
                                "with Transfer-Encoding."));
            return receiver->refuseEarly(connection, *request, 400, "Ambiguous message framing");
        }
        if (request->method == "POST") {
            // Refuse an announced oversize body before reading a byte of it.
            const QByteArray length = lookup(connection, MHD_HEADER_KIND, "Content-Length");
            bool ok = false;
            const qint64 announced = length.toLongLong(&ok);
            if (ok && announced > receiver->m_limits.maxBodyBytes) {
                request->tooLarge = true;
                receiver->reject(*request, receiver->channelIdFor(request->path), QStringLiteral("rejected"),
                                 QStringLiteral("too-large"),
                                 tr("The body is over %1 bytes.").arg(receiver->m_limits.maxBodyBytes));
                return receiver->refuseEarly(connection, *request, 413, "Payload too large");
            }
            if (ok && !receiver->m_bodyBudget->fits(request->remote, announced)) {
                // Answered now, while libmicrohttpd still lets us: once the body is being read,
                // the only way to refuse it is to close without an answer.
                receiver->rejectOverMemory(*request);
                return receiver->refuseEarly(connection, *request, 503, "Busy; retry later",
                                             kRetryAfterSeconds);
            }
            if (ok && announced > 0) {
                request->announced = announced;
                // Capped: a client that announces 3 MiB and sends nothing must not get it reserved.
                const qint64 reserve = std::min<qint64>(announced, kBodyReserveLimit);
                if (!receiver->m_bodyBudget->grow(request->held, request->remote, reserve)) {
                    receiver->rejectOverMemory(*request);
                    return receiver->refuseEarly(connection, *request, 503, "Busy; retry later",
                                                 kRetryAfterSeconds);
                }
                request->body.reserve(qsizetype(reserve));
            }
        }
        return MHD_YES;
    }
    if (request->answered) {
        // Refused early; libmicrohttpd discards the rest, should it still hand us some.
        *uploadSize = 0;
        return MHD_YES;
    }
    if (*uploadSize != 0) {
        const qint64 chunk = qint64(*uploadSize);
        *uploadSize = 0;
        if (!request->tooLarge && request->body.size() + chunk > receiver->m_limits.maxBodyBytes) {
            request->tooLarge = true;
            request->body = QByteArray();
            receiver->m_bodyBudget->release(request->held, request->remote);
        }
        if (request->tooLarge)
            return MHD_YES;
        const qint64 needed = request->body.size() + chunk;
        // What a body costs is its buffer, so the budget pays for the buffer, before it grows: to
        // the announced length at once, or doubling for a chunked body. Counting the bytes instead
        // let QByteArray's doubling hold up to twice the cap (164 MB of RSS for a 64 MiB cap).
        const qint64 wanted = needed <= request->body.capacity()
            ? 0
            : std::min<qint64>(receiver->m_limits.maxBodyBytes,
                               std::max({needed, request->announced, 2 * qint64(request->body.capacity())}));
        if (wanted > 0
            && !receiver->m_bodyBudget->grow(request->held, request->remote, wanted - request->held.total)) {
            // libmicrohttpd 0.9.75 refuses MHD_queue_response while a body is being received, so
            // past the first call the only answer left is closing the connection. Bodies with a
            // Content-Length were checked against the budget at the first call; this is for
            // chunked bodies and for bodies that raced each other for the last of it.
            request->body = QByteArray();
            receiver->m_bodyBudget->release(request->held, request->remote);
            receiver->rejectOverMemory(*request);
            emit receiver->requestLogged(utcNow() + QLatin1Char(' ') + request->remote + QLatin1Char(' ')
                                         + QLatin1String(request->method) + QLatin1Char(' ')
                                         + request->path.left(200) + QLatin1String(" -> closed ")
                                         + request->committedOutcome);
            return MHD_NO;
        }
        if (wanted > 0)
            request->body.reserve(qsizetype(wanted));
        request->body.append(uploadData, qsizetype(chunk));
        return MHD_YES;
    }
    if (request->committed.load(std::memory_order_acquire)) {
        // Worded here rather than on the writer thread, which every delivery waits for.
        const bool stored = request->committedStatus == 200;
        request->committedOutcome = !stored ? tr("store failed")
            : request->weCom
            ? tr("accepted a WeCom callback")
            : tr("accepted %1 message(s), %2 status(es)").arg(request->messages).arg(request->statuses);
        return receiver->respond(connection, *request, request->committedStatus,
                                 !stored ? QByteArrayLiteral("Could not store the delivery; retry later")
                                     : request->weCom ? QByteArrayLiteral("success")
                                                      : QByteArrayLiteral("OK"));
    }
    return receiver->route(connection, *request);
}

void WebhookReceiver::requestCompleted(void* self, MHD_Connection* connection, void** state, int)
{
    auto* request = static_cast<Request*>(*state);
    if (!request)
        return;
    static_cast<WebhookReceiver*>(self)->m_watchdog->requestDone(connection);
    static_cast<WebhookReceiver*>(self)->m_bodyBudget->release(request->held, request->remote);
    delete request;
    *state = nullptr;
}

void WebhookReceiver::connectionNotified(void* self, MHD_Connection* connection, void**, int code)
{
    ConnectionWatchdog& watchdog = *static_cast<WebhookReceiver*>(self)->m_watchdog;
    if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        // libmicrohttpd notifies before it closes the socket, so the watchdog never cuts a reused
        // descriptor.
        watchdog.closed(connection);
        return;
    }
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (info)
        watchdog.opened(connection, info->connect_fd, clientAddress(connection));
}

void WebhookReceiver::rejectOverMemory(Request& request)
{
    reject(request, channelIdFor(request.path), QStringLiteral("rejected"), QStringLiteral("over-memory-cap"),
           tr("Unverified request bodies hold all the memory allowed to them (%1 bytes in all, %2 per "
              "address); refused until some are done.")
               .arg(m_limits.unverifiedBodyBytes)
               .arg(m_limits.unverifiedBodyBytesPerAddress));
}

bool WebhookReceiver::ambiguousFraming(MHD_Connection* connection)
{
    struct Count
    {
        int contentLength = 0;
        int transferEncoding = 0;
    } count;
    MHD_get_connection_values(
        connection, MHD_HEADER_KIND,
        [](void* cls, MHD_ValueKind, const char* key, const char*) {
            auto* counted = static_cast<Count*>(cls);
            if (strcasecmp(key, "Content-Length") == 0)
                ++counted->contentLength;
            else if (strcasecmp(key, "Transfer-Encoding") == 0)
                ++counted->transferEncoding;
            return MHD_YES;
        },
        &count);
    return count.contentLength > 1 || (count.contentLength > 0 && count.transferEncoding > 0);
}

QString WebhookReceiver::channelIdFor(const QString& path) const
{
    if (!path.startsWith(webhookPrefix))
        return {};
    const auto map = channels();
    const auto it = map->byNumber.constFind(path.mid(webhookPrefix.size()));
    return it == map->byNumber.cend() ? QString() : it->channelId;
}

int WebhookReceiver::refuseEarly(MHD_Connection* connection, Request& request, unsigned status,
                                 const QByteArray& body, int retryAfter)
{
    QList<std::pair<const char*, QByteArray>> headers{{"Connection", QByteArrayLiteral("close")}};
    if (retryAfter > 0)
        headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return respond(connection, request, status, body, "text/plain; charset=utf-8", headers);
}

int WebhookReceiver::respond(MHD_Connection* connection, Request& request, unsigned status,
                             const QByteArray& body, const char* contentType,
                             const QList<std::pair<const char*, QByteArray>>& headers)
{
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char*>(body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, "Content-Type", contentType);
    for (const auto& [name, value] : headers)
        MHD_add_response_header(response, name, value.constData());
    const int result = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    request.answered = result == MHD_YES;
    // One line per outcome; the path never carries secrets (the verify token is in the query).
    const QString outcome
        = request.committedOutcome.isEmpty() ? QString() : QLatin1Char(' ') + request.committedOutcome;
    // Built in one go: at tens of thousands of requests a second, QDateTime::toString and a chain
    // of arg() calls were a noticeable share of the server's time.
    emit requestLogged(utcNow() + QLatin1Char(' ') + request.remote + QLatin1Char(' ')
                       + QLatin1String(request.method) + QLatin1Char(' ') + request.path.left(200)
                       + QLatin1String(" -> ") + QString::number(status) + outcome + QLatin1String(" (")
                       + QString::number(double(request.timer.nsecsElapsed()) / 1e6, 'f', 2)
                       + QLatin1String(" ms)"));
    return result;
}

void WebhookReceiver::reject(Request& request, const QString& channelId, const QString& kind,
                             const QString& reason, const QString& detail)
{
    request.committedOutcome = reason;
    ChannelEvent event{channelId, QDateTime::currentDateTimeUtc(), kind, reason, detail, request.remote};
    m_committer->submitEvent(std::move(event));
}

int WebhookReceiver::route(MHD_Connection* connection, Request& request)
{
    if (request.path == QLatin1String("/health") && request.method == "GET") {
        const CommitStats::Snapshot commits = m_committer->commitStats();
        // What bounds the acknowledged rate with few connections open (docs/performance.md).
        const QJsonObject groupCommit{{QStringLiteral("commits"), qint64(commits.commits)},
                                      {QStringLiteral("deliveries"), qint64(commits.deliveries)},
                                      {QStringLiteral("mean_ms"), commits.meanMs},
                                      {QStringLiteral("p99_ms"), commits.p99Ms},
                                      {QStringLiteral("max_ms"), commits.maxMs}};
        const QJsonObject health{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("channels"), channelCount()},
                                 {QStringLiteral("backlog"), backlog()},
                                 {QStringLiteral("search_backlog"), m_committer->searchBacklog()},
                                 // How close unsigned traffic is to Limits::unverifiedBodyBytes.
                                 {QStringLiteral("unverified_body_bytes"), unverifiedBodyBytes()},
                                 {QStringLiteral("group_commit"), groupCommit}};
        return respond(connection, request, 200, QJsonDocument(health).toJson(QJsonDocument::Compact),
                       "application/json");
    }
    if (WeComCallbackRoute::matches(request.path))
        return routeWeCom(connection, request);
    if (!request.path.startsWith(webhookPrefix))
        return respond(connection, request, 404, "Not found");
    const QString phoneNumberId = request.path.mid(webhookPrefix.size());
    const auto map = channels();
    const auto it = map->byNumber.constFind(phoneNumberId);
    if (it == map->byNumber.cend() || !it->enabled) {
        const bool unknown = it == map->byNumber.cend();
        const QString channelId = unknown ? QString() : it->channelId;
        reject(request, channelId, QStringLiteral("rejected"),
               unknown ? QStringLiteral("unknown-channel") : QStringLiteral("channel-disabled"),
               unknown ? tr("No channel has phone number ID %1.").arg(phoneNumberId.left(64))
                       : tr("The channel is disabled."));
        return respond(connection, request, 404, "Unknown channel");
    }
    if (request.method == "GET")
        return verifyHandshake(connection, request, *it);
    if (request.method == "POST")
        return acceptDelivery(connection, request, *it);
    return respond(connection, request, 405, "Method not allowed");
}

int WebhookReceiver::verifyHandshake(MHD_Connection* connection, Request& request,
                                     const ReceiverChannel& channel)
{
    const QByteArray mode = lookup(connection, MHD_GET_ARGUMENT_KIND, "hub.mode");
    const QByteArray token = lookup(connection, MHD_GET_ARGUMENT_KIND, "hub.verify_token");
    const QByteArray challenge = lookup(connection, MHD_GET_ARGUMENT_KIND, "hub.challenge");
    const QString verification = QStringLiteral("verification");
    if (mode != "subscribe") {
        reject(request, channel.channelId, verification, QStringLiteral("wrong-mode"),
               tr("hub.mode was “%1”, not “subscribe”.").arg(QString::fromUtf8(mode.left(32))));
        return respond(connection, request, 403, "Forbidden");
    }
    if (!SignatureVerifier::constantTimeEquals(token, channel.verifyToken)) {
        reject(request, channel.channelId, verification, QStringLiteral("wrong-verify-token"),
               tr("The verify token Meta sent (%1) is not this channel's (%2).")
                   .arg(token.isEmpty() ? tr("none") : SecretMask::mask(QString::fromUtf8(token)),
                        SecretMask::mask(QString::fromUtf8(channel.verifyToken))));
        return respond(connection, request, 403, "Forbidden");
    }
    if (challenge.isEmpty() || challenge.size() > 1024) {
        reject(request, channel.channelId, verification, QStringLiteral("bad-challenge"),
               tr("hub.challenge was missing or too long."));
        return respond(connection, request, 400, "Bad challenge");
    }
    request.committedOutcome = QStringLiteral("verified");
    ChannelEvent event{channel.channelId,          QDateTime::currentDateTimeUtc(),  verification,
                       QStringLiteral("verified"), tr("Meta verified the webhook."), request.remote};
    m_committer->submitEvent(std::move(event));
    return respond(connection, request, 200, challenge);
}

int WebhookReceiver::acceptDelivery(MHD_Connection* connection, Request& request,
                                    const ReceiverChannel& channel)
{
    const QString rejected = QStringLiteral("rejected");
    if (request.tooLarge) {
        reject(request, channel.channelId, rejected, QStringLiteral("too-large"),
               tr("The body is over %1 bytes.").arg(m_limits.maxBodyBytes));
        return respond(connection, request, 413, "Payload too large");
    }
    const QByteArray header = lookup(connection, MHD_HEADER_KIND, "X-Hub-Signature-256");
    switch (SignatureVerifier::verify(header, request.body, channel.appSecret)) {
    case SignatureVerifier::Outcome::Valid:
        break;
    case SignatureVerifier::Outcome::Missing:
        reject(request, channel.channelId, rejected, QStringLiteral("missing-signature"),
               tr("The POST has no X-Hub-Signature-256 header; it did not come from Meta."));
        return respond(connection, request, 401, "Missing signature");
    case SignatureVerifier::Outcome::Malformed:
    case SignatureVerifier::Outcome::Mismatch:
        reject(request, channel.channelId, rejected, QStringLiteral("bad-signature"),
               tr("The signature does not match this channel's App Secret (%1). If every POST fails like "
                  "this, the App Secret is wrong.")
                   .arg(SecretMask::mask(QString::fromUtf8(channel.appSecret))));
        return respond(connection, request, 401, "Invalid signature");
    }
    const Result<WebhookPayloadParser::Outline> parsed = WebhookPayloadParser::outline(request.body);
    if (!parsed.ok()) {
        reject(request, channel.channelId, rejected, QStringLiteral("bad-json"),
               parsed.error().message.left(200));
        return respond(connection, request, 400, "Invalid JSON");
    }
    // Only checked here; the projector parses the journaled body, behind the acknowledgement.
    request.messages = parsed.value().messages;
    request.statuses = parsed.value().statuses;
    return commitAndAnswer(connection, request,
                           JournalEntry{0, channel.channelId, QDateTime::currentDateTimeUtc(), request.body,
                                        header, channel.forward});
}

int WebhookReceiver::routeWeCom(MHD_Connection* connection, Request& request)
{
    if (request.tooLarge) {
        reject(request, {}, QStringLiteral("rejected"), QStringLiteral("too-large"),
               tr("The body is over %1 bytes.").arg(m_limits.maxBodyBytes));
        return respond(connection, request, 413, "Payload too large");
    }
    const WeComCallbackRoute::Query query{lookup(connection, MHD_GET_ARGUMENT_KIND, "msg_signature"),
                                          lookup(connection, MHD_GET_ARGUMENT_KIND, "timestamp"),
                                          lookup(connection, MHD_GET_ARGUMENT_KIND, "nonce"),
                                          lookup(connection, MHD_GET_ARGUMENT_KIND, "echostr")};
    const WeComCallbackRoute::Outcome outcome
        = WeComCallbackRoute::handle(request.method, request.path, query, request.body, channels()->weCom,
                                     QDateTime::currentSecsSinceEpoch());
    if (!outcome.reason.isEmpty()) {
        reject(request, outcome.channelId, outcome.eventKind, outcome.reason, outcome.detail);
        return respond(connection, request, outcome.status, outcome.body);
    }
    if (outcome.verified) {
        request.committedOutcome = QStringLiteral("verified");
        ChannelEvent event{outcome.channelId,
                           QDateTime::currentDateTimeUtc(),
                           QStringLiteral("verification"),
                           QStringLiteral("verified"),
                           tr("WeCom verified the callback URL."),
                           request.remote};
        m_committer->submitEvent(std::move(event));
        // The bare plaintext: no quotes, no newline, as WeCom compares it byte for byte.
        return respond(connection, request, 200, outcome.body, "text/plain");
    }
    request.weCom = true;
    JournalEntry entry{0, outcome.channelId, QDateTime::currentDateTimeUtc(), outcome.message};
    entry.kind = JournalEntry::Kind::WeComCallback;
    return commitAndAnswer(connection, request, std::move(entry));
}

int WebhookReceiver::commitAndAnswer(MHD_Connection* connection, Request& request, JournalEntry entry)
{
    // The journal owns the body from here; it no longer counts as unverified memory.
    m_bodyBudget->release(request.held, request.remote);
    // Suspend before handing over, so the writer can never resume a connection not yet suspended.
    MHD_suspend_connection(connection);
    Request* pending = &request;
    m_committer->submit(std::move(entry), [connection, pending](const Status& stored) {
        pending->committedStatus = stored.ok() ? 200 : 500;
        pending->committed.store(true, std::memory_order_release);
        MHD_resume_connection(connection);
    });
    return MHD_YES;
}

} // namespace ChannelDesk
