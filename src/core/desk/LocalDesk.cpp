// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LocalDesk.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "desk/ChannelMonitor.h"
#include "desk/ConnectionChecker.h"
#include "desk/HandoffController.h"
#include "desk/LinkedSender.h"
#include "desk/WeComSender.h"
#include "desk/MessageRules.h"
#include "outbound/OutboundController.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "server/ApiController.h"
#include "settings/Settings.h"
#include "store/LogDataSource.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "util/OperatorName.h"
#include "util/WhenFinished.h"
#include "webhook/ReceiverController.h"

#include <QNetworkAccessManager>

namespace ChannelDesk {

LocalDesk::LocalDesk(QString dataDirectory, Options options, QObject* parent)
    : Desk(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_databasePath(DataDirectory::databasePath(m_dataDirectory))
    , m_settings(new Settings(m_dataDirectory, this))
    , m_secrets(options.secrets ? options.secrets : new KeychainSecretStore(this))
    , m_network(new QNetworkAccessManager(this))
    , m_manager(new ChannelManager(m_dataDirectory, m_secrets, this))
    , m_linked(new LinkedChannelController(m_manager, m_databasePath, this))
    , m_log(new LogDataSource(m_databasePath, this))
    , m_outbound(new OutboundController(m_manager, m_dataDirectory, this))
    , m_monitor(new ChannelMonitor(m_manager, m_linked, m_log, m_network, this))
    , m_checker(new ConnectionChecker(m_manager, m_network, this))
    , m_linkedSender(new LinkedSender(m_linked, m_databasePath, this))
    , m_weCom(new WeComSender(m_manager, m_databasePath, this))
    , m_handoff(new HandoffController(m_manager, m_dataDirectory, this))
    , m_api(new ApiController(this, m_databasePath, OperatorName::current(), this))
{
    m_monitor->setFollowStoreChanges(options.followStoreChanges);
    if (options.adapterFactory)
        m_linked->setAdapterFactory(options.adapterFactory);
    if (options.linkMaxAttempts > 0)
        m_linked->setRetryPolicy(options.linkMaxAttempts, options.linkInitialBackoffMs,
                                 options.linkMaxBackoffMs);
    connect(m_manager, &ChannelManager::channelsChanged, this, &Desk::channelsChanged);
    // Everything that depends on a setting follows it while running.
    m_outbound->setLimits(m_settings->sendLimits());
    connect(m_settings, &Settings::changed, this, [this](Settings::Section section) {
        if (section == Settings::Section::SendLimits)
            m_outbound->setLimits(m_settings->sendLimits());
    });

    connect(m_monitor, &ChannelMonitor::statesChanged, this, &Desk::channelStatesChanged);
    connect(m_monitor, &ChannelMonitor::activityChanged, this, &Desk::channelActivityChanged);
    connect(m_monitor, &ChannelMonitor::healthCheckStarted, this, &Desk::healthCheckStarted);
    connect(m_monitor, &ChannelMonitor::healthChanged, this, &Desk::cloudHealthChanged);
    connect(m_log, &LogDataSource::storeChanged, this, &Desk::conversationsChanged);

    connect(m_linked, &LinkedChannelController::adaptersChanged, this, &Desk::linksChanged);
    connect(m_linked, &LinkedChannelController::adapterProblem, this, &Desk::problemReported);
    connect(m_linked, &LinkedChannelController::linkStatusChanged, this, &Desk::linkStatusChanged);
    connect(m_linked, &LinkedChannelController::pairingQrChanged, this, &Desk::pairingQrChanged);
    connect(m_linked, &LinkedChannelController::pairingCodeReceived, this, &Desk::pairingCodeReceived);
    connect(m_linked, &LinkedChannelController::linkErrorOccurred, this, &Desk::linkErrorOccurred);
    connect(m_linkedSender, &LinkedSender::queued, this, &Desk::sendQueued);
    connect(m_linkedSender, &LinkedSender::refused, this, &Desk::sendRefused);
    connect(m_linkedSender, &LinkedSender::itemChanged, this, &Desk::outboundItemChanged);
    connect(m_weCom, &WeComSender::queued, this, &Desk::sendQueued);
    connect(m_weCom, &WeComSender::refused, this, &Desk::sendRefused);
    connect(m_weCom, &WeComSender::itemChanged, this, &Desk::outboundItemChanged);
    connect(m_weCom, &WeComSender::tokenStateChanged, this, [this](const QString& channelId) {
        m_monitor->noteWeComToken(channelId, m_weCom->tokenState(channelId));
        emit weComTokenStateChanged(channelId);
    });

    connect(m_outbound, &OutboundController::queued, this, &Desk::sendQueued);
    // Every view of the log shows a send as soon as it is queued, and follows its state.
    connect(this, &Desk::sendQueued, m_log, &LogDataSource::notifyChanged);
    connect(this, &Desk::outboundItemChanged, m_log, &LogDataSource::notifyChanged);
    connect(m_outbound, &OutboundController::refused, this, &Desk::sendRefused);
    connect(m_outbound, &OutboundController::itemChanged, this, &Desk::outboundItemChanged);
    connect(m_outbound, &OutboundController::markReadFinished, this, &Desk::markReadFinished);
    connect(m_outbound, &OutboundController::conversationState, this, &Desk::conversationStateChanged);
    connect(m_outbound, &OutboundController::usageChanged, this, &Desk::sendUsageChanged);
    connect(m_outbound, &OutboundController::channelProblem, this, &Desk::problemReported);
    connect(m_outbound, &OutboundController::templatesLoaded, this, &Desk::templatesLoaded);
    connect(m_outbound, &OutboundController::mediaProgress, this, &Desk::mediaProgress);
    connect(m_outbound, &OutboundController::mediaDownloaded, this, &Desk::mediaDownloaded);
    connect(m_outbound, &OutboundController::mediaDescribed, this, &Desk::mediaDescribed);

    if (options.receiver) {
        m_receiver = new ReceiverController(m_manager, m_settings, this);
        if (options.fixedReceiver)
            m_receiver->setFixedSettings(*options.fixedReceiver);
        if (options.requestLog)
            m_receiver->setRequestLog(options.requestLog);
        if (options.stopDrainMs > 0)
            m_receiver->setStopDrainMs(options.stopDrainMs);
        connect(m_receiver, &ReceiverController::stateChanged, this, &Desk::receiverStatusChanged);
        connect(m_receiver, &ReceiverController::deliveryCommitted, m_log, &LogDataSource::notifyChanged);
        connect(m_receiver, &ReceiverController::eventRecorded, this, &Desk::channelEventRecorded);
        connect(m_linked, &LinkedChannelController::forwardQueued, m_receiver,
                &ReceiverController::wakeForwarder);
        // The receiver's projector builds the gateways' events (and says so through
        // deliveryCommitted, like a webhook's); without a receiver another process builds them.
        connect(m_linked, &LinkedChannelController::journaled, m_receiver,
                &ReceiverController::journalAdvanced);
        m_receiver->start();
        watchBotHealth();
        m_handoff->setForwardWaker([receiver = m_receiver] { receiver->wakeForwarder(); });
    }
    // An operator's reply may take the conversation over from the bot.
    connect(this, &Desk::sendQueued, m_handoff,
            [this](const QString&, const OutboundItem& item) { m_handoff->noteQueued(item); });
    connect(m_handoff, &HandoffController::handoffChanged, this, [this](const ConversationRow& row) {
        m_log->notifyChanged();
        emit conversationHandoffChanged(row.id, row.takenOver);
    });
    connect(m_api, &ApiController::statusChanged, this, &Desk::apiServerStatusChanged);
    if (options.apiFromSettings) {
        m_api->apply(m_settings->api());
        connect(m_settings, &Settings::changed, m_api, [this](Settings::Section section) {
            if (section == Settings::Section::Api)
                m_api->apply(m_settings->api());
        });
    }
}

LocalDesk::~LocalDesk()
{
    // The API answers what it was asked while the desk it asks is still whole.
    delete m_api;
    // Its last announcements would wake the forwarder of the receiver deleted next.
    delete m_handoff;
    // The receiver answers what it holds before the store it writes to goes away.
    delete m_receiver;
    // Health checks and connection tests still running use the network access manager, an
    // earlier child that would otherwise be deleted first.
    delete m_monitor;
    delete m_checker;
}

void LocalDesk::setClock(const Clock* clock)
{
    m_monitor->setClock(clock);
    m_handoff->setClock(clock);
}

QString LocalDesk::location() const
{
    return m_dataDirectory;
}

Settings* LocalDesk::settings() const
{
    return m_settings;
}

QFuture<Status> LocalDesk::loadChannels()
{
    QFuture<Status> loaded = m_manager->reload();
    whenFinished(loaded, this, [this](const Status& status) {
        if (!status.ok())
            return;
        m_loaded = true;
        // Started once the channels are known: until then it would see an empty list.
        m_linked->start();
    });
    return loaded;
}

QList<Channel> LocalDesk::channels() const
{
    return m_manager->channels();
}

std::optional<Channel> LocalDesk::channel(const QString& id) const
{
    return m_manager->channel(id);
}

QFuture<Status> LocalDesk::saveChannels(const QList<ChannelDraft>& drafts)
{
    return m_manager->save(drafts);
}

QFuture<Status> LocalDesk::removeChannel(const QString& id)
{
    return m_manager->remove(id);
}

QFuture<SecretResult> LocalDesk::readSecret(const QString& channelId, const QString& field)
{
    return m_manager->readSecret(channelId, field);
}

void LocalDesk::useMemorySecrets()
{
    if (m_memorySecrets)
        return;
    m_memorySecrets = new MemorySecretStore(this);
    m_manager->setSecretStore(m_memorySecrets);
}

SecretStore* LocalDesk::secretStore() const
{
    return m_manager->secretStore();
}

QFuture<SecretResult> LocalDesk::probeKeychain()
{
    // A key that never exists tells "no keychain" apart from "keychain works" without touching
    // real secrets.
    return m_secrets->readSecret(QStringLiteral("__probe__"), QStringLiteral("probe"));
}

QFuture<ConnectionCheck> LocalDesk::testConnection(const ConnectionCheckRequest& request)
{
    if (request.kind == ChannelKinds::weCom())
        return m_weCom->check(request);
    return m_checker->check(request);
}

QList<ChannelState> LocalDesk::channelStates() const
{
    return m_monitor->states();
}

QList<ChannelActivity> LocalDesk::channelActivity() const
{
    return m_monitor->activity();
}

std::optional<CloudHealth> LocalDesk::cloudHealth(const QString& channelId) const
{
    return m_monitor->health(channelId);
}

bool LocalDesk::isCheckingHealth(const QString& channelId) const
{
    return m_monitor->isChecking(channelId);
}

void LocalDesk::refreshActivity()
{
    m_monitor->refreshActivity();
}

void LocalDesk::checkHealth(const QString& channelId)
{
    m_monitor->checkHealth(channelId);
}

void LocalDesk::setHealthChecksActive(bool active)
{
    m_monitor->setHealthChecksActive(active);
}

QFuture<Result<QList<ChannelEvent>>> LocalDesk::channelEvents(const QString& channelId, int limit)
{
    // On the reader's thread, sharing its connection.
    return m_log->run([path = m_databasePath, channelId, limit](const ConversationReader&) {
        return MessageStore(path).recentEvents(channelId, limit);
    });
}

QString LocalDesk::cloudHealthProblem(const QString& channelId) const
{
    return m_monitor->healthProblem(channelId);
}

ReceiverStatus LocalDesk::receiverStatus() const
{
    if (!m_receiver) {
        ReceiverStatus status;
        status.state = ReceiverStatus::State::Stopped;
        status.text = tr("Receiver stopped");
        return status;
    }
    return m_receiver->status();
}

QFuture<Status> LocalDesk::applyReceiverSettings(const ReceiverSettings& settings)
{
    if (!m_receiver)
        return QtFuture::makeReadyFuture(Status(Done{}));
    return m_receiver->applySettings(settings);
}

ApiServerStatus LocalDesk::apiServerStatus() const
{
    return m_api->status();
}

QFuture<Status> LocalDesk::applyApiSettings(const ApiSettings& settings)
{
    // Applied through the settings' change signal when the window runs the API.
    return QtFuture::makeReadyFuture(m_settings->setApi(settings));
}

QFuture<Result<QList<ApiKeyInfo>>> LocalDesk::apiKeys()
{
    return m_api->keys();
}

QFuture<Result<NewApiKey>> LocalDesk::createApiKey(const QString& name, ApiRole role, int ratePerMinute)
{
    return m_api->createKey(name, role, ratePerMinute);
}

QFuture<Status> LocalDesk::revokeApiKey(const QString& name)
{
    return m_api->revokeKey(name);
}

QFuture<Result<QList<AuditEntry>>> LocalDesk::auditLog(int limit)
{
    return m_api->auditLog(limit);
}

QFuture<Result<QList<RefusalCount>>> LocalDesk::refusalCounts(int limit)
{
    return m_api->refusalCounts(limit);
}

QFuture<Result<QList<ConversationRow>>> LocalDesk::conversations(const QString& channelId, int limit,
                                                                 const std::optional<ConversationKey>& after,
                                                                 const ConversationFilter& filter)
{
    return m_log->run([channelId, limit, after, filter](const ConversationReader& reader) {
        return reader.conversations(channelId, limit, after, filter);
    });
}

namespace {

QFuture<Status> handoffStatus(QFuture<Result<std::optional<HandoffChange>>> future, qint64 conversationId)
{
    return future.then([conversationId](const Result<std::optional<HandoffChange>>& result) -> Status {
        if (!result.ok())
            return result.error();
        if (!result.value())
            return Error{int(ErrorCode::InvalidInput),
                         LocalDesk::tr("There is no conversation %1.").arg(conversationId)};
        return Done{};
    });
}

} // namespace

QFuture<Status> LocalDesk::takeOverConversation(qint64 conversationId)
{
    return handoffStatus(
        m_handoff->set(conversationId, true, OperatorName::current(), QStringLiteral("window")),
        conversationId);
}

QFuture<Status> LocalDesk::returnConversationToBot(qint64 conversationId)
{
    return handoffStatus(
        m_handoff->set(conversationId, false, OperatorName::current(), QStringLiteral("window")),
        conversationId);
}

QFuture<Result<std::optional<HandoffChange>>> LocalDesk::setHandoff(qint64 conversationId, bool takenOver,
                                                                    const QString& by)
{
    return m_handoff->set(conversationId, takenOver, by, {});
}

QFuture<Result<std::optional<ConversationRow>>> LocalDesk::conversation(qint64 conversationId)
{
    return m_log->run(
        [conversationId](const ConversationReader& reader) { return reader.conversation(conversationId); });
}

QFuture<Result<std::optional<ConversationRow>>> LocalDesk::conversationWith(const QString& channelId,
                                                                            const QString& peer)
{
    return m_log->run(
        [channelId, peer = MessageRules::normalisePeer(peer)](const ConversationReader& reader) {
            return reader.conversationWith(channelId, peer);
        });
}

QFuture<Result<QList<MessageRow>>>
LocalDesk::olderMessages(qint64 conversationId, const std::optional<MessageKey>& before, int limit)
{
    return m_log->run([conversationId, before, limit](const ConversationReader& reader) {
        return reader.olderMessages(conversationId, before, limit);
    });
}

QFuture<Result<QList<MessageRow>>> LocalDesk::newerMessages(qint64 conversationId, const MessageKey& from,
                                                            const std::optional<MessageKey>& to, int limit)
{
    return m_log->run([conversationId, from, to, limit](const ConversationReader& reader) {
        return reader.newerMessages(conversationId, from, to, limit);
    });
}

QFuture<Result<std::optional<MessageKey>>> LocalDesk::messageKey(qint64 messageId)
{
    return m_log->run([messageId](const ConversationReader& reader) { return reader.messageKey(messageId); });
}

QFuture<Result<QList<SearchHit>>> LocalDesk::search(const QString& text, const QString& channelId, int limit)
{
    return m_log->run([text, channelId, limit](const ConversationReader& reader) {
        return reader.search(text, channelId, limit);
    });
}

QFuture<Status> LocalDesk::markConversationRead(qint64 conversationId)
{
    QFuture<Status> marked = m_log->run([conversationId](const ConversationReader& reader) {
        return reader.markConversationRead(conversationId);
    });
    // Other views (unread counts, the tray) follow the change like any other.
    whenFinished(marked, this, [this](const Status&) { m_log->notifyChanged(); });
    return marked;
}

GatewayAdapter* LocalDesk::adapter(const QString& channelId) const
{
    return m_linked->adapter(channelId);
}

bool LocalDesk::canSend(const QString& channelId) const
{
    if (GatewayAdapter* link = adapter(channelId))
        return link->status().state == LinkState::Connected;
    const auto target = channel(channelId);
    if (target && target->kind == ChannelKinds::weCom())
        return target->enabled;
    return m_outbound->canSend(channelId);
}

WeComTokenState LocalDesk::weComTokenState(const QString& channelId) const
{
    return m_weCom->tokenState(channelId);
}

void LocalDesk::send(const SendRequest& request)
{
    const auto target = channel(request.channelId);
    if (target && target->kind == ChannelKinds::whatsAppLinked()) {
        m_linkedSender->send(request);
        return;
    }
    if (target && target->kind == ChannelKinds::weCom()) {
        m_weCom->send(request);
        return;
    }
    m_outbound->submit(request);
}

void LocalDesk::markRead(const QString& channelId, const QString& messageId, bool typing)
{
    m_outbound->markRead(channelId, messageId, typing);
}

void LocalDesk::clearOptOut(const QString& channelId, const QString& peer)
{
    m_outbound->clearOptOut(channelId, peer);
}

void LocalDesk::queryConversation(const QString& channelId, const QString& peer)
{
    m_outbound->queryConversation(channelId, peer);
}

void LocalDesk::queryOutboundItem(qint64 id)
{
    m_outbound->queryItem(id);
}

void LocalDesk::refreshSendUsage(const QStringList& channelIds)
{
    m_outbound->refreshUsage(channelIds);
}

void LocalDesk::fetchTemplates(const QString& channelId, bool reload)
{
    m_outbound->fetchTemplates(channelId, reload);
}

void LocalDesk::downloadMedia(const QString& channelId, const QString& mediaId, const QString& filePath)
{
    m_outbound->downloadMedia(channelId, mediaId, filePath);
}

void LocalDesk::cancelMediaDownload(const QString& mediaId)
{
    m_outbound->cancelDownload(mediaId);
}

void LocalDesk::describeMedia(const QString& channelId, const QString& mediaId)
{
    m_outbound->describeMedia(channelId, mediaId);
}

bool LocalDesk::hasLink(const QString& channelId) const
{
    return adapter(channelId) != nullptr;
}

LinkStatus LocalDesk::linkStatus(const QString& channelId) const
{
    GatewayAdapter* link = adapter(channelId);
    return link ? link->status() : LinkStatus{};
}

PairingQr LocalDesk::pairingQr(const QString& channelId) const
{
    GatewayAdapter* link = adapter(channelId);
    return link ? link->currentQr() : PairingQr{};
}

bool LocalDesk::supportsPairingCode(const QString& channelId) const
{
    GatewayAdapter* link = adapter(channelId);
    return link && link->supportsPairingCode();
}

void LocalDesk::connectLink(const QString& channelId)
{
    if (GatewayAdapter* link = adapter(channelId))
        link->open();
}

void LocalDesk::stopLink(const QString& channelId)
{
    if (GatewayAdapter* link = adapter(channelId))
        link->stop();
}

void LocalDesk::restartPairing(const QString& channelId)
{
    if (GatewayAdapter* link = adapter(channelId))
        link->restartPairing();
}

void LocalDesk::logoutLink(const QString& channelId)
{
    if (GatewayAdapter* link = adapter(channelId))
        link->logout();
}

void LocalDesk::requestPairingCode(const QString& channelId, const QString& phoneNumber)
{
    if (GatewayAdapter* link = adapter(channelId))
        link->requestPairingCode(phoneNumber);
    else
        emit linkErrorOccurred(channelId, tr("The channel has no gateway session; enable it first."));
}

} // namespace ChannelDesk
