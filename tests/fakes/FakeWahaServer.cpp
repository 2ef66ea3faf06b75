// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeWahaServer.h"
#include "FakeGatewayFront.h"
#include "FakeWahaEventHub.h"
#include "FakeWahaSessions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <chrono>
#include <thread>

using Reply = FakeHttpService::Reply;

namespace {

Reply json(int status, const QJsonObject& object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Reply error(int status, const QString& message)
{
    return json(status, {{QStringLiteral("message"), message}, {QStringLiteral("statusCode"), status}});
}

// The QR routes' answer outside SCAN_QR_CODE (gateways.md §1.3).
Reply notInQrState(const QString& status)
{
    return json(422,
                {{QStringLiteral("error"),
                  QStringLiteral("Session status is not as expected. Try again later "
                                 "or restart the session")},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("expected"), QJsonArray{QStringLiteral("SCAN_QR_CODE")}}});
}

QString toCus(const QString& jid)
{
    QString chat = jid.contains(QLatin1Char('@')) ? jid : jid + QLatin1String("@c.us");
    return chat.replace(QLatin1String("@s.whatsapp.net"), QLatin1String("@c.us"));
}

} // namespace

QString FakeWahaServer::selfId()
{
    return FakeWahaSessions::selfId();
}

FakeWahaServer::FakeWahaServer(QObject* parent)
    : QObject(parent)
    , m_http(
          std::make_unique<FakeHttpService>([this](const FakeHttpService::Request& r) { return handle(r); }))
    , m_front(new FakeGatewayFront(QStringLiteral("/ws"), this))
    , m_sessions(new FakeWahaSessions(this))
    , m_events(new FakeWahaEventHub(m_front, QStringLiteral("x-api-key"), apiKey(), this))
    , m_rotateTimer(new QTimer(this))
{
    connect(m_events, &FakeWahaEventHub::clientArrived, this, [this] {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        m_requestLog << QStringLiteral("GET /ws");
    });
    connect(m_rotateTimer, &QTimer::timeout, m_sessions, &FakeWahaSessions::rotateAll);
    connect(
        m_sessions, &FakeWahaSessions::statusChanged, this,
        [this](const QString& session, const QString& status, const QJsonObject& me) {
            m_events->publish(
                session, QStringLiteral("session.status"),
                {{QStringLiteral("status"), status}, {QStringLiteral("data"), QJsonValue::Null}}, me);
        },
        Qt::QueuedConnection);
}

FakeWahaServer::~FakeWahaServer()
{
    m_front->close();
    m_http->stop();
}

bool FakeWahaServer::start()
{
    if (!m_started) {
        if (!m_http->start())
            return false;
        m_front->setBackendPort(m_http->port());
        m_started = m_front->listen();
        return m_started;
    }
    if (!m_front->listen())
        return false;
    m_sessions->comeUp();
    return true;
}

void FakeWahaServer::stop()
{
    m_sessions->goDown(m_loseSessions);
    m_front->close();
}

QUrl FakeWahaServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_front->port()));
}

void FakeWahaServer::setStepMs(int milliseconds)
{
    m_sessions->setStepMs(milliseconds);
}

void FakeWahaServer::setProxyRefusesWebSocket(bool refuses)
{
    {
        std::lock_guard lock(m_mutex);
        m_proxyRefusesWebSocket = refuses;
    }
    // The upgrade then reaches the HTTP side, which answers it like the proxy would.
    m_front->setWebSocketEnabled(!refuses);
}

void FakeWahaServer::setMaxCodes(int codes)
{
    m_sessions->setMaxCodes(codes);
}

void FakeWahaServer::setAutoRotateMs(int milliseconds)
{
    if (milliseconds > 0)
        m_rotateTimer->start(milliseconds);
    else
        m_rotateTimer->stop();
}

void FakeWahaServer::setSendShape(SendShape shape)
{
    std::lock_guard lock(m_mutex);
    m_sendShape = shape;
}

void FakeWahaServer::setEchoSends(bool echo)
{
    std::lock_guard lock(m_mutex);
    m_echoSends = echo;
}

void FakeWahaServer::setPairingCode(const QString& code)
{
    std::lock_guard lock(m_mutex);
    m_pairingCode = code;
}

void FakeWahaServer::setQrOverride(const QString& value)
{
    std::lock_guard lock(m_mutex);
    m_qrOverride = value;
}

void FakeWahaServer::setOnlyDefaultSession(bool only)
{
    std::lock_guard lock(m_mutex);
    m_onlyDefaultSession = only;
}

void FakeWahaServer::addSession(const QString& name, const QString& status, bool linked)
{
    m_sessions->add(name, status, linked);
}

bool FakeWahaServer::hasSession(const QString& name) const
{
    return m_sessions->exists(name);
}

QString FakeWahaServer::sessionStatus(const QString& name) const
{
    return m_sessions->status(name);
}

bool FakeWahaServer::isLinked(const QString& name) const
{
    return m_sessions->isLinked(name);
}

int FakeWahaServer::requestsTo(const QString& request) const
{
    std::lock_guard lock(m_mutex);
    return int(m_requestLog.count(request));
}

QString FakeWahaServer::currentQr(const QString& name) const
{
    return m_sessions->qr(name);
}

int FakeWahaServer::qrCount(const QString& name) const
{
    return m_sessions->qrCount(name);
}

QJsonObject FakeWahaServer::lastCreateRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_lastCreate;
}

QJsonObject FakeWahaServer::lastSendRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSend;
}

QString FakeWahaServer::lastSentMessageId() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSentId;
}

QString FakeWahaServer::lastPairingPhone() const
{
    std::lock_guard lock(m_mutex);
    return m_lastPairingPhone;
}

int FakeWahaServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requestCount;
}

QStringList FakeWahaServer::requestLog() const
{
    std::lock_guard lock(m_mutex);
    return m_requestLog;
}

int FakeWahaServer::webSocketClientCount() const
{
    return int(m_front->webSockets().size());
}

void FakeWahaServer::rotateQr(const QString& name)
{
    m_sessions->rotate(name);
}

void FakeWahaServer::simulateScan(const QString& name, bool complete)
{
    m_sessions->scan(name, complete);
}

void FakeWahaServer::completeLogin(const QString& name)
{
    m_sessions->completeLogin(name);
}

void FakeWahaServer::dropLink(const QString& name)
{
    m_sessions->dropLink(name);
}

QString FakeWahaServer::pushInbound(const QString& name, const QString& fromJid, const QString& body)
{
    const QString id = nextId(false, fromJid);
    const QJsonObject payload
        = FakeWahaEventHub::messagePayload(id, fromJid, selfId(), false, QStringLiteral("app"), body);
    m_events->publish(name, QStringLiteral("message"), payload);
    m_events->publish(name, QStringLiteral("message.any"), payload);
    return id;
}

QString FakeWahaServer::pushOutbound(const QString& name, const QString& toJid, const QString& body)
{
    const QString id = nextId(true, toJid);
    m_events->publish(
        name, QStringLiteral("message.any"),
        FakeWahaEventHub::messagePayload(id, selfId(), toJid, true, QStringLiteral("app"), body));
    return id;
}

void FakeWahaServer::pushAck(const QString& name, const QString& messageId, int ack)
{
    m_events->publish(name, QStringLiteral("message.ack"), FakeWahaEventHub::ackPayload(messageId, ack));
}

FakeHttpService::Reply FakeWahaServer::handle(const FakeHttpService::Request& request)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        m_requestLog << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        if (m_proxyRefusesWebSocket && request.path == QLatin1String("/ws"))
            return error(401, QStringLiteral("Authorization Required"));
    }
    const bool keyMatches = request.headers.value("x-api-key") == apiKey().toUtf8()
        || request.query.queryItemValue(QStringLiteral("x-api-key")) == apiKey();
    if (!keyMatches)
        return error(401, QStringLiteral("Unauthorized"));
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QByteArray& method = request.method;
    if (parts.value(0) != QLatin1String("api"))
        return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(method), request.path));
    if (parts.size() == 2 && parts.at(1) == QLatin1String("sessions")) {
        if (method == "GET")
            return {200, QJsonDocument(m_sessions->list()).toJson(QJsonDocument::Compact)};
        const QString name = body.value(QLatin1String("name")).toString();
        {
            std::lock_guard lock(m_mutex);
            m_lastCreate = body;
            if (m_onlyDefaultSession && name != QLatin1String("default"))
                return error(422, QStringLiteral("WAHA Core supports only one session called 'default'"));
        }
        if (!m_sessions->create(name, body.value(QLatin1String("config")).toObject(),
                                body.value(QLatin1String("start")).toBool(true)))
            return error(422, QStringLiteral("Session '%1' already exists").arg(name));
        return json(201, m_sessions->json(name));
    }
    if (parts.size() >= 3 && parts.at(1) == QLatin1String("sessions"))
        return handleSession(method, parts, body);
    if (parts.size() == 2 && parts.at(1) == QLatin1String("sendText") && method == "POST")
        return handleSendText(body);
    if (parts.size() == 4 && parts.at(2) == QLatin1String("auth")) {
        const QString name = parts.at(1);
        if (!m_sessions->exists(name))
            return error(404, QStringLiteral("Session '%1' does not exist").arg(name));
        const QString status = m_sessions->status(name);
        if (status != QLatin1String("SCAN_QR_CODE"))
            return notInQrState(status);
        if (parts.at(3) == QLatin1String("qr") && method == "GET") {
            std::lock_guard lock(m_mutex);
            return json(
                200,
                {{QStringLiteral("value"), m_qrOverride.isEmpty() ? m_sessions->qr(name) : m_qrOverride}});
        }
        if (parts.at(3) == QLatin1String("request-code") && method == "POST") {
            std::lock_guard lock(m_mutex);
            m_lastPairingPhone = body.value(QLatin1String("phoneNumber")).toString();
            return json(201, {{QStringLiteral("code"), m_pairingCode}});
        }
    }
    return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(method), request.path));
}

FakeHttpService::Reply FakeWahaServer::handleSession(const QByteArray& method, const QStringList& parts,
                                                     const QJsonObject&)
{
    const QString name = parts.at(2);
    if (!m_sessions->exists(name))
        return error(404, QStringLiteral("Session '%1' does not exist").arg(name));
    const QString action = parts.value(3);
    if (action.isEmpty() && method == "GET")
        return json(200, m_sessions->json(name));
    if (action.isEmpty() && method == "DELETE") {
        m_sessions->remove(name);
        return {200, {}};
    }
    if (method != "POST")
        return error(
            404,
            QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(method), parts.join(QLatin1Char('/'))));
    if (action == QLatin1String("start") || action == QLatin1String("restart"))
        m_sessions->start(name);
    else if (action == QLatin1String("stop")) {
        // On this request's own thread (one per connection): other requests go on meanwhile.
        std::this_thread::sleep_for(std::chrono::milliseconds(m_stopDelayMs.load()));
        m_sessions->stop(name);
        ++m_stopsDone;
    } else if (action == QLatin1String("logout"))
        m_sessions->logout(name);
    else
        return error(404, QStringLiteral("Cannot POST /api/sessions/%1/%2").arg(name, action));
    return json(201, m_sessions->json(name));
}

FakeHttpService::Reply FakeWahaServer::handleSendText(const QJsonObject& body)
{
    const QString name = body.value(QLatin1String("session")).toString();
    const QString chat = toCus(body.value(QLatin1String("chatId")).toString());
    const QString text = body.value(QLatin1String("text")).toString();
    if (m_sessions->status(name) != QLatin1String("WORKING"))
        return notInQrState(m_sessions->status(name));
    const QString id = nextId(true, chat);
    const QString shortId = id.section(QLatin1Char('_'), 2);
    SendShape shape;
    bool echo;
    {
        std::lock_guard lock(m_mutex);
        m_lastSend = body;
        m_lastSentId = id;
        shape = m_sendShape;
        echo = m_echoSends;
    }
    if (echo) {
        const QJsonObject payload
            = FakeWahaEventHub::messagePayload(id, selfId(), chat, true, QStringLiteral("api"), text);
        QMetaObject::invokeMethod(
            m_events,
            [this, name, payload] { m_events->publish(name, QStringLiteral("message.any"), payload); },
            Qt::QueuedConnection);
    }
    switch (shape) {
    case SendShape::Noweb:
        // Baileys names people @s.whatsapp.net and knows only the short id.
        return json(
            201,
            {{QStringLiteral("key"),
              QJsonObject{{QStringLiteral("remoteJid"),
                           QString(chat.section(QLatin1Char('@'), 0, 0) + QLatin1String("@s.whatsapp.net"))},
                          {QStringLiteral("fromMe"), true},
                          {QStringLiteral("id"), shortId}}},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("conversation"), text}}},
             {QStringLiteral("status"), QStringLiteral("PENDING")}});
    case SendShape::WebjsString:
        return json(
            201,
            {{QStringLiteral("id"), id}, {QStringLiteral("body"), text}, {QStringLiteral("fromMe"), true}});
    case SendShape::WebjsObject:
        return json(201,
                    {{QStringLiteral("id"),
                      QJsonObject{{QStringLiteral("fromMe"), true},
                                  {QStringLiteral("remote"), chat},
                                  {QStringLiteral("id"), shortId},
                                  {QStringLiteral("_serialized"), id}}},
                     {QStringLiteral("body"), text}});
    case SendShape::Empty:
        return {201, {}};
    }
    return {500, {}};
}

QString FakeWahaServer::nextId(bool fromMe, const QString& chat)
{
    int counter;
    {
        std::lock_guard lock(m_mutex);
        counter = ++m_counter;
    }
    const QString shortId = QStringLiteral("3EB0%1").arg(counter, 16, 16, QLatin1Char('0')).toUpper();
    return (fromMe ? QLatin1String("true_") : QLatin1String("false_")) + toCus(chat) + QLatin1Char('_')
        + shortId;
}
