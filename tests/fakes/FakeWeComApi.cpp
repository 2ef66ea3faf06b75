// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeWeComApi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <chrono>
#include <cstring>
#include <thread>

namespace {

QString appKey(const QString& corpId, const QString& secret)
{
    return corpId + QLatin1Char('/') + secret;
}

QString errmsgFor(int errcode)
{
    const char* words = "error";
    switch (errcode) {
    case 40001:
        words = "invalid credential, access_token is invalid or not latest";
        break;
    case 40013:
        words = "invalid corpid";
        break;
    case 40014:
        words = "invalid access_token";
        break;
    case 41001:
        words = "access_token missing";
        break;
    case 42001:
        words = "access_token expired";
        break;
    case 40056:
        words = "invalid agentid";
        break;
    case 44004:
        words = "empty content";
        break;
    case 45009:
        words = "api freq out of limit";
        break;
    case 81013:
        words = "user & party & tag all invalid";
        break;
    case 301002:
        words = "no privilege to access/modify agent";
        break;
    case -1:
        words = "system busy";
        break;
    }
    return QStringLiteral("%1, hint: [1700000000000001], from ip: 203.0.113.9, more info at "
                          "https://open.work.weixin.qq.com/devtool/query?e=%2")
        .arg(QLatin1String(words))
        .arg(errcode);
}

QByteArray errorBody(int errcode, const QString& errmsg = {})
{
    const QJsonObject object{{QStringLiteral("errcode"), errcode},
                             {QStringLiteral("errmsg"), errmsg.isEmpty() ? errmsgFor(errcode) : errmsg}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray okBody(QJsonObject object)
{
    object.insert(QStringLiteral("errcode"), 0);
    object.insert(QStringLiteral("errmsg"), QStringLiteral("ok"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! A body produced on libmicrohttpd's connection thread until the fake stops or the client leaves.
struct HostileBody
{
    FakeWeComApi::Hostile kind;
    std::function<bool()> stopping;
};

ssize_t readHostileBody(void* cls, uint64_t, char* buffer, size_t max)
{
    auto* body = static_cast<HostileBody*>(cls);
    if (body->stopping())
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (body->kind == FakeWeComApi::Hostile::Trickle) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        buffer[0] = ' ';
        return 1;
    }
    const size_t count = std::min(max, size_t(64 * 1024));
    memset(buffer, ' ', count);
    return ssize_t(count);
}

void freeHostileBody(void* cls)
{
    delete static_cast<HostileBody*>(cls);
}

} // namespace

QString FakeWeComApi::ipNotAllowedMessage()
{
    return QStringLiteral("not allow to access from your ip, hint: [1700000000000000], from ip: 203.0.113.9, "
                          "more info at https://open.work.weixin.qq.com/devtool/query?e=60020");
}

FakeWeComApi::App FakeWeComApi::defaultApp()
{
    return App{QStringLiteral("ww1234567890abcdef"),
               QStringLiteral("FAKE-wecom-secret-0123456789abcdefghijklmnopqrs"),
               1000002,
               QStringLiteral("客服助手"),
               QStringLiteral("ChannelDesk test app"),
               {QStringLiteral("zhangsan"), QStringLiteral("lisi")}};
}

FakeWeComApi::FakeWeComApi()
{
    reset();
}

FakeWeComApi::~FakeWeComApi()
{
    stop();
}

bool FakeWeComApi::start()
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    // One thread per connection, so a hostile answer still streaming does not hold up the next one.
    m_daemon = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, nullptr,
                                nullptr, reinterpret_cast<MHD_AccessHandlerCallback>(&FakeWeComApi::handle),
                                this, MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_NOTIFY_COMPLETED,
                                reinterpret_cast<MHD_RequestCompletedCallback>(&FakeHttpService::completed),
                                this, MHD_OPTION_END);
    if (!m_daemon)
        return false;
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    return m_port != 0;
}

void FakeWeComApi::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

bool FakeWeComApi::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

QUrl FakeWeComApi::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeWeComApi::reset()
{
    std::lock_guard lock(m_mutex);
    const App app = defaultApp();
    m_apps = {{appKey(app.corpId, app.secret), app}};
    m_tokens.clear();
    m_currentToken.clear();
    m_expiresIn = 7200;
    m_failErrcode = 0;
    m_failCount = 0;
    m_failAfter = 0;
    m_ipAllowed = true;
    m_hostile = Hostile::None;
    m_hostilePath.clear();
    m_gettokenCount = 0;
    m_requestCount = 0;
    m_sends.clear();
    m_nextMsgId = 0;
}

void FakeWeComApi::addApp(const App& app)
{
    std::lock_guard lock(m_mutex);
    m_apps.insert(appKey(app.corpId, app.secret), app);
}

void FakeWeComApi::setExpiresIn(int seconds)
{
    std::lock_guard lock(m_mutex);
    m_expiresIn = seconds;
}

void FakeWeComApi::invalidateTokens(int errcode)
{
    std::lock_guard lock(m_mutex);
    for (Token& token : m_tokens)
        token.rejectWith = errcode;
    m_currentToken.clear();
}

void FakeWeComApi::failSends(int errcode, int count, int after)
{
    std::lock_guard lock(m_mutex);
    m_failErrcode = errcode;
    m_failCount = count;
    m_failAfter = after;
}

void FakeWeComApi::setIpAllowed(bool allowed)
{
    std::lock_guard lock(m_mutex);
    m_ipAllowed = allowed;
}

void FakeWeComApi::setHostile(Hostile hostile, const QString& pathContains)
{
    std::lock_guard lock(m_mutex);
    m_hostile = hostile;
    m_hostilePath = pathContains;
}

int FakeWeComApi::gettokenCount() const
{
    std::lock_guard lock(m_mutex);
    return m_gettokenCount;
}

int FakeWeComApi::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requestCount;
}

QList<FakeWeComApi::Send> FakeWeComApi::sends() const
{
    std::lock_guard lock(m_mutex);
    return m_sends;
}

QList<FakeWeComApi::Send> FakeWeComApi::delivered() const
{
    std::lock_guard lock(m_mutex);
    QList<Send> accepted;
    for (const Send& send : m_sends) {
        if (send.errcode == 0)
            accepted << send;
    }
    return accepted;
}

QStringList FakeWeComApi::issuedTokens() const
{
    std::lock_guard lock(m_mutex);
    return m_tokens.keys();
}

int FakeWeComApi::handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                         const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    FakeHttpService::Request request;
    if (!FakeHttpService::gather(connection, url, method, uploadData, uploadSize, state, &request))
        return MHD_YES;
    return static_cast<FakeWeComApi*>(self)->respond(connection, request);
}

int FakeWeComApi::respond(MHD_Connection* connection, const FakeHttpService::Request& request)
{
    Reply reply;
    {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        reply = route(request);
    }
    MHD_Response* response = nullptr;
    if (reply.hostile == Hostile::None) {
        response = MHD_create_response_from_buffer(
            size_t(reply.body.size()), const_cast<char*>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    } else {
        const uint64_t size = reply.hostile == Hostile::Trickle ? 4096
            : reply.hostile == Hostile::HugeLength              ? uint64_t(64) * 1024 * 1024
                                                                : MHD_SIZE_UNKNOWN;
        response = MHD_create_response_from_callback(
            size, 64 * 1024, &readHostileBody, new HostileBody{reply.hostile, [this] { return stopping(); }},
            &freeHostileBody);
    }
    MHD_add_response_header(response, "Content-Type", "application/json; charset=UTF-8");
    const MHD_Result result = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return result;
}

FakeWeComApi::Reply FakeWeComApi::route(const FakeHttpService::Request& request)
{
    if (m_hostile != Hostile::None && request.path.contains(m_hostilePath))
        return {200, {}, m_hostile};
    if (request.method == "GET" && request.path == QLatin1String("/cgi-bin/gettoken"))
        return gettoken(request);
    if (request.method == "POST" && request.path == QLatin1String("/cgi-bin/message/send"))
        return messageSend(request);
    if (request.method == "GET" && request.path == QLatin1String("/cgi-bin/agent/get"))
        return agentGet(request);
    return {404, "<html><body>404 Not Found</body></html>"};
}

FakeWeComApi::Reply FakeWeComApi::gettoken(const FakeHttpService::Request& request)
{
    ++m_gettokenCount;
    const QString corpId = request.query.queryItemValue(QStringLiteral("corpid"), QUrl::FullyDecoded);
    const QString secret = request.query.queryItemValue(QStringLiteral("corpsecret"), QUrl::FullyDecoded);
    const QString key = appKey(corpId, secret);
    if (!m_apps.contains(key)) {
        bool knownCorp = false;
        for (const App& app : std::as_const(m_apps))
            knownCorp = knownCorp || app.corpId == corpId;
        return {200, errorBody(knownCorp ? 40001 : 40013)};
    }
    // Like WeCom, repeated calls inside the validity window hand out the same token.
    QString token = m_currentToken.value(key);
    if (token.isEmpty()) {
        token
            = QStringLiteral("FAKE-ACCESS-TOKEN-%1-wYx3mQ9zL0pR7tV2kN5bH8cJ4dF6gS1aE0uI").arg(++m_nextToken);
        m_tokens.insert(token, Token{key, 0});
        m_currentToken.insert(key, token);
    }
    return {200,
            okBody({{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), m_expiresIn}})};
}

int FakeWeComApi::checkToken(const FakeHttpService::Request& request, App* app) const
{
    const QString token = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return 41001;
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.constEnd())
        return 40014;
    if (found->rejectWith != 0)
        return found->rejectWith;
    *app = m_apps.value(found->appKey);
    return 0;
}

FakeWeComApi::Reply FakeWeComApi::messageSend(const FakeHttpService::Request& request)
{
    Send send;
    send.accessToken = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    send.raw = request.body;
    send.body = QJsonDocument::fromJson(request.body).object();
    send.touser = send.body.value(QLatin1String("touser")).toString();
    send.msgtype = send.body.value(QLatin1String("msgtype")).toString();
    const QJsonValue agentId = send.body.value(QLatin1String("agentid"));
    send.agentIdIsInteger = agentId.isDouble() && agentId.toDouble() == double(agentId.toInteger());
    send.agentId = agentId.toInteger();
    send.content = send.body.value(send.msgtype).toObject().value(QLatin1String("content")).toString();

    App app;
    QStringList invalid;
    send.errcode = checkToken(request, &app);
    if (send.errcode == 0 && !m_ipAllowed)
        send.errcode = 60020;
    if (send.errcode == 0 && (!send.agentIdIsInteger || send.agentId != app.agentId))
        send.errcode = 40056;
    if (send.errcode == 0 && m_failCount > 0) {
        if (m_failAfter > 0) {
            --m_failAfter;
        } else {
            --m_failCount;
            send.errcode = m_failErrcode;
        }
    }
    if (send.errcode == 0 && send.content.isEmpty())
        send.errcode = 44004;
    if (send.errcode == 0) {
        const QStringList users = send.touser.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString& user : users) {
            if (!app.users.contains(user))
                invalid << user.toLower();
        }
        if (invalid.size() == users.size())
            send.errcode = 81013;
    }
    m_sends << send;
    if (send.errcode == 60020)
        return {200, errorBody(60020, ipNotAllowedMessage())};
    if (send.errcode != 0)
        return {200, errorBody(send.errcode)};
    QJsonObject answer{{QStringLiteral("msgid"), QStringLiteral("fake-msgid-%1").arg(++m_nextMsgId)}};
    if (!invalid.isEmpty())
        answer.insert(QStringLiteral("invaliduser"), invalid.join(QLatin1Char('|')));
    return {200, okBody(answer)};
}

FakeWeComApi::Reply FakeWeComApi::agentGet(const FakeHttpService::Request& request)
{
    App app;
    const int errcode = checkToken(request, &app);
    if (errcode != 0)
        return {200, errorBody(errcode)};
    if (!m_ipAllowed)
        return {200, errorBody(60020, ipNotAllowedMessage())};
    if (request.query.queryItemValue(QStringLiteral("agentid")) != QString::number(app.agentId))
        return {200, errorBody(301002)};
    QJsonArray users;
    for (const QString& user : std::as_const(app.users))
        users.append(QJsonObject{{QStringLiteral("userid"), user}});
    return {200,
            okBody({{QStringLiteral("agentid"), app.agentId},
                    {QStringLiteral("name"), app.agentName},
                    {QStringLiteral("description"), app.agentDescription},
                    {QStringLiteral("square_logo_url"), QStringLiteral("https://p.qlogo.cn/bizmail/fake/0")},
                    {QStringLiteral("allow_userinfos"), QJsonObject{{QStringLiteral("user"), users}}},
                    {QStringLiteral("close"), 0}})};
}
