// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LocalDesk.h"

#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "desk/ChannelMonitor.h"
#include "outbound/OutboundController.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/LogDataSource.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "util/WhenFinished.h"
#include "webhook/ReceiverController.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPromise>

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
{
    if (options.adapterFactory)
        m_linked->setAdapterFactory(options.adapterFactory);
    if (options.linkMaxAttempts > 0)
        m_linked->setRetryPolicy(options.linkMaxAttempts, options.linkInitialBackoffMs,
                                 options.linkMaxBackoffMs);
    connect(m_manager, &ChannelManager::channelsChanged, this, &Desk::channelsChanged);
    // Everything that depends on a setting follows it while running.
    m_outbound->setLimits(m_settings->sendLimits());
    m_linked->setOptOutWords(m_settings->optOutWords());
    connect(m_settings, &Settings::changed, this, [this](Settings::Section section) {
        if (section == Settings::Section::SendLimits)
            m_outbound->setLimits(m_settings->sendLimits());
        else if (section == Settings::Section::OptOutWords)
            m_linked->setOptOutWords(m_settings->optOutWords());
    });

    connect(m_monitor, &ChannelMonitor::statesChanged, this, &Desk::channelStatesChanged);
    connect(m_monitor, &ChannelMonitor::activityChanged, this, &Desk::channelActivityChanged);
    connect(m_monitor, &ChannelMonitor::healthCheckStarted, this, &Desk::healthCheckStarted);
    connect(m_monitor, &ChannelMonitor::healthChanged, this, &Desk::cloudHealthChanged);
    connect(m_log, &LogDataSource::storeChanged, this, &Desk::conversationsChanged);

    connect(m_linked, &LinkedChannelController::storeChanged, m_log, &LogDataSource::notifyChanged);
    connect(m_linked, &LinkedChannelController::adaptersChanged, this, &Desk::linksChanged);
    connect(m_linked, &LinkedChannelController::adapterProblem, this, &Desk::problemReported);
    connect(m_linked, &LinkedChannelController::linkStatusChanged, this, &Desk::linkStatusChanged);
    connect(m_linked, &LinkedChannelController::pairingQrChanged, this, &Desk::pairingQrChanged);
    connect(m_linked, &LinkedChannelController::pairingCodeReceived, this, &Desk::pairingCodeReceived);
    connect(m_linked, &LinkedChannelController::linkErrorOccurred, this, &Desk::linkErrorOccurred);
    connect(m_linked, &LinkedChannelController::linkSendFinished, this, &LocalDesk::onLinkedSendFinished);

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
        m_receiver->start();
    }
}

LocalDesk::~LocalDesk()
{
    // The receiver answers what it holds before the store it writes to goes away.
    delete m_receiver;
    // Health checks use the network access manager, an earlier child.
    delete m_monitor;
}

void LocalDesk::setClock(const Clock* clock)
{
    m_monitor->setClock(clock);
}

QString LocalDesk::location() const
{
    return tr("local");
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
    auto promise = std::make_shared<QPromise<ConnectionCheck>>();
    promise->start();
    QFuture<ConnectionCheck> future = promise->future();
    const auto finish = [promise](const ConnectionCheck& check) {
        promise->addResult(check);
        promise->finish();
    };
    const auto run = [this, request, promise, finish](const QString& token) {
        if (promise->isCanceled()) {
            finish(ConnectionCheck{ConnectionCheck::Outcome::Cancelled, {}, {}, {}, {}, {}});
            return;
        }
        GraphEndpoint endpoint{request.graphBaseUrl, request.apiVersion, token};
        if (endpoint.baseUrl.isEmpty() || endpoint.apiVersion.isEmpty()) {
            Channel defaults;
            const GraphEndpoint fallback = GraphEndpoint::forChannel(defaults, token);
            if (endpoint.baseUrl.isEmpty())
                endpoint.baseUrl = fallback.baseUrl;
            if (endpoint.apiVersion.isEmpty())
                endpoint.apiVersion = fallback.apiVersion;
        }
        auto* test = new ConnectionTest(m_network, endpoint, request.phoneNumberId, this);
        if (request.timeoutMs > 0)
            test->setTimeout(request.timeoutMs);
        // Cancelling the caller's future aborts Meta's request; finished() still follows.
        auto* watcher = new QFutureWatcher<ConnectionCheck>(test);
        connect(watcher, &QFutureWatcher<ConnectionCheck>::canceled, test, &ConnectionTest::cancel);
        watcher->setFuture(promise->future());
        connect(test, &ConnectionTest::finished, this, [test, finish] {
            test->deleteLater();
            ConnectionCheck check;
            check.info = test->info();
            check.warnings = test->warnings();
            if (test->succeeded()) {
                check.outcome = ConnectionCheck::Outcome::Ok;
                check.successText = test->successText();
            } else if (test->error().kind == GraphError::Kind::Cancelled) {
                check.outcome = ConnectionCheck::Outcome::Cancelled;
            } else {
                check.failureText = test->failureText();
                check.details = MetaErrorDecoder::technicalDetails(test->error());
            }
            finish(check);
        });
        test->start();
    };
    if (request.channelId.isEmpty()) {
        run(request.accessToken);
        return future;
    }
    whenFinished(
        m_manager->readSecret(request.channelId, CloudApiFields::accessToken()), this,
        [run, finish](const SecretResult& result) {
            if (result.ok()) {
                run(result.value);
                return;
            }
            ConnectionCheck check;
            check.failureText = result.code == SecretResult::Code::NotFound
                ? tr("No access token is stored for this channel. Click Replace… next to Access "
                     "token to enter one.")
                : tr("Cannot read the access token. %1").arg(ChannelManager::secretError(result).message);
            finish(check);
        });
    return future;
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

QFuture<Result<QList<ConversationRow>>> LocalDesk::conversations(const QString& channelId, int limit,
                                                                 const std::optional<ConversationKey>& after)
{
    return m_log->run([channelId, limit, after](const ConversationReader& reader) {
        return reader.conversations(channelId, limit, after);
    });
}

QFuture<Result<std::optional<ConversationRow>>> LocalDesk::conversation(qint64 conversationId)
{
    return m_log->run(
        [conversationId](const ConversationReader& reader) { return reader.conversation(conversationId); });
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
    return m_outbound->canSend(channelId);
}

void LocalDesk::send(const SendRequest& request)
{
    const auto target = channel(request.channelId);
    if (target && target->kind == ChannelKinds::whatsAppLinked()) {
        sendLinked(request);
        return;
    }
    m_outbound->submit(request);
}

void LocalDesk::sendLinked(const SendRequest& request)
{
    GatewayAdapter* link = adapter(request.channelId);
    if (!link || link->status().state != LinkState::Connected) {
        emit sendRefused(
            request.reference,
            SendRefusal{SendCode::NotConnected,
                        tr("The number is not linked right now; the reply can be sent once it is."),
                        {}});
        return;
    }
    if (request.content.kind != OutboundContent::Kind::Text) {
        emit sendRefused(request.reference,
                         SendRefusal{SendCode::SendFailed,
                                     tr("Linked devices can only send text through ChannelDesk."),
                                     {}});
        return;
    }
    OutboundItem item;
    item.id = m_nextLinkedId--;
    item.channelId = request.channelId;
    item.peer = request.to;
    item.content = request.content;
    item.state = QStringLiteral("sending");
    item.source = request.source;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.updatedAt = item.createdAt;
    // The gateway's reference is ours, so two front ends' references can never collide.
    const QString reference = QStringLiteral("desk-%1").arg(-item.id);
    // A session replaced without being closed (closing reports unfinished sends) never answers.
    const auto replaced = connect(link, &QObject::destroyed, this, [this, reference] {
        onLinkedSendFinished({}, reference, {},
                             tr("The connection to the gateway was replaced before it confirmed the reply; "
                                "check the chat on the phone before sending it again."));
    });
    m_linkedSends.insert(reference, LinkedSend{request.reference, item, replaced});
    emit sendQueued(request.reference, item);
    link->sendText(request.to, request.content.text, reference);
}

void LocalDesk::onLinkedSendFinished(const QString&, const QString& reference, const QString& messageId,
                                     const QString& error)
{
    auto it = m_linkedSends.find(reference);
    if (it == m_linkedSends.end())
        return;
    OutboundItem item = it->item;
    disconnect(it->replaced);
    m_linkedSends.erase(it);
    item.updatedAt = QDateTime::currentDateTimeUtc();
    if (messageId.isEmpty()) {
        item.state = QStringLiteral("failed");
        item.error = error.isEmpty() ? tr("The reply was not sent.") : error;
    } else {
        item.state = QStringLiteral("accepted");
        item.messageId = messageId;
        item.acceptedAt = item.updatedAt;
    }
    emit outboundItemChanged(item);
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
        link->close();
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
