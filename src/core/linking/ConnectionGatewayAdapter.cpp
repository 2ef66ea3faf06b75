// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/ConnectionGatewayAdapter.h"
#include "linking/GatewayEventFeed.h"
#include "linking/GatewayStateWords.h"
#include "linking/ReconnectScheduler.h"
#include "linking/WahaEvents.h"
#include "util/Logging.h"

#include <QTimer>

namespace ChannelDesk {

namespace {

// The seed gateway says nothing about its codes; Baileys rotates them about every 20 s.
constexpr int CodeLifetimeSecs = 20;

QByteArray decodeDataUrl(const QString& dataUrl)
{
    const qsizetype comma = dataUrl.indexOf(QLatin1Char(','));
    if (!dataUrl.startsWith(QLatin1String("data:")) || comma < 0
        || !dataUrl.left(comma).endsWith(QLatin1String(";base64")))
        return {};
    return QByteArray::fromBase64(dataUrl.mid(comma + 1).toLatin1());
}

} // namespace

ConnectionGatewayAdapter::ConnectionGatewayAdapter(GatewayConfig config, QObject* parent)
    : GatewayAdapter(std::move(config), parent)
    , m_rest(new GatewayRestClient(m_config.baseUrl, m_config.secret, GatewayRestClient::Auth::Bearer, this))
    , m_control(
          new GatewayRestClient(m_config.baseUrl, m_config.secret, GatewayRestClient::Auth::Bearer, this))
    , m_feed(new GatewayEventFeed(this))
    , m_reconnect(new ReconnectScheduler(m_config.initialBackoffMs, m_config.maxBackoffMs,
                                         m_config.maxAttempts, this))
    , m_statusTimer(new QTimer(this))
    , m_qrTimer(new QTimer(this))
    , m_feedTimer(new QTimer(this))
    , m_feedBackoff(m_config.initialBackoffMs, m_config.maxBackoffMs, m_config.maxAttempts)
    , m_qrWindow(0, CodeLifetimeSecs, CodeLifetimeSecs)
{
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(2000);
    m_qrTimer->setInterval(3000);
    m_feedTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, this, &ConnectionGatewayAdapter::pollStatus);
    connect(m_qrTimer, &QTimer::timeout, this, &ConnectionGatewayAdapter::fetchQr);
    connect(m_feedTimer, &QTimer::timeout, this, &ConnectionGatewayAdapter::openFeed);
    connect(m_reconnect, &ReconnectScheduler::retryDue, this, [this] {
        if (m_created)
            pollStatus();
        else
            createConnection();
    });
    connect(m_feed, &GatewayEventFeed::connected, this, [this] {
        m_feedState = FeedState::Connected;
        m_feedBackoff.reset();
        refreshFeedNote();
    });
    connect(m_feed, &GatewayEventFeed::frameReceived, this, &ConnectionGatewayAdapter::handleFrame);
    connect(m_feed, &GatewayEventFeed::lost, this, &ConnectionGatewayAdapter::feedLost);
    connect(m_feed, &GatewayEventFeed::rejected, this, &ConnectionGatewayAdapter::rejectAuth);
    // The service token also authenticates every REST call, which reports a refused token on its
    // own; a refused upgrade only means no feed this way, and polling carries on.
    connect(m_feed, &GatewayEventFeed::upgradeRefused, this,
            [this](const QString& detail) { feedLost(detail, false); });
}

ConnectionGatewayAdapter::~ConnectionGatewayAdapter() = default;

void ConnectionGatewayAdapter::setPollIntervals(int statusMs, int qrMs)
{
    m_statusTimer->setInterval(statusMs);
    m_qrTimer->setInterval(qrMs);
}

QString ConnectionGatewayAdapter::connectionPath(const QString& suffix) const
{
    return QLatin1String("/api/connections/") + m_config.session + suffix;
}

QUrl ConnectionGatewayAdapter::eventsUrl() const
{
    QUrl url = m_rest->url(QStringLiteral("/api/connections/events"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setQuery(QLatin1String("token=") + QString::fromLatin1(QUrl::toPercentEncoding(m_config.secret)),
                 QUrl::StrictMode);
    return url;
}

void ConnectionGatewayAdapter::open()
{
    m_following = true;
    m_reconnect->succeeded();
    m_reconnect->cancel();
    if (m_feedState != FeedState::Connected)
        m_feedState = FeedState::Untried;
    m_feedBackoff.reset();
    LinkStatus status = m_status;
    status.state = LinkState::Starting;
    status.problem = TransportProblem::None;
    status.reconnectAttempt = 0;
    status.reason = tr("Connecting to the gateway at %1").arg(m_config.baseUrl.toDisplayString());
    updateStatus(status);
    if (openAfterControls())
        return;
    createConnection();
}

void ConnectionGatewayAdapter::close()
{
    dropWaitingOpen();
    stopFollowing();
    // Aborted requests never call back, so nothing else would clear this.
    m_rest->abortAll();
    m_qrInFlight = false;
}

void ConnectionGatewayAdapter::stopFollowing()
{
    ++m_generation;
    m_following = false;
    m_reconnect->cancel();
    m_statusTimer->stop();
    m_qrTimer->stop();
    m_feedTimer->stop();
    m_feed->close();
    m_feedState = FeedState::Untried;
}

void ConnectionGatewayAdapter::createConnection()
{
    const QJsonObject body{{QStringLiteral("id"), m_config.session},
                           {QStringLiteral("label"), m_config.deviceLabel}};
    m_rest->post(QStringLiteral("/api/connections"), body,
                 [this, generation = m_generation](const Response& response) {
                     if (!m_following || generation != m_generation)
                         return;
                     // 409: the connection exists already, which is just as good.
                     if (!response.ok() && response.httpStatus != 409)
                         return lifecycleFailed(response, tr("Creating the connection"));
                     m_created = true;
                     m_reconnect->succeeded();
                     if (m_feedState == FeedState::Untried)
                         openFeed();
                     pollStatus();
                 });
}

void ConnectionGatewayAdapter::pollStatus()
{
    m_statusTimer->stop();
    if (m_recreating)
        return;
    m_rest->get(connectionPath(QStringLiteral("/status")),
                [this, generation = m_generation](const Response& response) {
                    if (!m_following || generation != m_generation)
                        return;
                    if (response.httpStatus == 404) {
                        // The gateway forgot the connection (a restart without persistence): create it again.
                        m_tracker.transportLost();
                        m_created = false;
                        return createConnection();
                    }
                    if (!response.ok())
                        return lifecycleFailed(response, tr("Reading the connection status"));
                    m_reconnect->succeeded();
                    m_lastRefusal.clear();
                    const QJsonObject object = response.object();
                    QString word = object.value(QLatin1String("status")).toString();
                    if (word.isEmpty())
                        word = object.value(QLatin1String("state")).toString();
                    const QJsonObject me = object.value(QLatin1String("me")).toObject();
                    if (!me.isEmpty())
                        m_tracker.setSelf(me.value(QLatin1String("id")).toString(),
                                          me.value(QLatin1String("pushName")).toString());
                    applyWord(word, object.value(QLatin1String("reason")).toString());
                    m_statusTimer->start();
                });
}

void ConnectionGatewayAdapter::applyWord(const QString& word, const QString& detail)
{
    const LinkState base = GatewayStateWords::stateFromWord(word);
    const LinkStateTracker::Step step = m_tracker.gatewayReported(base, word, m_qrWindow.shown(), detail);
    if (step.newWindow)
        m_qrWindow.beginWindow();
    if (base != LinkState::AwaitingScan && base != LinkState::Starting && base != LinkState::Unknown)
        m_qrWindow.reset();
    publish(step.status);
    if (base != LinkState::AwaitingScan) {
        m_qrTimer->stop();
    } else if (!m_qrTimer->isActive() || step.newWindow) {
        fetchQr();
        m_qrTimer->start();
    }
}

void ConnectionGatewayAdapter::fetchQr()
{
    if (m_qrInFlight || !m_following || m_recreating)
        return;
    m_qrInFlight = true;
    m_rest->get(connectionPath(QStringLiteral("/pairing-qr")),
                [this, generation = m_generation](const Response& response) {
                    m_qrInFlight = false;
                    // 404: no code right now (not in the QR state, or between two codes).
                    if (!m_following || generation != m_generation || response.httpStatus == 404)
                        return;
                    if (!response.ok())
                        return lifecycleFailed(response, tr("Fetching the QR code"), false);
                    const QJsonObject object = response.object();
                    // The spec's suggested extension carries the raw string: render that when it is there.
                    const QString raw = object.value(QLatin1String("raw")).toString();
                    const QString dataUrl = object.value(QLatin1String("dataUrl")).toString();
                    if (refuseOversizedQr(raw.toUtf8().size(), raw.isEmpty() ? dataUrl.size() : 0))
                        return;
                    const QByteArray image = raw.isEmpty() ? decodeDataUrl(dataUrl) : QByteArray();
                    if (raw.isEmpty() && image.isEmpty()) {
                        qCWarning(lcLinking) << "pairing-qr answer without a usable dataUrl";
                        return;
                    }
                    if (auto qr = m_qrWindow.offer(raw, image, QDateTime::currentDateTimeUtc()))
                        setQr(*qr);
                });
}

void ConnectionGatewayAdapter::openFeed()
{
    if (!m_following)
        return;
    m_feed->open(eventsUrl());
}

void ConnectionGatewayAdapter::feedLost(const QString& reason, bool wasConnected)
{
    if (!m_following)
        return;
    // Never opened: no feed on this gateway (404 or no upgrade). Polling carries on without it.
    if (!wasConnected && m_feedState == FeedState::Untried) {
        qCInfo(lcLinking) << "no events feed:" << reason;
        m_feedState = FeedState::Unavailable;
        return refreshFeedNote();
    }
    if (m_feedState == FeedState::Unavailable || m_feedState == FeedState::GaveUp)
        return;
    if (m_feedBackoff.exhausted()) {
        qCWarning(lcLinking) << "events feed given up:" << reason;
        m_feedState = FeedState::GaveUp;
        return refreshFeedNote();
    }
    m_feedState = FeedState::Retrying;
    m_feedTimer->start(m_feedBackoff.nextDelay());
}

void ConnectionGatewayAdapter::refreshFeedNote()
{
    // Only over a state the gateway reported; a transport problem's status has its own reason.
    if (m_status.problem == TransportProblem::None && !m_tracker.current().gatewayState.isEmpty())
        publish(m_tracker.current());
}

void ConnectionGatewayAdapter::handleFrame(const QString& frame)
{
    const std::optional<WahaEvents::Envelope> envelope = WahaEvents::parseEnvelope(frame);
    if (!envelope || !m_following)
        return;
    if (!envelope->session.isEmpty() && envelope->session != m_config.session)
        return;
    if (envelope->event == QLatin1String("session.status")) {
        // While the connection is being replaced its old states no longer matter.
        if (!m_recreating)
            applyWord(envelope->payload.value(QLatin1String("status")).toString(), {});
    } else if (envelope->event == QLatin1String("message")
               || envelope->event == QLatin1String("message.any")) {
        const GatewayMessage message = WahaEvents::toMessage(envelope->payload);
        if (!message.messageId.isEmpty() && m_seenIds.insert(message.messageId))
            emit messageReceived(message);
    } else if (envelope->event == QLatin1String("message.ack")) {
        const QString id = WahaEvents::messageId(envelope->payload.value(QLatin1String("id")));
        if (const std::optional<GatewayAck> ack = WahaEvents::toAck(envelope->payload); ack && !id.isEmpty())
            emit messageAcked(id, *ack);
    }
}

void ConnectionGatewayAdapter::publish(LinkStatus status)
{
    if (status.problem == TransportProblem::None && m_feedState == FeedState::Unavailable) {
        status.reason += QLatin1Char(' ')
            + tr("(Inbound messages need the gateway's events feed, /api/connections/events, which it does "
                 "not "
                 "offer: only the status and the QR code are followed.)");
    } else if (status.problem == TransportProblem::None && m_feedState == FeedState::GaveUp) {
        status.reason += QLatin1Char(' ')
            + tr("(The gateway's events feed was lost: inbound messages are not followed until the channel "
                 "is "
                 "reconnected.)");
    }
    updateStatus(status);
}

void ConnectionGatewayAdapter::restartPairing()
{
    if (m_tracker.isLinked()) {
        // Deleting a linked connection would unlink the phone: read it afresh instead.
        close();
        open();
        LinkStatus status = m_status;
        status.reason = tr("Restarting: the connection gateway has no restart, so ChannelDesk reads the "
                           "connection afresh; the phone stays linked");
        updateStatus(status);
        return;
    }
    // Answers to requests made before this belong to the old connection.
    ++m_generation;
    m_tracker.newPairingWindow();
    m_qrWindow.reset();
    m_qrTimer->stop();
    m_statusTimer->stop();
    const bool wasFollowing = m_following;
    m_following = true;
    LinkStatus status = m_tracker.current();
    status.state = LinkState::Starting;
    status.problem = TransportProblem::None;
    status.reconnectAttempt = 0;
    status.reason = tr("Starting a new pairing window");
    publish(status);
    m_recreating = true;
    m_rest->deleteResource(connectionPath(), [this, wasFollowing](const Response& response) {
        m_recreating = false;
        if (response.authRejected())
            return rejectAuth(m_rest->gatewayWords(response));
        if (!response.ok() && response.httpStatus != 404) {
            emit errorOccurred(
                tr("Could not start a new pairing window: %1").arg(m_rest->describe(response)));
            if (!wasFollowing)
                return stopFollowing();
        }
        m_created = false;
        m_reconnect->succeeded();
        createConnection();
    });
}

void ConnectionGatewayAdapter::logout()
{
    m_qrWindow.reset();
    const bool wasFollowing = m_following;
    stopFollowing();
    controlStarted();
    m_control->deleteResource(connectionPath(), [this, wasFollowing](const Response& response) {
        controlFinished();
        if (response.authRejected())
            return rejectAuth(m_rest->gatewayWords(response));
        if (!response.ok() && response.httpStatus != 404) {
            emit errorOccurred(tr("Could not log out: %1").arg(m_rest->describe(response)));
            if (wasFollowing)
                open();
            return;
        }
        m_created = false;
        publish(
            m_tracker.loggedOut(tr("Logged out and the connection was removed from the gateway; start a new "
                                   "pairing window to link again")));
    });
}

QString ConnectionGatewayAdapter::stoppedReason() const
{
    return tr("Stopped following the connection. The connection gateway protocol has no stop: the gateway "
              "keeps the connection and the phone stays linked. Start follows it again.");
}

void ConnectionGatewayAdapter::requestPairingCode(const QString&)
{
    emit errorOccurred(tr("The connection gateway protocol has no pairing code; scan the QR code instead."));
}

void ConnectionGatewayAdapter::sendText(const QString& peer, const QString& text, const QString& reference)
{
    // "to" is digits for people; other JIDs (groups, …) go as given.
    const bool person = !peer.contains(QLatin1Char('@')) || peer.endsWith(QLatin1String("@c.us"))
        || peer.endsWith(QLatin1String("@s.whatsapp.net"));
    const QJsonObject body{{QStringLiteral("to"), person ? normalisePeer(peer) : peer},
                           {QStringLiteral("text"), text}};
    m_rest->post(connectionPath(QStringLiteral("/send")), body, [this, reference](const Response& response) {
        if (response.authRejected()) {
            emit sendFinished(reference, {}, m_rest->describe(response));
            return rejectAuth(m_rest->gatewayWords(response));
        }
        if (!response.ok())
            return emit sendFinished(reference, {}, tr("Not sent: %1").arg(m_rest->describe(response)));
        const QString messageId = response.object().value(QLatin1String("messageId")).toString();
        if (messageId.isEmpty())
            return emit sendFinished(
                reference, {},
                tr("The gateway answered without a message id: %1").arg(m_rest->gatewayWords(response)));
        emit sendFinished(reference, messageId, {});
    });
}

void ConnectionGatewayAdapter::lifecycleFailed(const Response& response, const QString& action, bool blocking)
{
    if (response.authRejected())
        return rejectAuth(m_rest->gatewayWords(response));
    const QString reason = tr("%1 failed: %2").arg(action, m_rest->describe(response));
    if (!response.transient()) {
        qCWarning(lcLinking) << reason;
        // Polls repeat every few seconds: report a lasting refusal once.
        if (reason != m_lastRefusal)
            emit errorOccurred(reason);
        m_lastRefusal = reason;
        if (blocking && m_following) {
            // A definite refusal to create or read the connection: retrying would only repeat it.
            stopFollowing();
            updateStatus(m_reconnect->refused(m_status, reason));
        }
        return;
    }
    if (!m_following || m_reconnect->pending())
        return;
    m_statusTimer->stop();
    m_qrTimer->stop();
    m_tracker.transportLost();
    m_qrWindow.resetUnlessSame();
    const LinkStatus status = m_reconnect->failed(
        m_status, response.answered() ? TransportProblem::GatewayError : TransportProblem::Unreachable,
        reason);
    if (status.problem == TransportProblem::GaveUp)
        stopFollowing();
    updateStatus(status);
}

void ConnectionGatewayAdapter::rejectAuth(const QString& gatewayWords)
{
    // Several requests may bounce off the same key; one report is enough.
    if (m_status.problem == TransportProblem::AuthRejected)
        return;
    stopFollowing();
    updateStatus(m_reconnect->authRejected(m_status, m_rest->describeAuthRejected(gatewayWords)));
}

} // namespace ChannelDesk
