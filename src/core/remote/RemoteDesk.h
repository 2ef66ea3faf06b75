// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The Desk of a window attached to a ChannelDesk server: every call goes over the server API's
//! console protocol (docs/api.md), and the live state follows the server's stream. What a LocalDesk
//! caches (channels, states, links, receiver) is kept here in memory from a snapshot that is read
//! at connect, on every reconnect and whenever the stream says it changed. Nothing of the server's
//! data is written to disk; the console's own settings (notifications, trusted certificates,
//! recent servers) live in its configuration directory.

#include "desk/Desk.h"
#include "remote/RemoteSnapshot.h"

#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QUrl>

#include <memory>

class QTimer;

namespace ChannelDesk {

class CertificatePins;
class RemoteClient;
class RemoteStream;

class RemoteDesk : public Desk
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server; //!< as ServerAddress::parse() makes it
        QString key;
        //! The console's own settings directory; empty: QStandardPaths' AppConfigLocation.
        QString consoleDirectory;
        //! Shorter reconnect backoff for tests; 0 keeps the defaults.
        int initialBackoffMs = 0;
        int maxBackoffMs = 0;
    };

    //! Starts connecting at once; connection() and connectionChanged() tell how it goes.
    explicit RemoteDesk(Options options, QObject* parent = nullptr);
    ~RemoteDesk() override;

    RemoteClient* client() const { return m_client; }

    QString location() const override;
    Settings* settings() const override;
    DeskConnection connection() const override { return m_connection; }
    void trustCertificate(const QString& fingerprint) override;

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
    BotHealth botHealth(const QString& channelId) const override;
    QFuture<Result<QList<BotMinute>>> botHistory(const QString& channelId) override;
    QFuture<Result<qint64>> retryParkedForwards(const QString& channelId) override;
    QFuture<DiskUsage> diskUsage() override;
    QFuture<Status> applyApiSettings(const ApiSettings& settings) override;
    QFuture<Result<QList<ApiKeyInfo>>> apiKeys() override;
    QFuture<Result<NewApiKey>> createApiKey(const QString& name, ApiRole role, int ratePerMinute) override;
    QFuture<Status> revokeApiKey(const QString& name) override;
    QFuture<Result<QList<AuditEntry>>> auditLog(int limit) override;
    QFuture<Result<QList<RefusalCount>>> refusalCounts(int limit) override;

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
    QFuture<Status> takeOverConversation(qint64 conversationId) override;
    QFuture<Status> returnConversationToBot(qint64 conversationId) override;

    bool canSend(const QString& channelId) const override;
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
    void connectToServer();
    void onSession(const QJsonObject& body);
    void refreshSnapshot();
    void applySnapshot(RemoteSnapshot snapshot);
    void onStreamEvent(const QJsonObject& event);
    //! Keeps the channel's bot health and says so when it changed.
    void applyBotHealth(const QString& channelId, const BotHealth& health);
    void onStreamDown(int attempt, const QDateTime& nextAttemptAt, const QString& error);
    void onRefused(const QString& error);
    void onCertificateRefused(const QString& fingerprint, const QString& pinned);
    void scheduleRetry(const QString& error);
    void setState(DeskConnection::State state, const QString& error = {});
    //! The refusal when the connection is down or the role is too low; empty when it may go on.
    QString blocked(ApiRole needed) const;
    void callAction(const QString& verb, const QJsonObject& body, const QString& channelId);

    Options m_options;
    DeskConnection m_connection;
    std::unique_ptr<CertificatePins> m_pins;
    Settings* m_settings;
    RemoteClient* m_client;
    RemoteStream* m_stream;
    QTimer* m_retryTimer;
    QTimer* m_refreshTimer; //!< coalesces snapshot reads the stream asks for
    QTimer* m_conversationsTimer; //!< coalesces conversationsChanged()
    QTimer* m_pollTimer; //!< figures that are not on the stream (activity, health)
    RemoteSnapshot m_snapshot;
    bool m_loaded = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    int m_connectAttempt = 0;
    //! Set while not connected (unreachable, untrusted): views' reads failed and are asked again.
    bool m_readsFailed = false;
    QList<std::shared_ptr<QPromise<Status>>> m_loadWaiters;
    QHash<QString, QFuture<void>> m_downloads;
};

} // namespace ChannelDesk
