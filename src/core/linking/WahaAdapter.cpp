// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/WahaAdapter.h"
#include "linking/GatewayEventFeed.h"
#include "linking/ReconnectScheduler.h"
#include "linking/SendCorrelator.h"
#include "linking/WahaEvents.h"
#include "util/Logging.h"

namespace ChannelDesk {

namespace {

// WAHA's pairing window: 6 codes, the first living ~60 s and the others ~20 s (devlikeapro/waha#884).
constexpr int WahaMaxCodes = 6;
constexpr int FirstCodeSecs = 60;
constexpr int LaterCodeSecs = 20;

} // namespace

WahaAdapter::WahaAdapter(GatewayConfig config, QObject* parent)
    : GatewayAdapter(std::move(config), parent)
    , m_rest(new GatewayRestClient(m_config.baseUrl, m_config.secret, GatewayRestClient::Auth::ApiKeyHeader,
                                   this))
    , m_control(new GatewayRestClient(m_config.baseUrl, m_config.secret,
                                      GatewayRestClient::Auth::ApiKeyHeader, this))
    , m_feed(new GatewayEventFeed(this))
    , m_correlator(new SendCorrelator(this))
    , m_reconnect(new ReconnectScheduler(m_config.initialBackoffMs, m_config.maxBackoffMs,
                                         m_config.maxAttempts, this))
    , m_qrWindow(WahaMaxCodes, FirstCodeSecs, LaterCodeSecs)
{
    connect(m_reconnect, &ReconnectScheduler::retryDue, this, [this] {
        if (m_feed->isConnected())
            syncSession();
        else
            connectFeed();
    });
    connect(m_feed, &GatewayEventFeed::connected, this, &WahaAdapter::syncSession);
    connect(m_feed, &GatewayEventFeed::frameReceived, this, &WahaAdapter::handleFrame);
    connect(m_feed, &GatewayEventFeed::rejected, this, &WahaAdapter::rejectAuth);
    // WAHA's key reaches the WebSocket only in its query: a 401/403 is that key refused.
    connect(m_feed, &GatewayEventFeed::upgradeRefused, this, &WahaAdapter::rejectAuth);
    connect(m_feed, &GatewayEventFeed::lost, this, [this](const QString& reason, bool wasConnected) {
        m_tracker.transportLost();
        m_qrWindow.resetUnlessSame();
        const QString where = m_config.baseUrl.toDisplayString();
        transportFailed(
            TransportProblem::Unreachable,
            wasConnected
                ? tr("Lost the connection to the gateway: %1").arg(reason)
                : tr("Cannot connect to the gateway: %1. Is the gateway running at %2?").arg(reason, where));
    });
    connect(m_correlator, &SendCorrelator::resolved, this,
            [this](const QString& reference, const QString& id) { emit sendFinished(reference, id, {}); });
    connect(m_correlator, &SendCorrelator::timedOut, this, [this](const QString& reference) {
        emit sendFinished(reference, {},
                          tr("The gateway accepted the message but never reported its id; it was probably "
                             "sent, check the chat on the phone."));
    });
}

WahaAdapter::~WahaAdapter() = default;

void WahaAdapter::setSendEchoTimeout(int milliseconds)
{
    m_correlator->setTimeout(milliseconds);
}

QString WahaAdapter::sessionPath(const QString& suffix) const
{
    return QLatin1String("/api/sessions/") + m_config.session + suffix;
}

QUrl WahaAdapter::eventsUrl() const
{
    QUrl url = m_rest->url(QStringLiteral("/ws"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    // Built by hand: QUrlQuery leaves "+" alone, which the gateway would read as a space.
    QByteArray query = "x-api-key=" + QUrl::toPercentEncoding(m_config.secret)
        + "&session=" + QUrl::toPercentEncoding(m_config.session);
    for (const char* event : {"session.status", "message", "message.any", "message.ack"})
        query += QByteArray("&events=") + event;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString WahaAdapter::formatPairingCode(const QString& code)
{
    QString compact;
    for (QChar c : code) {
        if (c.isLetterOrNumber())
            compact += c.toUpper();
    }
    if (compact.size() != 8)
        return code.trimmed();
    return compact.left(4) + QLatin1Char('-') + compact.mid(4);
}

void WahaAdapter::open()
{
    m_following = true;
    m_reconnect->succeeded();
    m_reconnect->cancel();
    LinkStatus status = m_status;
    status.state = LinkState::Starting;
    status.problem = TransportProblem::None;
    status.reconnectAttempt = 0;
    status.reason = tr("Connecting to the gateway at %1").arg(m_config.baseUrl.toDisplayString());
    updateStatus(status);
    if (openAfterControls())
        return;
    connectFeed();
}

void WahaAdapter::close()
{
    dropWaitingOpen();
    m_following = false;
    m_reconnect->cancel();
    m_feed->close();
    m_rest->abortAll();
    QStringList unfinished = m_correlator->clear();
    unfinished += QStringList(m_sendsInFlight.cbegin(), m_sendsInFlight.cend());
    m_sendsInFlight.clear();
    for (const QString& reference : std::as_const(unfinished))
        emit sendFinished(reference, {},
                          tr("The channel was closed before the gateway confirmed the message."));
}

void WahaAdapter::connectFeed()
{
    // Subscribe first, then read the session: a change after the read is then sure to arrive.
    m_feed->open(eventsUrl());
}

void WahaAdapter::syncSession()
{
    m_syncInFlight = true;
    m_statusDuringSync = false;
    m_rest->get(sessionPath(), [this](const Response& response) {
        m_syncInFlight = false;
        if (!m_following)
            return;
        if (response.httpStatus == 404)
            return createSession();
        if (!response.ok())
            return lifecycleFailed(response, tr("Reading the session"));
        m_reconnect->succeeded();
        m_createConflict = false;
        // Status events that came while the request was out are newer than its answer.
        if (m_statusDuringSync
            && response.object().value(QLatin1String("status")).toString() != QLatin1String("STOPPED"))
            return;
        applySession(response.object());
    });
}

void WahaAdapter::createSession()
{
    QJsonObject config{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("channeldesk"), QStringLiteral("1")}}}};
    // deviceName only works for the QR flow, so it is left out when no label was chosen.
    if (!m_config.deviceLabel.isEmpty())
        config.insert(QStringLiteral("client"),
                      QJsonObject{{QStringLiteral("deviceName"), m_config.deviceLabel}});
    // Old builds defaulted to start=false, so ask for the start explicitly.
    const QJsonObject body{{QStringLiteral("name"), m_config.session},
                           {QStringLiteral("start"), true},
                           {QStringLiteral("config"), config}};
    m_rest->post(QStringLiteral("/api/sessions"), body, [this](const Response& response) {
        if (!m_following)
            return;
        if (response.httpStatus == 422 && !m_createConflict) {
            // Someone created it between our read and our create: read it again, once.
            m_createConflict = true;
            return syncSession();
        }
        if (!response.ok())
            return lifecycleFailed(response, tr("Creating the session"));
        m_reconnect->succeeded();
        applySession(response.object());
    });
}

void WahaAdapter::startSession()
{
    m_rest->post(sessionPath(QStringLiteral("/start")), {}, [this](const Response& response) {
        if (!m_following)
            return;
        if (!response.ok())
            return lifecycleFailed(response, tr("Starting the session"));
        applySession(response.object());
    });
}

void WahaAdapter::applySession(const QJsonObject& session)
{
    const QString status = session.value(QLatin1String("status")).toString();
    if (status.isEmpty())
        return;
    applyGatewayStatus(status, session.value(QLatin1String("me")).toObject());
    if (status == QLatin1String("STOPPED"))
        startSession();
}

void WahaAdapter::applyGatewayStatus(const QString& status, const QJsonObject& me)
{
    if (!me.isEmpty())
        m_tracker.setSelf(me.value(QLatin1String("id")).toString(),
                          me.value(QLatin1String("pushName")).toString());
    const LinkState base = WahaEvents::stateFromStatus(status);
    const LinkStateTracker::Step step = m_tracker.gatewayReported(base, status, m_qrWindow.shown());
    if (step.newWindow)
        m_qrWindow.beginWindow();
    if (base != LinkState::AwaitingScan && base != LinkState::Starting && base != LinkState::Unknown)
        m_qrWindow.reset();
    updateStatus(step.status);
    // WAHA re-emits SCAN_QR_CODE on every rotation: each one means "fetch the code again".
    if (base == LinkState::AwaitingScan)
        fetchQr();
}

void WahaAdapter::fetchQr()
{
    const int serial = ++m_qrRequests;
    m_rest->get(QLatin1String("/api/") + m_config.session + QLatin1String("/auth/qr?format=raw"),
                [this, serial](const Response& response) {
                    if (!m_following)
                        return;
                    // 422: the session left the QR state before the route could answer; the status
                    // event saying so is on its way, so there is nothing to show.
                    if (response.httpStatus == 422)
                        return;
                    // The session vanished (deleted on the dashboard?): read it again, which recreates it.
                    if (response.httpStatus == 404)
                        return syncSession();
                    if (!response.ok())
                        return lifecycleFailed(response, tr("Fetching the QR code"), false);
                    // Answers can overtake each other; an older code must not replace a newer one.
                    if (serial < m_qrApplied)
                        return;
                    m_qrApplied = serial;
                    const QString raw = response.object().value(QLatin1String("value")).toString();
                    if (refuseOversizedQr(raw.toUtf8().size()))
                        return;
                    if (auto qr = m_qrWindow.offer(raw, {}, QDateTime::currentDateTimeUtc()))
                        setQr(*qr);
                });
}

void WahaAdapter::handleFrame(const QString& frame)
{
    const std::optional<WahaEvents::Envelope> envelope = WahaEvents::parseEnvelope(frame);
    if (!envelope || !m_following)
        return;
    if (!envelope->session.isEmpty() && envelope->session != m_config.session)
        return;
    if (envelope->event == QLatin1String("session.status")) {
        if (m_syncInFlight)
            m_statusDuringSync = true;
        applyGatewayStatus(envelope->payload.value(QLatin1String("status")).toString(), envelope->me);
    } else if (envelope->event == QLatin1String("message")
               || envelope->event == QLatin1String("message.any")) {
        handleMessage(envelope->payload);
    } else if (envelope->event == QLatin1String("message.ack")) {
        const QString id = WahaEvents::messageId(envelope->payload.value(QLatin1String("id")));
        if (const std::optional<GatewayAck> ack = WahaEvents::toAck(envelope->payload); ack && !id.isEmpty())
            emit messageAcked(id, *ack);
    }
}

void WahaAdapter::handleMessage(const QJsonObject& payload)
{
    const GatewayMessage message = WahaEvents::toMessage(payload);
    if (message.messageId.isEmpty())
        return;
    if (message.fromMe && payload.value(QLatin1String("source")).toString() == QLatin1String("api"))
        m_correlator->observe(message.messageId, message.peer, message.text);
    // Inbound messages come as both `message` and `message.any`.
    if (m_seenIds.insert(message.messageId))
        emit messageReceived(message);
}

void WahaAdapter::restartPairing()
{
    // WAHA's restart keeps the auth data: a linked session comes back linked, without a scan.
    const bool linked = m_tracker.isLinked();
    m_tracker.newPairingWindow();
    m_qrWindow.reset();
    // A code still on its way belongs to the old window.
    m_qrApplied = m_qrRequests + 1;
    if (!m_following)
        open();
    LinkStatus status = m_tracker.current();
    status.state = LinkState::Starting;
    status.problem = TransportProblem::None;
    status.reason = linked ? tr("Restarting the session on the gateway; the phone stays linked")
                           : tr("Starting a new pairing window");
    updateStatus(status);
    m_rest->post(sessionPath(QStringLiteral("/restart")), {}, [this](const Response& response) {
        if (response.httpStatus == 404)
            return createSession();
        if (response.authRejected())
            return rejectAuth(m_rest->gatewayWords(response));
        if (!response.ok())
            return emit errorOccurred(
                tr("Could not restart the session: %1").arg(m_rest->describe(response)));
        applySession(response.object());
    });
}

void WahaAdapter::logout()
{
    // Said before asking: WAHA restarts the session right away and its new state may overtake the answer.
    m_qrWindow.reset();
    m_qrApplied = m_qrRequests + 1;
    updateStatus(m_tracker.loggedOut(tr("Logged out; the gateway offers a new code to link again")));
    controlStarted();
    m_control->post(sessionPath(QStringLiteral("/logout")), {}, [this](const Response& response) {
        controlFinished();
        if (response.authRejected())
            return rejectAuth(m_rest->gatewayWords(response));
        if (!response.ok()) {
            emit errorOccurred(tr("Could not log out: %1").arg(m_rest->describe(response)));
            if (m_following && m_feed->isConnected())
                syncSession();
        }
    });
}

QString WahaAdapter::stoppedReason() const
{
    return tr("Stopped on the gateway; the phone stays linked. Start resumes the session without a new "
              "scan.");
}

void WahaAdapter::stopAtGateway()
{
    controlStarted();
    m_control->post(sessionPath(QStringLiteral("/stop")), {}, [this](const Response& response) {
        controlFinished();
        // 404: there is no session to stop, which is just as stopped.
        if (response.ok() || response.httpStatus == 404)
            return;
        if (response.authRejected())
            return rejectAuth(m_rest->gatewayWords(response));
        emit errorOccurred(
            tr("ChannelDesk stopped following the session, but the gateway did not stop it: %1")
                .arg(m_rest->describe(response)));
    });
}

void WahaAdapter::requestPairingCode(const QString& phoneNumber)
{
    const QString digits = normalisePeer(phoneNumber);
    if (digits.isEmpty()
        || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); })) {
        emit errorOccurred(
            tr("Enter the phone number in international format, digits only, e.g. 15557654321."));
        return;
    }
    const QJsonObject body{{QStringLiteral("phoneNumber"), digits}};
    m_rest->post(QLatin1String("/api/") + m_config.session + QLatin1String("/auth/request-code"), body,
                 [this](const Response& response) {
                     if (response.authRejected())
                         return rejectAuth(m_rest->gatewayWords(response));
                     if (!response.ok())
                         return emit errorOccurred(
                             tr("Could not get a pairing code: %1").arg(m_rest->describe(response)));
                     const QString code = response.object().value(QLatin1String("code")).toString();
                     if (code.isEmpty())
                         return emit errorOccurred(tr("The gateway answered without a pairing code: %1")
                                                       .arg(m_rest->gatewayWords(response)));
                     updateStatus(m_tracker.pairingCodeIssued());
                     emit pairingCodeReceived(formatPairingCode(code));
                 });
}

void WahaAdapter::sendText(const QString& peer, const QString& text, const QString& reference)
{
    const QString chatId = WahaEvents::chatIdFor(peer);
    const QJsonObject body{{QStringLiteral("session"), m_config.session},
                           {QStringLiteral("chatId"), chatId},
                           {QStringLiteral("text"), text}};
    m_sendsInFlight.insert(reference);
    m_rest->post(
        QStringLiteral("/api/sendText"), body, [this, chatId, text, reference](const Response& response) {
            m_sendsInFlight.remove(reference);
            if (response.authRejected()) {
                emit sendFinished(reference, {}, m_rest->describe(response));
                return rejectAuth(m_rest->gatewayWords(response));
            }
            if (!response.ok())
                return emit sendFinished(reference, {}, tr("Not sent: %1").arg(m_rest->describe(response)));
            const QString messageId = WahaEvents::sentMessageId(response.object(), chatId);
            if (messageId.isEmpty())
                return m_correlator->expect(reference, normalisePeer(chatId), text);
            m_correlator->claim(messageId);
            emit sendFinished(reference, messageId, {});
        });
}

void WahaAdapter::lifecycleFailed(const Response& response, const QString& action, bool blocking)
{
    if (response.authRejected())
        return rejectAuth(m_rest->gatewayWords(response));
    const QString reason = tr("%1 failed: %2").arg(action, m_rest->describe(response));
    if (response.transient())
        return transportFailed(
            response.answered() ? TransportProblem::GatewayError : TransportProblem::Unreachable, reason);
    // A definite refusal (400, 422, …): retrying the same request would only repeat it. Without a
    // session to follow (e.g. an old Core build that only allows "default") the link has failed.
    qCWarning(lcLinking) << reason;
    if (blocking && m_following) {
        m_following = false;
        m_feed->close();
        updateStatus(m_reconnect->refused(m_status, reason));
    }
    emit errorOccurred(reason);
}

void WahaAdapter::rejectAuth(const QString& gatewayWords)
{
    // Several requests may bounce off the same key; one report is enough.
    if (m_status.problem == TransportProblem::AuthRejected)
        return;
    m_following = false;
    m_feed->close();
    updateStatus(m_reconnect->authRejected(m_status, m_rest->describeAuthRejected(gatewayWords)));
}

void WahaAdapter::transportFailed(TransportProblem problem, const QString& reason)
{
    // One retry at a time: the socket and a request failing together are one outage.
    if (!m_following || m_reconnect->pending())
        return;
    const LinkStatus status = m_reconnect->failed(m_status, problem, reason);
    if (status.problem == TransportProblem::GaveUp) {
        m_following = false;
        m_feed->close();
    }
    updateStatus(status);
}

} // namespace ChannelDesk
