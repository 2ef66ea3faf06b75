// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The Desk of a data directory on this machine: composes the channel manager, the gateway
//! sessions, the webhook receiver, the outbound queue, the conversation log reader and the channel
//! monitor in this process. The window and `serve` both run on one of these.

#include "desk/Desk.h"
#include "linking/LinkedChannelController.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ChannelDesk {

class ApiController;
class ChannelManager;
class SecretStore;
class ChannelMonitor;
class ConnectionChecker;
class HandoffController;
struct HandoffChange;
class LinkedSender;
class WeComSender;
class Clock;
class LogDataSource;
class MemorySecretStore;
class OutboundController;
class ReceiverController;

class LocalDesk : public Desk
{
    Q_OBJECT

public:
    struct Options
    {
        //! Not owned; must outlive the desk. Default: the OS keychain.
        SecretStore* secrets = nullptr;
        //! Run the webhook receiver as the settings say (off for views that only read).
        bool receiver = true;
        //! `serve --listen`: the receiver listens here instead of where the settings say.
        std::optional<ReceiverSettings> fixedReceiver;
        //! Every request's log line, called on the receiver's threads (see ReceiverController).
        std::function<void(const QString&)> requestLog;
        //! Whether channel figures are read again soon after every store change (views that show
        //! them) or only every 30 s (`serve`).
        bool followStoreChanges = true;
        //! How long stopping gives the conversation log to catch up; 0 keeps the default.
        int stopDrainMs = 0;
        //! Replaces how gateway adapters are made (tests).
        LinkedChannelController::AdapterFactory adapterFactory;
        //! Run the server API as the settings say (the window; `serve` runs its own from options).
        bool apiFromSettings = false;
        //! Smaller reconnect values for tests; 0 keeps the defaults.
        int linkMaxAttempts = 0;
        int linkInitialBackoffMs = 0;
        int linkMaxBackoffMs = 0;
    };

    //! dataDirectory must exist (DataDirectory::resolve()).
    LocalDesk(QString dataDirectory, Options options, QObject* parent = nullptr);
    //! Stops the receiver, answering the deliveries being committed first.
    ~LocalDesk() override;

    QString dataDirectory() const { return m_dataDirectory; }
    //! Not owned. Default: the system clock.
    void setClock(const Clock* clock);
    //! The channel monitor, for `serve` and for tests that feed it health results.
    ChannelMonitor* monitor() const { return m_monitor; }
    //! Where secrets go now: the keychain, or memory after useMemorySecrets().
    SecretStore* secretStore() const;

    QString location() const override;
    Settings* settings() const override;
    DeskConnection connection() const override { return {}; }
    void trustCertificate(const QString&) override { }

    QFuture<Status> loadChannels() override;
    bool isLoaded() const override { return m_loaded; }
    QList<Channel> channels() const override;
    std::optional<Channel> channel(const QString& id) const override;
    QFuture<Status> saveChannels(const QList<ChannelDraft>& drafts) override;
    QFuture<Status> removeChannel(const QString& id) override;
    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) override;
    void useMemorySecrets() override;
    QFuture<SecretResult> probeKeychain() override;
    QFuture<ConnectionCheck> testConnection(const ConnectionCheckRequest& request) override;

    QList<ChannelState> channelStates() const override;
    QList<ChannelActivity> channelActivity() const override;
    std::optional<CloudHealth> cloudHealth(const QString& channelId) const override;
    bool isCheckingHealth(const QString& channelId) const override;
    void refreshActivity() override;
    void checkHealth(const QString& channelId) override;
    void setHealthChecksActive(bool active) override;
    QFuture<Result<QList<ChannelEvent>>> channelEvents(const QString& channelId, int limit) override;
    QString cloudHealthProblem(const QString& channelId) const override;

    ReceiverStatus receiverStatus() const override;
    QFuture<Status> applyReceiverSettings(const ReceiverSettings& settings) override;

    ApiServerStatus apiServerStatus() const override;
    QFuture<Status> applyApiSettings(const ApiSettings& settings) override;
    QFuture<Result<QList<ApiKeyInfo>>> apiKeys() override;
    QFuture<Result<NewApiKey>> createApiKey(const QString& name, ApiRole role, int ratePerMinute) override;
    QFuture<Status> revokeApiKey(const QString& name) override;
    QFuture<Result<QList<AuditEntry>>> auditLog(int limit) override;
    QFuture<Result<QList<RefusalCount>>> refusalCounts(int limit) override;

    BotHealth botHealth(const QString& channelId) const override;
    QFuture<Result<QList<BotMinute>>> botHistory(const QString& channelId) override;
    QFuture<Result<qint64>> retryParkedForwards(const QString& channelId) override;

    QFuture<DiskUsage> diskUsage() override;

    QFuture<Result<QList<ConversationRow>>> conversations(const QString& channelId, int limit,
                                                          const std::optional<ConversationKey>& after,
                                                          const ConversationFilter& filter = {}) override;
    QFuture<Result<std::optional<ConversationRow>>> conversation(qint64 conversationId) override;
    QFuture<Result<std::optional<ConversationRow>>> conversationWith(const QString& channelId,
                                                                     const QString& peer) override;
    QFuture<Result<QList<MessageRow>>>
    olderMessages(qint64 conversationId, const std::optional<MessageKey>& before, int limit) override;
    QFuture<Result<QList<MessageRow>>> newerMessages(qint64 conversationId, const MessageKey& from,
                                                     const std::optional<MessageKey>& to, int limit) override;
    QFuture<Result<std::optional<MessageKey>>> messageKey(qint64 messageId) override;
    QFuture<Result<QList<SearchHit>>> search(const QString& text, const QString& channelId,
                                             int limit) override;
    QFuture<Status> markConversationRead(qint64 conversationId) override;

    //! The window's take-over and return, audited under the operator's login name.
    QFuture<Status> takeOverConversation(qint64 conversationId) override;
    QFuture<Status> returnConversationToBot(qint64 conversationId) override;
    //! For the server API, which names the key and audits the call itself. The answer holds the
    //! row as it is now; it is empty when there is no such conversation.
    QFuture<Result<std::optional<HandoffChange>>> setHandoff(qint64 conversationId, bool takenOver,
                                                             const QString& by);

    bool canSend(const QString& channelId) const override;
    WeComTokenState weComTokenState(const QString& channelId) const override;
    void send(const SendRequest& request) override;
    void markRead(const QString& channelId, const QString& messageId, bool typing) override;
    void clearOptOut(const QString& channelId, const QString& peer) override;
    void queryConversation(const QString& channelId, const QString& peer) override;
    void queryOutboundItem(qint64 id) override;
    void refreshSendUsage(const QStringList& channelIds) override;
    void fetchTemplates(const QString& channelId, bool reload) override;
    void downloadMedia(const QString& channelId, const QString& mediaId, const QString& filePath) override;
    void cancelMediaDownload(const QString& mediaId) override;
    void describeMedia(const QString& channelId, const QString& mediaId) override;

    bool hasLink(const QString& channelId) const override;
    LinkStatus linkStatus(const QString& channelId) const override;
    PairingQr pairingQr(const QString& channelId) const override;
    bool supportsPairingCode(const QString& channelId) const override;
    void connectLink(const QString& channelId) override;
    void stopLink(const QString& channelId) override;
    void restartPairing(const QString& channelId) override;
    void logoutLink(const QString& channelId) override;
    void requestPairingCode(const QString& channelId, const QString& phoneNumber) override;

private:
    GatewayAdapter* adapter(const QString& channelId) const;
    //! Follows the forwarder's health reports, announcing them coalesced (LocalDeskBridge.cpp).
    void watchBotHealth();

    QString m_dataDirectory;
    QString m_databasePath;
    Settings* m_settings;
    QPointer<SecretStore> m_secrets;
    MemorySecretStore* m_memorySecrets = nullptr;
    QNetworkAccessManager* m_network;
    ChannelManager* m_manager;
    LinkedChannelController* m_linked;
    LogDataSource* m_log;
    OutboundController* m_outbound;
    ChannelMonitor* m_monitor;
    ConnectionChecker* m_checker;
    LinkedSender* m_linkedSender;
    WeComSender* m_weCom;
    ReceiverController* m_receiver = nullptr;
    HandoffController* m_handoff;
    ApiController* m_api;
    bool m_loaded = false;
    //! Channels whose bot health changed since botHealthChanged() was last emitted.
    QSet<QString> m_botHealthDirty;
    QTimer m_botHealthTimer;
};

} // namespace ChannelDesk
