// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeConnectionGateway.h"
#include "FakeGatewayFront.h"
#include "FakeWahaEventHub.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

using Reply = FakeHttpService::Reply;

namespace {

Reply json(int status, const QJsonObject& object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Reply error(int status, const QString& message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

} // namespace

QByteArray FakeConnectionGateway::qrImage(int index)
{
    QFile file(QStringLiteral(CHANNELDESK_TEST_DATA_DIR "/gateway/qr%1.png").arg((index - 1) % 3 + 1));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

FakeConnectionGateway::FakeConnectionGateway(QObject* parent)
    : QObject(parent)
    , m_http(
          std::make_unique<FakeHttpService>([this](const FakeHttpService::Request& r) { return handle(r); }))
    , m_front(new FakeGatewayFront(QStringLiteral("/api/connections/events"), this))
    , m_events(new FakeWahaEventHub(m_front, QStringLiteral("token"), token(), this))
    , m_words{{State::Connecting, QStringLiteral("connecting")},
              {State::Qr, QStringLiteral("qr")},
              {State::Connected, QStringLiteral("connected")},
              {State::LoggedOut, QStringLiteral("logged_out")},
              {State::Failed, QStringLiteral("failed")}}
{
    connect(m_events, &FakeWahaEventHub::clientArrived, this, [this] {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        m_requestLog << QStringLiteral("GET /api/connections/events");
    });
}

FakeConnectionGateway::~FakeConnectionGateway()
{
    m_front->close();
    m_http->stop();
}

bool FakeConnectionGateway::start()
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
    std::lock_guard lock(m_mutex);
    m_up = true;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        startLocked(it.key());
    return true;
}

void FakeConnectionGateway::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_up = false;
        ++m_generation;
        for (Connection& connection : m_connections) {
            if (m_loseLinks)
                connection.linked = false;
        }
    }
    m_front->close();
}

QUrl FakeConnectionGateway::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_front->port()));
}

void FakeConnectionGateway::setEventsFeedEnabled(bool enabled)
{
    m_front->setWebSocketEnabled(enabled);
}

void FakeConnectionGateway::setStatusKey(const QString& key)
{
    std::lock_guard lock(m_mutex);
    m_statusKey = key;
}

void FakeConnectionGateway::setWord(State state, const QString& word)
{
    std::lock_guard lock(m_mutex);
    m_words[state] = word;
}

void FakeConnectionGateway::setQrOverride(const QJsonObject& answer)
{
    std::lock_guard lock(m_mutex);
    m_qrOverride = answer;
}

bool FakeConnectionGateway::hasConnection(const QString& id) const
{
    std::lock_guard lock(m_mutex);
    return m_connections.contains(id);
}

FakeConnectionGateway::State FakeConnectionGateway::state(const QString& id) const
{
    std::lock_guard lock(m_mutex);
    return m_connections.value(id).state;
}

QString FakeConnectionGateway::label(const QString& id) const
{
    std::lock_guard lock(m_mutex);
    return m_connections.value(id).label;
}

QByteArray FakeConnectionGateway::currentQrImage(const QString& id) const
{
    std::lock_guard lock(m_mutex);
    const Connection connection = m_connections.value(id);
    return connection.state == State::Qr ? qrImage(connection.qrCount) : QByteArray();
}

QJsonObject FakeConnectionGateway::lastSendRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSend;
}

QString FakeConnectionGateway::lastSentMessageId() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSentId;
}

int FakeConnectionGateway::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requestCount;
}

int FakeConnectionGateway::requestsTo(const QString& request) const
{
    std::lock_guard lock(m_mutex);
    return int(m_requestLog.count(request));
}

QStringList FakeConnectionGateway::requestLog() const
{
    std::lock_guard lock(m_mutex);
    return m_requestLog;
}

void FakeConnectionGateway::rotateQr(const QString& id)
{
    std::lock_guard lock(m_mutex);
    if (!m_connections.contains(id) || m_connections[id].state != State::Qr)
        return;
    ++m_connections[id].qrCount;
    setStateLocked(id, State::Qr);
}

void FakeConnectionGateway::simulateScan(const QString& id, bool complete)
{
    std::lock_guard lock(m_mutex);
    if (!m_connections.contains(id) || m_connections[id].state != State::Qr)
        return;
    m_connections[id].linked = true;
    setStateLocked(id, State::Connecting);
    if (complete)
        later(id, &FakeConnectionGateway::completeLogin);
}

void FakeConnectionGateway::completeLogin(const QString& id)
{
    std::lock_guard lock(m_mutex);
    if (m_connections.contains(id) && m_connections[id].linked
        && m_connections[id].state == State::Connecting)
        setStateLocked(id, State::Connected);
}

QString FakeConnectionGateway::pushInbound(const QString& id, const QString& fromJid, const QString& body)
{
    QString messageId;
    {
        std::lock_guard lock(m_mutex);
        messageId = QStringLiteral("false_%1_SEED%2").arg(fromJid).arg(++m_counter);
    }
    const QJsonObject payload
        = FakeWahaEventHub::messagePayload(messageId, fromJid, selfId(), false, QStringLiteral("app"), body);
    m_events->publish(id, QStringLiteral("message"), payload);
    m_events->publish(id, QStringLiteral("message.any"), payload);
    return messageId;
}

void FakeConnectionGateway::pushAck(const QString& id, const QString& messageId, int ack)
{
    m_events->publish(id, QStringLiteral("message.ack"), FakeWahaEventHub::ackPayload(messageId, ack));
}

FakeHttpService::Reply FakeConnectionGateway::handle(const FakeHttpService::Request& request)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_requestCount;
        m_requestLog << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    }
    if (request.headers.value("authorization") != "Bearer " + token().toUtf8())
        return error(401, QStringLiteral("Invalid service token"));
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (parts == QStringList{QStringLiteral("api"), QStringLiteral("admin"), QStringLiteral("stats")}) {
        std::lock_guard lock(m_mutex);
        const auto linked = std::count_if(m_connections.cbegin(), m_connections.cend(),
                                          [](const Connection& c) { return c.state == State::Connected; });
        return json(200,
                    {{QStringLiteral("connections"), int(m_connections.size())},
                     {QStringLiteral("connected"), int(linked)}});
    }
    if (parts.size() < 2 || parts.at(0) != QLatin1String("api")
        || parts.at(1) != QLatin1String("connections"))
        return error(404, QStringLiteral("Not found"));
    if (parts.size() == 2 && request.method == "POST") {
        const QString id = body.value(QLatin1String("id")).toString();
        std::lock_guard lock(m_mutex);
        if (m_connections.contains(id))
            return error(409, QStringLiteral("Connection %1 exists").arg(id));
        m_connections[id].label = body.value(QLatin1String("label")).toString();
        startLocked(id);
        return json(201, {{QStringLiteral("id"), id}, {m_statusKey, wordLocked(State::Connecting)}});
    }
    if (parts.size() == 3 || parts.size() == 4)
        return handleConnection(request.method, parts.at(2), parts.value(3), body);
    return error(404, QStringLiteral("Not found"));
}

FakeHttpService::Reply FakeConnectionGateway::handleConnection(const QByteArray& method, const QString& id,
                                                               const QString& action, const QJsonObject& body)
{
    std::lock_guard lock(m_mutex);
    if (!m_connections.contains(id))
        return error(404, QStringLiteral("Unknown connection %1").arg(id));
    const Connection connection = m_connections.value(id);
    if (action.isEmpty() && method == "DELETE") {
        m_connections.remove(id);
        return {204, {}};
    }
    if (action == QLatin1String("status") && method == "GET")
        return json(200, {{QStringLiteral("id"), id}, {m_statusKey, wordLocked(connection.state)}});
    if (action == QLatin1String("pairing-qr") && method == "GET") {
        if (connection.state != State::Qr)
            return error(404, QStringLiteral("No pairing QR right now"));
        if (!m_qrOverride.isEmpty())
            return json(200, m_qrOverride);
        const QString dataUrl = QLatin1String("data:image/png;base64,")
            + QString::fromLatin1(qrImage(connection.qrCount).toBase64());
        return json(200, {{QStringLiteral("dataUrl"), dataUrl}});
    }
    if (action == QLatin1String("typing") && (method == "POST" || method == "DELETE"))
        return {204, {}};
    if (action == QLatin1String("send") && method == "POST") {
        if (connection.state != State::Connected)
            return error(409, QStringLiteral("Connection %1 is not connected").arg(id));
        const QString to = body.value(QLatin1String("to")).toString();
        m_lastSend = body;
        m_lastSentId = QStringLiteral("true_%1@s.whatsapp.net_SEED%2").arg(to).arg(++m_counter);
        return json(200, {{QStringLiteral("messageId"), m_lastSentId}});
    }
    return error(404, QStringLiteral("Not found"));
}

void FakeConnectionGateway::setStateLocked(const QString& id, State state)
{
    m_connections[id].state = state;
    const QJsonObject payload{{QStringLiteral("status"), wordLocked(state)}};
    QMetaObject::invokeMethod(
        m_events, [this, id, payload] { m_events->publish(id, QStringLiteral("session.status"), payload); },
        Qt::QueuedConnection);
}

void FakeConnectionGateway::startLocked(const QString& id)
{
    setStateLocked(id, State::Connecting);
    later(id, &FakeConnectionGateway::advance);
}

void FakeConnectionGateway::later(const QString& id, void (FakeConnectionGateway::*step)(const QString&))
{
    // Timers belong to the main thread; going down in between cancels the step.
    const int generation = m_generation;
    const int delay = m_stepMs;
    QMetaObject::invokeMethod(
        this,
        [this, id, step, generation, delay] {
            QTimer::singleShot(delay, this, [this, id, step, generation] {
                bool current = false;
                {
                    std::lock_guard lock(m_mutex);
                    current = generation == m_generation && m_up;
                }
                if (current)
                    (this->*step)(id);
            });
        },
        Qt::QueuedConnection);
}

void FakeConnectionGateway::advance(const QString& id)
{
    std::lock_guard lock(m_mutex);
    if (!m_connections.contains(id) || m_connections[id].state != State::Connecting)
        return;
    if (m_connections[id].linked) {
        setStateLocked(id, State::Connected);
        return;
    }
    m_connections[id].qrCount = 1;
    setStateLocked(id, State::Qr);
}

QString FakeConnectionGateway::wordLocked(State state) const
{
    return m_words.value(state);
}
