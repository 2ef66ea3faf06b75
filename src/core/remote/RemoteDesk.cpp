// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteDesk.h"

#include "model/ServerAddress.h"
#include "remote/CertificatePins.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteStream.h"
#include "settings/Settings.h"
#include "util/WhenFinished.h"
#include "wire/BotWire.h"
#include "wire/ChannelWire.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {
namespace {

// The stream carries what changes often; these figures (activity, health) change slowly and are
// read with the snapshot instead.
constexpr int kPollIntervalMs = 15000;
constexpr int kRefreshDelayMs = 60;
constexpr int kConversationsDelayMs = 30;

QString consoleDirectory(const QString& chosen)
{
    const QString directory = chosen.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/console")
        : chosen;
    QDir().mkpath(directory);
    return directory;
}

//! Whether a view would show anything different: the server's check time alone changes with every
//! snapshot.
bool sameBot(const BotHealth& a, const BotHealth& b)
{
    QJsonObject x = toWire(a);
    QJsonObject y = toWire(b);
    x.remove(QStringLiteral("checked_at"));
    y.remove(QStringLiteral("checked_at"));
    return x == y;
}

} // namespace

RemoteDesk::RemoteDesk(Options options, QObject* parent)
    : Desk(parent)
    , m_options(std::move(options))
    , m_retryTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_conversationsTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    const QString directory = consoleDirectory(m_options.consoleDirectory);
    m_pins = std::make_unique<CertificatePins>(directory + QStringLiteral("/trust.ini"));
    m_settings = new Settings(directory, this);
    m_client = new RemoteClient(m_options.server, m_options.key, m_pins.get(), this);
    m_stream = new RemoteStream(m_client, this);
    if (m_options.initialBackoffMs > 0)
        m_stream->setBackoff(m_options.initialBackoffMs,
                             m_options.maxBackoffMs > 0 ? m_options.maxBackoffMs : 30000);
    m_connection.state = DeskConnection::State::Connecting;
    m_connection.url = m_options.server;
    m_connection.role = ApiRole::Viewer;

    m_retryTimer->setSingleShot(true);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    m_conversationsTimer->setSingleShot(true);
    m_conversationsTimer->setInterval(kConversationsDelayMs);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &RemoteDesk::connectToServer);
    connect(m_refreshTimer, &QTimer::timeout, this, &RemoteDesk::refreshSnapshot);
    connect(m_pollTimer, &QTimer::timeout, this, &RemoteDesk::refreshSnapshot);
    connect(m_conversationsTimer, &QTimer::timeout, this, &RemoteDesk::conversationsChanged);
    connect(m_client, &RemoteClient::certificateRefused, this, &RemoteDesk::onCertificateRefused);
    connect(m_stream, &RemoteStream::eventReceived, this, &RemoteDesk::onStreamEvent);
    connect(m_stream, &RemoteStream::disconnected, this, &RemoteDesk::onStreamDown);
    connect(m_stream, &RemoteStream::refused, this, &RemoteDesk::onRefused);
    connect(m_stream, &RemoteStream::connected, this, [this] {
        // Whatever changed while the stream was down (states, channels) is read again; the
        // events themselves come from the cursor on.
        const bool wasDown = m_connection.state == DeskConnection::State::Reconnecting;
        if (wasDown) {
            refreshSnapshot();
            m_conversationsTimer->start();
        }
        setState(DeskConnection::State::Connected);
    });
    QTimer::singleShot(0, this, &RemoteDesk::connectToServer);
}

RemoteDesk::~RemoteDesk()
{
    m_stream->stop();
    for (const auto& waiter : std::as_const(m_loadWaiters)) {
        waiter->addResult(Status(Error(ErrorCode::Cancelled, tr("The console was closed."))));
        waiter->finish();
    }
}

QString RemoteDesk::location() const
{
    return ServerAddress::name(m_options.server);
}

Settings* RemoteDesk::settings() const
{
    return m_settings;
}

void RemoteDesk::trustCertificate(const QString& fingerprint)
{
    if (fingerprint.isEmpty())
        return;
    m_pins->pin(ServerAddress::name(m_options.server), fingerprint);
    m_connection.fingerprint.clear();
    m_connection.pinnedFingerprint.clear();
    setState(DeskConnection::State::Connecting);
    m_retryTimer->stop();
    connectToServer();
}

void RemoteDesk::connectToServer()
{
    whenFinished(m_client->call(QStringLiteral("session")), this, [this](const RemoteClient::Answer& answer) {
        if (answer.ok())
            return onSession(answer.body);
        if (answer.status == 401)
            return onRefused(answer.error.message);
        // A refused certificate has already set the state and waits for the user.
        if (m_connection.state == DeskConnection::State::UntrustedCertificate
            || m_connection.state == DeskConnection::State::ChangedCertificate)
            return;
        scheduleRetry(answer.error.message);
    });
}

void RemoteDesk::onSession(const QJsonObject& body)
{
    const QJsonObject key = body.value(QStringLiteral("key")).toObject();
    m_connection.keyName = key.value(QStringLiteral("name")).toString();
    m_connection.role = parseApiRole(key.value(QStringLiteral("role")).toString()).value_or(ApiRole::Viewer);
    m_connectAttempt = 0;
    whenFinished(
        m_client->call(QStringLiteral("snapshot")), this, [this](const RemoteClient::Answer& answer) {
            RemoteSnapshot snapshot;
            if (!answer.ok())
                return scheduleRetry(answer.error.message);
            if (!RemoteSnapshot::fromWire(answer.body, &snapshot))
                return scheduleRetry(tr("The server's answer could not be read; is it the same ChannelDesk "
                                        "version as this window?"));
            const qint64 cursor = snapshot.cursor;
            applySnapshot(std::move(snapshot));
            setState(DeskConnection::State::Connected);
            // What the views asked for while the server could not be reached or was not trusted
            // failed; they read it again.
            if (m_readsFailed) {
                m_readsFailed = false;
                m_conversationsTimer->start();
            }
            m_pollTimer->start();
            m_stream->start(m_stream->cursor() > 0 ? m_stream->cursor() : cursor);
        });
}

void RemoteDesk::scheduleRetry(const QString& error)
{
    ++m_connectAttempt;
    m_readsFailed = true;
    const int initial = m_options.initialBackoffMs > 0 ? m_options.initialBackoffMs : 500;
    const int maximum = m_options.maxBackoffMs > 0 ? m_options.maxBackoffMs : 30000;
    const qint64 delay = qMin<qint64>(qint64(initial) << qMin(m_connectAttempt - 1, 16), maximum);
    m_connection.attempt = m_connectAttempt;
    m_connection.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    setState(m_loaded ? DeskConnection::State::Reconnecting : DeskConnection::State::Connecting, error);
    m_retryTimer->start(int(delay));
}

void RemoteDesk::onStreamDown(int attempt, const QDateTime& nextAttemptAt, const QString& error)
{
    m_connection.attempt = attempt;
    m_connection.nextAttemptAt = nextAttemptAt;
    setState(DeskConnection::State::Reconnecting, error);
}

void RemoteDesk::onRefused(const QString& error)
{
    m_stream->stop();
    m_retryTimer->stop();
    m_pollTimer->stop();
    setState(DeskConnection::State::Refused, error);
}

void RemoteDesk::onCertificateRefused(const QString& fingerprint, const QString& pinned)
{
    m_stream->stop();
    m_retryTimer->stop();
    m_pollTimer->stop();
    m_readsFailed = true;
    const auto state = pinned.isEmpty() ? DeskConnection::State::UntrustedCertificate
                                        : DeskConnection::State::ChangedCertificate;
    // Another certificate while the user still looks at the first one: show the new one.
    const bool other = m_connection.fingerprint != fingerprint || m_connection.pinnedFingerprint != pinned;
    m_connection.fingerprint = fingerprint;
    m_connection.pinnedFingerprint = pinned;
    if (other && m_connection.state == state)
        return emit connectionChanged();
    setState(state);
}

void RemoteDesk::setState(DeskConnection::State state, const QString& error)
{
    if (state == DeskConnection::State::Connected) {
        m_connection.attempt = 0;
        m_connection.nextAttemptAt = {};
    }
    if (m_connection.state == state && m_connection.error == error
        && state != DeskConnection::State::Reconnecting && state != DeskConnection::State::Connecting)
        return;
    m_connection.state = state;
    m_connection.error = error;
    emit connectionChanged();
    // Views disable what cannot work while the server is away.
    emit channelStatesChanged(channelStates());
}

void RemoteDesk::refreshSnapshot()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    whenFinished(m_client->call(QStringLiteral("snapshot")), this,
                 [this](const RemoteClient::Answer& answer) {
                     m_refreshing = false;
                     RemoteSnapshot snapshot;
                     if (answer.ok() && RemoteSnapshot::fromWire(answer.body, &snapshot))
                         applySnapshot(std::move(snapshot));
                     if (m_refreshAgain) {
                         m_refreshAgain = false;
                         refreshSnapshot();
                     }
                 });
}

void RemoteDesk::applySnapshot(RemoteSnapshot snapshot)
{
    RemoteSnapshot old = std::move(m_snapshot);
    // A QR that came on the stream after this snapshot was read stays the newer one.
    for (auto it = snapshot.links.begin(); it != snapshot.links.end(); ++it) {
        const auto before = old.links.constFind(it.key());
        if (before != old.links.constEnd() && before->qr.sequence > it->qr.sequence
            && before->qr.receivedAt.isValid())
            it->qr = before->qr;
    }
    m_snapshot = std::move(snapshot);
    const bool firstLoad = !m_loaded;
    m_loaded = true;
    if (firstLoad || !RemoteSnapshot::sameChannels(old.channels, m_snapshot.channels))
        emit channelsChanged();
    const QList<QString> oldLinks = old.links.keys();
    const QList<QString> newLinks = m_snapshot.links.keys();
    if (firstLoad
        || QSet<QString>(oldLinks.begin(), oldLinks.end()) != QSet<QString>(newLinks.begin(), newLinks.end()))
        emit linksChanged();
    for (auto it = m_snapshot.links.constBegin(); it != m_snapshot.links.constEnd(); ++it) {
        const auto before = old.links.constFind(it.key());
        const bool known = before != old.links.constEnd();
        if (!known || before->status.state != it->status.state || before->status.reason != it->status.reason
            || before->status.reconnectAttempt != it->status.reconnectAttempt)
            emit linkStatusChanged(it.key(), it->status);
        if (!known || before->qr.raw != it->qr.raw || before->qr.sequence != it->qr.sequence)
            emit pairingQrChanged(it.key(), it->qr);
    }
    for (auto it = m_snapshot.health.constBegin(); it != m_snapshot.health.constEnd(); ++it) {
        const auto before = old.health.constFind(it.key());
        const QDateTime checked = it->health ? it->health->checkedAt : QDateTime();
        const QDateTime checkedBefore
            = before != old.health.constEnd() && before->health ? before->health->checkedAt : QDateTime();
        if (checked != checkedBefore || (before != old.health.constEnd() && before->problem != it->problem))
            emit cloudHealthChanged(it.key());
    }
    for (auto it = m_snapshot.bots.constBegin(); it != m_snapshot.bots.constEnd(); ++it) {
        const auto before = old.bots.constFind(it.key());
        if (before == old.bots.constEnd() || !sameBot(*before, *it))
            emit botHealthChanged(it.key());
    }
    // A channel gone from the server: its views read the default (paused) once more.
    for (auto it = old.bots.constBegin(); it != old.bots.constEnd(); ++it) {
        if (!m_snapshot.bots.contains(it.key()))
            emit botHealthChanged(it.key());
    }
    emit channelStatesChanged(m_snapshot.states);
    emit channelActivityChanged(m_snapshot.activity);
    emit receiverStatusChanged();
    emit apiServerStatusChanged();
    for (const auto& waiter : std::as_const(m_loadWaiters)) {
        waiter->addResult(Status(Done{}));
        waiter->finish();
    }
    m_loadWaiters.clear();
}

void RemoteDesk::onStreamEvent(const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QString channelId = event.value(QStringLiteral("channel")).toString();
    if (type == QLatin1String("message") || type == QLatin1String("status")) {
        if (!m_conversationsTimer->isActive())
            m_conversationsTimer->start();
    } else if (type == QLatin1String("qr")) {
        // Only the live event carries the value (replays do not): shown at once, without waiting
        // for a snapshot, so a rotation reaches the screen within the second.
        const QString value = event.value(QStringLiteral("value")).toString();
        if (!value.isEmpty() && m_snapshot.links.contains(channelId)) {
            PairingQr qr;
            qr.raw = value;
            qr.sequence = event.value(QStringLiteral("code")).toInt();
            qr.maxCodes = event.value(QStringLiteral("of")).toInt();
            qr.receivedAt = QDateTime::currentDateTimeUtc();
            qr.expiresAt = QDateTime::fromString(event.value(QStringLiteral("expires_at")).toString(),
                                                 Qt::ISODateWithMs);
            m_snapshot.links[channelId].qr = qr;
            emit pairingQrChanged(channelId, qr);
        }
        m_refreshTimer->start();
    } else if (type == QLatin1String("outbound")) {
        // A send from another console shows in the conversation as it is accepted.
        if (!m_conversationsTimer->isActive())
            m_conversationsTimer->start();
        queryOutboundItem(qint64(event.value(QStringLiteral("id")).toDouble()));
    } else if (type == QLatin1String("conversation_handoff")) {
        if (!m_conversationsTimer->isActive())
            m_conversationsTimer->start();
        emit conversationHandoffChanged(qint64(event.value(QStringLiteral("conversation_id")).toDouble()),
                                        event.value(QStringLiteral("taken_over")).toBool());
    } else if (type == QLatin1String("backlog")) {
        m_snapshot.receiver.backlog = qint64(event.value(QStringLiteral("backlog")).toDouble());
        emit receiverStatusChanged();
    } else if (type == QLatin1String("channel_event")) {
        ChannelEvent recorded;
        recorded.channelId = channelId;
        recorded.at = QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        recorded.kind = event.value(QStringLiteral("kind")).toString();
        recorded.reason = event.value(QStringLiteral("reason")).toString();
        recorded.detail = event.value(QStringLiteral("detail")).toString();
        recorded.remote = event.value(QStringLiteral("remote")).toString();
        recorded.count = std::max(1, event.value(QStringLiteral("count")).toInt(1));
        recorded.lastAt
            = QDateTime::fromString(event.value(QStringLiteral("last_at")).toString(), Qt::ISODateWithMs);
        recorded.lastDetail = event.value(QStringLiteral("last_detail")).toString();
        emit channelEventRecorded(recorded);
    } else if (type == QLatin1String("bot_health")) {
        // The server sends it only when the health changed (at most twice a second): applied at once,
        // without a snapshot.
        BotHealth health;
        if (botHealthFromApi(event.value(QStringLiteral("bot")), &health))
            applyBotHealth(channelId, health);
        else
            m_refreshTimer->start();
    } else if (type == QLatin1String("reset")) {
        m_refreshTimer->start();
        m_conversationsTimer->start();
    } else if (type == QLatin1String("channel_state") || type == QLatin1String("channels")
               || (type == QLatin1String("audit")
                   && event.value(QStringLiteral("action"))
                          .toString()
                          .startsWith(QLatin1String("channel")))) {
        m_refreshTimer->start();
    }
}

void RemoteDesk::applyBotHealth(const QString& channelId, const BotHealth& health)
{
    if (channelId.isEmpty() || !channel(channelId))
        return;
    const auto before = m_snapshot.bots.constFind(channelId);
    const bool changed = before == m_snapshot.bots.constEnd() || !sameBot(*before, health);
    m_snapshot.bots.insert(channelId, health);
    if (changed)
        emit botHealthChanged(channelId);
}

QString RemoteDesk::blocked(ApiRole needed) const
{
    if (!m_connection.isUp())
        return tr("Not connected to %1: %2").arg(m_connection.placeName(), m_connection.stateText());
    return m_connection.refusal(needed);
}

QFuture<Status> RemoteDesk::loadChannels()
{
    if (m_loaded) {
        refreshSnapshot();
        return QtFuture::makeReadyFuture(Status(Done{}));
    }
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    m_loadWaiters.append(promise);
    return promise->future();
}

} // namespace ChannelDesk
