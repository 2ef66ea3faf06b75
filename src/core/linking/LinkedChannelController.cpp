// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/LinkedChannelController.h"

#include "channels/ChannelManager.h"
#include "channels/LinkedFields.h"
#include "linking/ConnectionGatewayAdapter.h"
#include "linking/WahaAdapter.h"
#include "linking/WahaForwardEvent.h"
#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"
#include "webhook/GatewayEventBody.h"

#include <QFileInfo>
#include <QTimer>

#include <optional>

namespace ChannelDesk {
namespace {

QString ackStatus(GatewayAck ack)
{
    switch (ack) {
    case GatewayAck::Error:
        return QStringLiteral("failed");
    case GatewayAck::Pending:
        return {};
    case GatewayAck::Server:
        return QStringLiteral("sent");
    case GatewayAck::Device:
        return QStringLiteral("delivered");
    case GatewayAck::Read:
        return QStringLiteral("read");
    case GatewayAck::Played:
        return QStringLiteral("played");
    }
    return {};
}

} // namespace

LinkedChannelController::LinkedChannelController(ChannelManager* channels, QString databasePath,
                                                 QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_databasePath(std::move(databasePath))
    , m_factory(&LinkedChannelController::createAdapter)
    , m_writer(
          DataDirectory::journalPath(channels ? channels->dataDirectory() : QFileInfo(m_databasePath).path()))
    , m_journal(std::make_shared<DeliveryJournal>(m_writer.databasePath()))
{ }

LinkedChannelController::~LinkedChannelController()
{
    for (GatewayAdapter* adapter : std::as_const(m_adapters))
        adapter->close();
    // Its SQL connection goes on the thread that used it.
    m_writer.post([journal = std::exchange(m_journal, nullptr)]() mutable { journal.reset(); });
    m_writer.shutDown();
}

GatewayAdapter* LinkedChannelController::createAdapter(const QString& gateway, const GatewayConfig& config)
{
    if (gateway == LinkedFields::waha())
        return new WahaAdapter(config);
    if (gateway == LinkedFields::connectionGateway())
        return new ConnectionGatewayAdapter(config);
    return nullptr;
}

void LinkedChannelController::setRetryPolicy(int maxAttempts, int initialBackoffMs, int maxBackoffMs)
{
    m_maxAttempts = maxAttempts;
    m_initialBackoffMs = initialBackoffMs;
    m_maxBackoffMs = maxBackoffMs;
}

void LinkedChannelController::start()
{
    if (m_channels)
        connect(m_channels, &ChannelManager::channelsChanged, this, &LinkedChannelController::sync);
    sync();
}

GatewayAdapter* LinkedChannelController::adapter(const QString& channelId) const
{
    return m_adapters.value(channelId);
}

void LinkedChannelController::sync()
{
    if (!m_channels)
        return;
    QHash<QString, Channel> wanted;
    for (const Channel& channel : m_channels->channels()) {
        if (channel.kind == ChannelKinds::whatsAppLinked() && channel.enabled)
            wanted.insert(channel.id, channel);
    }
    bool changed = false;
    for (auto it = m_adapters.begin(); it != m_adapters.end();) {
        if (!wanted.contains(it.key())) {
            it.value()->close();
            // A Log Out just asked for (Log Out and Remove) still reaches the gateway.
            it.value()->retire();
            m_signatures.remove(it.key());
            it = m_adapters.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        emit adaptersChanged();
    for (const Channel& channel : std::as_const(wanted)) {
        // The key is read every time: a replaced key must rebuild the adapter.
        whenFinished(
            m_channels->readSecret(channel.id, LinkedFields::apiKey()), this,
            [this, channel](const SecretResult& key) {
                if (!key.ok()) {
                    emit adapterProblem(channel.id,
                                        tr("The gateway key of “%1” is not available: %2")
                                            .arg(channel.id, ChannelManager::secretError(key).message));
                    return;
                }
                const int attempts = channel.field(LinkedFields::reconnectAttempts()).toInt();
                GatewayConfig config{QUrl(channel.field(LinkedFields::baseUrl())),
                                     key.value,
                                     channel.field(LinkedFields::session()),
                                     channel.field(LinkedFields::deviceLabel()),
                                     attempts > 0 ? attempts : m_maxAttempts,
                                     m_initialBackoffMs,
                                     m_maxBackoffMs};
                const QString signature = channel.field(LinkedFields::gateway()) + QLatin1Char('\n')
                    + config.baseUrl.toString() + QLatin1Char('\n') + config.session + QLatin1Char('\n')
                    + config.deviceLabel + QLatin1Char('\n') + QString::number(config.maxAttempts)
                    + QLatin1Char('\n') + QString::number(qHash(config.secret));
                if (m_adapters.contains(channel.id) && m_signatures.value(channel.id) == signature)
                    return;
                GatewayAdapter* adapter = m_factory(channel.field(LinkedFields::gateway()), config);
                if (!adapter) {
                    emit adapterProblem(
                        channel.id,
                        tr("Unknown gateway type “%1”.").arg(channel.field(LinkedFields::gateway())));
                    return;
                }
                if (GatewayAdapter* old = m_adapters.take(channel.id)) {
                    old->close();
                    old->retire();
                }
                m_signatures.insert(channel.id, signature);
                attach(channel.id, adapter);
                adapter->open();
                emit adaptersChanged();
            });
    }
}

void LinkedChannelController::attach(const QString& channelId, GatewayAdapter* adapter)
{
    adapter->setParent(this);
    m_adapters.insert(channelId, adapter);
    // Front ends follow every session through these, by channel id, without holding adapters.
    connect(adapter, &GatewayAdapter::statusChanged, this,
            [this, channelId](const LinkStatus& status) { emit linkStatusChanged(channelId, status); });
    connect(adapter, &GatewayAdapter::qrChanged, this,
            [this, channelId](const PairingQr& qr) { emit pairingQrChanged(channelId, qr); });
    connect(adapter, &GatewayAdapter::pairingCodeReceived, this,
            [this, channelId](const QString& code) { emit pairingCodeReceived(channelId, code); });
    connect(adapter, &GatewayAdapter::errorOccurred, this,
            [this, channelId](const QString& message) { emit linkErrorOccurred(channelId, message); });
    connect(adapter, &GatewayAdapter::sendFinished, this,
            [this, channelId](const QString& reference, const QString& messageId, const QString& error) {
                emit linkSendFinished(channelId, reference, messageId, error);
            });
    connect(adapter, &GatewayAdapter::messageReceived, this,
            [this, channelId](const GatewayMessage& message) {
                queue(GatewayEvent{channelId, message, {}, {}, QDateTime::currentDateTimeUtc()});
            });
    connect(adapter, &GatewayAdapter::messageAcked, this,
            [this, channelId](const QString& id, GatewayAck ack) {
                const QString status = ackStatus(ack);
                if (!status.isEmpty())
                    queue(GatewayEvent{channelId, {}, id, status, QDateTime::currentDateTimeUtc()});
            });
}

void LinkedChannelController::queue(GatewayEvent event)
{
    m_pending.append(std::move(event));
    if (!m_flushing)
        flush();
}

QList<JournalEntry> LinkedChannelController::forwardEntries(const QList<GatewayEvent>& events) const
{
    QList<JournalEntry> entries;
    if (!m_channels)
        return entries;
    QHash<QString, std::optional<QString>> sessions; // channel id -> its session when it forwards
    for (const GatewayEvent& event : events) {
        // Inbound messages only (WAHA's `message` event): acknowledgements and our own messages
        // stay in the log; the bot sent or knows those.
        if (event.message.messageId.isEmpty() || event.message.fromMe)
            continue;
        auto session = sessions.constFind(event.channelId);
        if (session == sessions.cend()) {
            const std::optional<Channel> channel = m_channels->channel(event.channelId);
            std::optional<QString> value;
            if (channel && !channel->field(LinkedFields::forwardUrl()).isEmpty())
                value = channel->field(LinkedFields::session());
            session = sessions.insert(event.channelId, value);
        }
        if (!session->has_value())
            continue;
        const QString name = session->value().isEmpty() ? LinkedFields::defaultSession() : session->value();
        entries.append({0,
                        event.channelId,
                        event.at,
                        WahaForwardEvent::body(event.message, name),
                        {},
                        true,
                        JournalEntry::Kind::LinkedEvent});
    }
    return entries;
}

void LinkedChannelController::flush()
{
    if (m_pending.isEmpty()) {
        m_flushing = false;
        return;
    }
    m_flushing = true;
    const QList<GatewayEvent> batch = std::exchange(m_pending, {});
    // The bot's copies first: the append's last id is then a gateway event's, and the projector,
    // told that id, builds the whole batch.
    const QList<JournalEntry> forward = forwardEntries(batch);
    auto journal = m_journal;
    const auto future = m_writer.run([journal, batch, forward] {
        QList<JournalEntry> entries = forward;
        entries.reserve(forward.size() + batch.size());
        for (const GatewayEvent& event : batch)
            entries.append({0,
                            event.channelId,
                            event.at,
                            GatewayEventBody::encode(event),
                            {},
                            false,
                            JournalEntry::Kind::GatewayEvent});
        // One transaction: a retry after a failure journals nothing twice.
        return journal->append(entries);
    });
    whenFinished(future, this, [this, batch, queued = !forward.isEmpty()](const Result<qint64>& appended) {
        if (!appended.ok()) {
            qCWarning(lcChannels) << "Could not journal gateway messages:" << appended.error().message;
            // Keep them for the next attempt rather than dropping what the gateway reported.
            m_pending = batch + m_pending;
            m_flushing = false;
            QTimer::singleShot(kRetryMs, this, [this] {
                if (!m_flushing)
                    flush();
            });
            return;
        }
        emit journaled(appended.value());
        if (queued)
            emit forwardQueued();
        flush();
    });
}

} // namespace ChannelDesk
