// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeGraphApiServer.h"

#include "FakeMetaErrors.h"
#include "TestEnvironment.h"

#include "channels/CloudApiFields.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(CHANNELDESK_TEST_DATA_DIR "/graph/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", name);
    return file.readAll();
}

QJsonObject fixtureObject(const char* name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

//! Serves a body in chunks with a pause between them, so a client sees several progress steps.
struct SlowBody
{
    QByteArray data;
    int chunkSize;
};

ssize_t readSlowBody(void* cls, uint64_t pos, char* buffer, size_t max)
{
    auto* body = static_cast<SlowBody*>(cls);
    if (pos >= uint64_t(body->data.size()))
        return MHD_CONTENT_READER_END_OF_STREAM;
    if (pos > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(15));
    const size_t count = std::min({max, size_t(body->chunkSize), size_t(body->data.size() - qsizetype(pos))});
    memcpy(buffer, body->data.constData() + pos, count);
    return ssize_t(count);
}

void freeSlowBody(void* cls)
{
    delete static_cast<SlowBody*>(cls);
}

} // namespace

QJsonObject FakeGraphApiServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString FakeGraphApiServer::validToken()
{
    return QStringLiteral("EAA_FAKE_TEST_TOKEN_FOR_CHANNELDESK_ONLY_000000000000000000000000000x7Q");
}

QList<int> FakeGraphApiServer::documentedErrorCodes()
{
    return FakeMetaErrors::documentedCodes();
}

QByteArray FakeGraphApiServer::errorBody(int code)
{
    return FakeMetaErrors::body(code);
}

int FakeGraphApiServer::httpStatusForError(int code)
{
    return FakeMetaErrors::httpStatus(code);
}

FakeGraphApiServer::FakeGraphApiServer()
{
    reset();
}

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
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    // One thread per connection, so a hanging request does not hold up the next test's request.
    m_daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, nullptr, nullptr,
        reinterpret_cast<MHD_AccessHandlerCallback>(&FakeGraphApiServer::handle), this, MHD_OPTION_SOCK_ADDR,
        &address, MHD_OPTION_NOTIFY_COMPLETED,
        reinterpret_cast<MHD_RequestCompletedCallback>(&FakeHttpService::completed), this, MHD_OPTION_END);
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

void FakeGraphApiServer::reset()
{
    std::lock_guard lock(m_mutex);
    m_scenario = Scenario::Success;
    m_expectedToken.clear();
    m_requests.clear();
    m_scripted.clear();
    m_phoneNumber = fixtureObject("phone-number-full.json");
    m_media.clear();
    m_failMediaDownloads = 0;
    m_mediaChunkSize = 0;
    m_uploads.clear();
    m_templates = fixtureObject("message-templates.json").value(QLatin1String("data")).toArray();
    m_templatePageSize = 0;
    m_debugTokenData = fixtureObject("debug-token-system-user.json").value(QLatin1String("data")).toObject();
}

void FakeGraphApiServer::queueResponse(int httpStatus, const QByteArray& body, const QString& pathContains,
                                       const QByteArray& contentType)
{
    std::lock_guard lock(m_mutex);
    m_scripted.append({pathContains, Reply{httpStatus, body, contentType, false, 0}});
}

void FakeGraphApiServer::queueError(int code, const QString& pathContains)
{
    queueResponse(httpStatusForError(code), errorBody(code), pathContains);
}

void FakeGraphApiServer::queueHang(const QString& pathContains)
{
    std::lock_guard lock(m_mutex);
    m_scripted.append({pathContains, Reply{0, {}, {}, true, 0}});
}

void FakeGraphApiServer::setPhoneNumberField(const QString& name, const QJsonValue& value)
{
    std::lock_guard lock(m_mutex);
    m_phoneNumber.insert(name, value);
}

ChannelDesk::ChannelDraft FakeGraphApiServer::cloudChannel(const QString& id, const QString& name) const
{
    using namespace ChannelDesk;
    ChannelDraft draft;
    draft.channel.id = id;
    draft.channel.name = name;
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneNumberId());
    draft.channel.fields.insert(CloudApiFields::businessAccountId(), wabaId());
    draft.channel.fields.insert(CloudApiFields::apiVersion(), QStringLiteral("v25.0"));
    draft.channel.fields.insert(CloudApiFields::graphBaseUrl(), baseUrl().toString());
    draft.secrets.insert(CloudApiFields::accessToken(), validToken());
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    return draft;
}

QString FakeGraphApiServer::addMedia(const QByteArray& data, const QString& mimeType)
{
    std::lock_guard lock(m_mutex);
    const QString id = QString::number(1730000000000000 + ++m_nextMediaId);
    m_media.insert(id, Media{data, mimeType, {}, 0});
    return id;
}

void FakeGraphApiServer::setMediaSha256(const QString& mediaId, const QString& sha256)
{
    std::lock_guard lock(m_mutex);
    m_media[mediaId].sha256Override = sha256;
}

void FakeGraphApiServer::failMediaDownloads(int count)
{
    std::lock_guard lock(m_mutex);
    m_failMediaDownloads = count;
}

void FakeGraphApiServer::setMediaChunkSize(int bytes)
{
    std::lock_guard lock(m_mutex);
    m_mediaChunkSize = bytes;
}

QList<FakeGraphApiServer::Upload> FakeGraphApiServer::uploads() const
{
    std::lock_guard lock(m_mutex);
    return m_uploads;
}

void FakeGraphApiServer::setTemplates(const QJsonArray& templates)
{
    std::lock_guard lock(m_mutex);
    m_templates = templates;
}

void FakeGraphApiServer::setTemplatePageSize(int size)
{
    std::lock_guard lock(m_mutex);
    m_templatePageSize = size;
}

void FakeGraphApiServer::setDebugTokenData(const QJsonObject& data)
{
    std::lock_guard lock(m_mutex);
    m_debugTokenData = data;
}

int FakeGraphApiServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_requests.size());
}

QString FakeGraphApiServer::lastPath() const
{
    std::lock_guard lock(m_mutex);
    return m_requests.isEmpty() ? QString() : m_requests.last().path;
}

QString FakeGraphApiServer::lastFields() const
{
    std::lock_guard lock(m_mutex);
    return m_requests.isEmpty()
        ? QString()
        : m_requests.last().query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
}

QByteArray FakeGraphApiServer::lastAuthorization() const
{
    std::lock_guard lock(m_mutex);
    return m_requests.isEmpty() ? QByteArray() : m_requests.last().headers.value("authorization");
}

QList<FakeGraphApiServer::Request> FakeGraphApiServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QList<FakeGraphApiServer::Request> FakeGraphApiServer::requestsTo(const QString& pathContains,
                                                                  const QByteArray& method) const
{
    std::lock_guard lock(m_mutex);
    QList<Request> matching;
    for (const Request& request : m_requests) {
        if (request.path.contains(pathContains) && (method.isEmpty() || request.method == method))
            matching << request;
    }
    return matching;
}

QList<QJsonObject> FakeGraphApiServer::messageBodies() const
{
    QList<QJsonObject> bodies;
    const QList<Request> sends = requestsTo(phoneNumberId() + QStringLiteral("/messages"), "POST");
    for (const Request& request : sends)
        bodies << request.json();
    return bodies;
}

int FakeGraphApiServer::handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                               const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    Request request;
    if (!FakeHttpService::gather(connection, url, method, uploadData, uploadSize, state, &request))
        return MHD_YES;
    return static_cast<FakeGraphApiServer*>(self)->respond(connection, request);
}

int FakeGraphApiServer::respond(MHD_Connection* connection, const Request& request)
{
    Reply reply;
    {
        std::unique_lock lock(m_mutex);
        m_requests << request;
        reply = route(request);
        if (reply.hang) {
            m_released.wait(lock, [this] { return m_stopping; });
            return MHD_NO;
        }
    }
    MHD_Response* response = nullptr;
    if (reply.chunkSize > 0 && reply.body.size() > reply.chunkSize)
        response = MHD_create_response_from_callback(uint64_t(reply.body.size()), size_t(reply.chunkSize),
                                                     &readSlowBody, new SlowBody{reply.body, reply.chunkSize},
                                                     &freeSlowBody);
    else
        response = MHD_create_response_from_buffer(
            size_t(reply.body.size()), const_cast<char*>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!reply.contentType.isEmpty())
        MHD_add_response_header(response, "Content-Type", reply.contentType.constData());
    const MHD_Result result = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return result;
}

FakeGraphApiServer::Reply FakeGraphApiServer::scenarioReply(Scenario scenario) const
{
    switch (scenario) {
    case Scenario::Success:
        break;
    case Scenario::ExpiredToken:
        return {401, fixture("error-190-expired-token.json")};
    case Scenario::UnknownId:
        return {400, fixture("error-100-unknown-id.json")};
    case Scenario::RateLimited:
        return {429, fixture("error-130429-rate-limit.json")};
    case Scenario::ServerError:
        return {500, fixture("error-2-server.json")};
    case Scenario::BadGateway:
        return {502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"};
    case Scenario::MalformedJson:
        return {200, fixture("malformed-truncated.json")};
    case Scenario::Hang:
        return {0, {}, {}, true};
    }
    return {};
}

FakeGraphApiServer::Reply FakeGraphApiServer::route(const Request& request)
{
    // Matching on the query too lets a test script one page of a paged listing ("after=").
    const QString target = request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < m_scripted.size(); ++i) {
        if (target.contains(m_scripted.at(i).pathContains))
            return m_scripted.takeAt(i).reply;
    }
    if (m_scenario != Scenario::Success)
        return scenarioReply(m_scenario);
    const QByteArray authorization = request.headers.value("authorization");
    const bool hasBearer = authorization.startsWith("Bearer ") && authorization.size() > 7;
    if (!hasBearer || (!m_expectedToken.isEmpty() && authorization != "Bearer " + m_expectedToken.toUtf8()))
        return {401, fixture("error-190-expired-token.json")};

    // /whatsapp_business/attachments/?mid=… is the media download URL, outside the versioned API.
    if (request.path.startsWith(QLatin1String("/whatsapp_business/attachments")))
        return request.method == "GET" ? mediaDownload(request) : Reply{405, {}, "text/plain"};
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    static const QRegularExpression versionPattern(QStringLiteral("^v\\d+\\.\\d+$"));
    if (parts.isEmpty() || !versionPattern.match(parts.first()).hasMatch())
        return {400, FakeMetaErrors::body(100, QStringLiteral("Unknown path components: ") + request.path)};

    if (request.method == "GET") {
        if (parts.size() == 2 && parts.at(1) == phoneNumberId())
            return phoneNumber(request);
        if (parts.size() == 2 && parts.at(1) == QLatin1String("debug_token"))
            return debugToken(request);
        if (parts.size() == 3 && parts.at(1) == wabaId() && parts.at(2) == QLatin1String("message_templates"))
            return templates(request);
        if (parts.size() == 2 && m_media.contains(parts.at(1)))
            return mediaInfo(request, parts.at(1));
        return {400, fixture("error-100-unknown-id.json")};
    }
    if (request.method == "POST" && parts.size() == 3 && parts.at(1) == phoneNumberId()) {
        if (parts.at(2) == QLatin1String("messages"))
            return sendMessage(request);
        if (parts.at(2) == QLatin1String("media"))
            return uploadMedia(request);
    }
    return {
        400,
        FakeMetaErrors::body(
            100,
            QStringLiteral("Unsupported %1 request.").arg(QString::fromLatin1(request.method.toLower())))};
}
