// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one interface a front end (the window, the tray, the CLI, the server API) uses to work with
//! a set of channels: channels and their live state, conversations and messages, sending, pairing
//! of linked devices, channel setup and settings. Every call that may touch the disk, the keychain
//! or the network is asynchronous (a QFuture, or an answer through a signal); what is cached
//! (channels, states, link status, receiver status) can be read at once and is announced by a
//! change signal. Arguments and answers are plain value types, so an implementation may sit on
//! the other side of a network connection. LocalDesk is the in-process implementation.

#include "model/TemplateInfo.h"
#include "channels/Channel.h"
#include "desk/ConnectionCheck.h"
#include "model/ReceiverStatus.h"
#include "health/ChannelActivity.h"
#include "health/ChannelStateSummary.h"
#include "health/CloudHealth.h"
#include "model/LinkTypes.h"
#include "model/SendRequest.h"
#include "model/SendUsage.h"
#include "model/SecretResult.h"
#include "settings/ReceiverSettings.h"
#include "model/ConversationRows.h"
#include "model/ServiceWindow.h"
#include "model/ChannelEvent.h"
#include "model/ApiKeyInfo.h"
#include "model/ApiServerStatus.h"
#include "model/DeskConnection.h"
#include "model/DiskUsage.h"
#include "model/AuditEntry.h"
#include "model/BotHealth.h"
#include "model/BotMinute.h"
#include "model/RefusalCount.h"
#include "model/WeComTokenState.h"
#include "settings/ApiSettings.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace ChannelDesk {

class Settings;

class Desk : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    //! Where the channels live: the local data directory, or the server's host:port.
    virtual QString location() const = 0;
    //! Shared settings (receiver, notifications, send limits, opt-out words). A remote desk's are
    //! the console's own (notifications); the server's are changed on the server.
    virtual Settings* settings() const = 0;
    //! Local, or the server, the key's name and role and the connection's state.
    virtual DeskConnection connection() const = 0;
    //! Trusts the server certificate with this SHA-256 fingerprint from now on (after the user was
    //! shown it for an UntrustedCertificate connection) and connects again. Local desks ignore it.
    virtual void trustCertificate(const QString& fingerprint) = 0;

    // Channels ---------------------------------------------------------------------------------
    //! Reads the channel list; until it finishes, channels() is empty and isLoaded() false.
    virtual QFuture<Status> loadChannels() = 0;
    virtual bool isLoaded() const = 0;
    virtual QList<Channel> channels() const = 0;
    virtual std::optional<Channel> channel(const QString& id) const = 0;
    //! All or nothing: secrets first, then the rows in one transaction.
    virtual QFuture<Status> saveChannels(const QList<ChannelDraft>& drafts) = 0;
    //! Removes the channel's secrets, then the channel.
    virtual QFuture<Status> removeChannel(const QString& id) = 0;
    //! A stored secret of a channel (for masking, copying the verify token, testing).
    virtual QFuture<SecretResult> readSecret(const QString& channelId, const QString& field) = 0;
    //! No keychain was found: keep this run's secrets in memory instead.
    virtual void useMemorySecrets() = 0;
    //! Checks whether the keychain answers; ok or NotFound means it works.
    virtual QFuture<SecretResult> probeKeychain() = 0;
    //! Asks Meta for the number's details with the given (or the channel's stored) credentials.
    //! Cancelling the future cancels the request.
    virtual QFuture<ConnectionCheck> testConnection(const ConnectionCheckRequest& request) = 0;

    // Channel state ----------------------------------------------------------------------------
    virtual QList<ChannelState> channelStates() const = 0;
    virtual QList<ChannelActivity> channelActivity() const = 0;
    virtual std::optional<CloudHealth> cloudHealth(const QString& channelId) const = 0;
    virtual bool isCheckingHealth(const QString& channelId) const = 0;
    //! Reads the activity figures again (also done periodically and when the store changes).
    virtual void refreshActivity() = 0;
    //! A WeCom channel's access token as last seen (weComTokenStateChanged() when it changes). A
    //! remote desk answers Unknown: the server's tokens stay on the server.
    virtual WeComTokenState weComTokenState(const QString& channelId) const
    {
        Q_UNUSED(channelId);
        return {};
    }
    //! Asks Meta about a Cloud API channel's health now.
    virtual void checkHealth(const QString& channelId) = 0;
    //! Whether periodic health checks may run (the window switches them off while hidden, and
    //! tests switch them off entirely).
    virtual void setHealthChecksActive(bool active) = 0;
    virtual QFuture<Result<QList<ChannelEvent>>> channelEvents(const QString& channelId, int limit) = 0;
    //! Why the last health check could not be made (e.g. no token stored); empty otherwise.
    virtual QString cloudHealthProblem(const QString& channelId) const = 0;

    // Receiver ---------------------------------------------------------------------------------
    virtual ReceiverStatus receiverStatus() const = 0;
    //! Saves the receiver settings and restarts the receiver with them.
    virtual QFuture<Status> applyReceiverSettings(const ReceiverSettings& settings) = 0;

    // Server API -------------------------------------------------------------------------------
    //! Whether this desk's server API runs (the window's, when switched on in the settings).
    virtual ApiServerStatus apiServerStatus() const = 0;
    //! Saves the API settings and starts, restarts or stops the API accordingly.
    virtual QFuture<Status> applyApiSettings(const ApiSettings& settings) = 0;
    virtual QFuture<Result<QList<ApiKeyInfo>>> apiKeys() = 0;
    //! The new key's text is in the answer only: nothing keeps it.
    virtual QFuture<Result<NewApiKey>> createApiKey(const QString& name, ApiRole role, int ratePerMinute) = 0;
    virtual QFuture<Status> revokeApiKey(const QString& name) = 0;
    //! The newest entries of the audit log, and of the refused-request counts, newest first.
    virtual QFuture<Result<QList<AuditEntry>>> auditLog(int limit) = 0;
    virtual QFuture<Result<QList<RefusalCount>>> refusalCounts(int limit) = 0;

    // Bot bridge -------------------------------------------------------------------------------
    //! The channel's bot as the forwarder sees it (cached; botHealthChanged() when it changes). A
    //! channel without forward_url, or a desk that does not forward, answers paused.
    virtual BotHealth botHealth(const QString& channelId) const = 0;
    //! Forwarded and failed attempts per minute over the last 24 h, oldest first, minutes without
    //! attempts left out.
    virtual QFuture<Result<QList<BotMinute>>> botHistory(const QString& channelId) = 0;
    //! Sends the parked deliveries of the channel (of all channels when empty) again, from their
    //! first attempt; answers how many were queued again.
    virtual QFuture<Result<qint64>> retryParkedForwards(const QString& channelId) = 0;

    // Storage ----------------------------------------------------------------------------------
    //! The data directory's files and the free space of its disk; a remote desk answers the
    //! server's (from its /health), or an invalid value when the server does not say.
    virtual QFuture<DiskUsage> diskUsage() = 0;

    // Conversations ----------------------------------------------------------------------------
    //! filter narrows the list in the query (e.g. to taken-over conversations), so pages stay right.
    virtual QFuture<Result<QList<ConversationRow>>> conversations(const QString& channelId, int limit,
                                                                  const std::optional<ConversationKey>& after,
                                                                  const ConversationFilter& filter = {})
        = 0;
    virtual QFuture<Result<std::optional<ConversationRow>>> conversation(qint64 conversationId) = 0;
    //! The conversation with peer ("+49 151…", a number or a JID) on the channel, if there is one.
    virtual QFuture<Result<std::optional<ConversationRow>>> conversationWith(const QString& channelId,
                                                                             const QString& peer)
        = 0;
    virtual QFuture<Result<QList<MessageRow>>>
    olderMessages(qint64 conversationId, const std::optional<MessageKey>& before, int limit) = 0;
    virtual QFuture<Result<QList<MessageRow>>> newerMessages(qint64 conversationId, const MessageKey& from,
                                                             const std::optional<MessageKey>& to, int limit)
        = 0;
    virtual QFuture<Result<std::optional<MessageKey>>> messageKey(qint64 messageId) = 0;
    virtual QFuture<Result<QList<SearchHit>>> search(const QString& text, const QString& channelId, int limit)
        = 0;
    virtual QFuture<Status> markConversationRead(qint64 conversationId) = 0;

    // Handoff ----------------------------------------------------------------------------------
    //! A person answers the conversation: its deliveries are no longer passed to the bot (audited).
    virtual QFuture<Status> takeOverConversation(qint64 conversationId) = 0;
    //! The bot answers it again, from the next delivery on; those that came meanwhile stay unforwarded.
    virtual QFuture<Status> returnConversationToBot(qint64 conversationId) = 0;

    // Sending ----------------------------------------------------------------------------------
    //! Whether replies can be sent on the channel now (Cloud API: its token is loaded; linked: the
    //! device is linked).
    virtual bool canSend(const QString& channelId) const = 0;
    //! Queues a message. Answered with sendQueued() or sendRefused() with the same reference, then
    //! outboundItemChanged() as it progresses. Linked channels send through their gateway.
    virtual void send(const SendRequest& request) = 0;
    virtual void markRead(const QString& channelId, const QString& messageId, bool typing) = 0;
    virtual void clearOptOut(const QString& channelId, const QString& peer) = 0;
    //! Answered with conversationStateChanged().
    virtual void queryConversation(const QString& channelId, const QString& peer) = 0;
    //! Answered with outboundItemChanged().
    virtual void queryOutboundItem(qint64 id) = 0;
    //! Answered with sendUsageChanged() per channel.
    virtual void refreshSendUsage(const QStringList& channelIds) = 0;
    //! Answered with templatesLoaded(); cached per channel until reload.
    virtual void fetchTemplates(const QString& channelId, bool reload) = 0;
    virtual void downloadMedia(const QString& channelId, const QString& mediaId, const QString& filePath) = 0;
    virtual void cancelMediaDownload(const QString& mediaId) = 0;
    //! What Meta says of a media file without downloading it (its size: webhooks do not carry
    //! it). Answered with mediaDescribed().
    virtual void describeMedia(const QString& channelId, const QString& mediaId) = 0;

    // Linked devices ---------------------------------------------------------------------------
    //! Whether a gateway session is kept for the channel (an enabled linked channel).
    virtual bool hasLink(const QString& channelId) const = 0;
    virtual LinkStatus linkStatus(const QString& channelId) const = 0;
    virtual PairingQr pairingQr(const QString& channelId) const = 0;
    virtual bool supportsPairingCode(const QString& channelId) const = 0;
    virtual void connectLink(const QString& channelId) = 0;
    virtual void stopLink(const QString& channelId) = 0;
    //! Starts a new pairing window, so fresh codes come.
    virtual void restartPairing(const QString& channelId) = 0;
    //! Unlinks the device at the gateway.
    virtual void logoutLink(const QString& channelId) = 0;
    //! Answered with pairingCodeReceived() or linkErrorOccurred().
    virtual void requestPairingCode(const QString& channelId, const QString& phoneNumber) = 0;

signals:
    void connectionChanged();
    void channelsChanged();
    //! Any channel's state, reason or token expiry may have changed (also on every clock tick).
    void channelStatesChanged(const QList<ChannelDesk::ChannelState>& states);
    void channelActivityChanged(const QList<ChannelDesk::ChannelActivity>& activity);
    void healthCheckStarted(const QString& channelId);
    void cloudHealthChanged(const QString& channelId);
    void channelEventRecorded(const ChannelDesk::ChannelEvent& event);
    void receiverStatusChanged();
    void apiServerStatusChanged();
    void weComTokenStateChanged(const QString& channelId);
    //! The channel's botHealth() may have changed (coalesced: at most about twice a second).
    void botHealthChanged(const QString& channelId);
    //! The conversation log may hold new data: views refresh what they show.
    void conversationsChanged();
    //! A conversation was taken over by a person or given back to the bot (views refresh).
    void conversationHandoffChanged(qint64 conversationId, bool takenOver);
    //! A channel-level problem to show briefly (e.g. a gateway could not be created).
    void problemReported(const QString& channelId, const QString& message);

    void sendQueued(const QString& reference, const ChannelDesk::OutboundItem& item);
    void sendRefused(const QString& reference, const ChannelDesk::SendRefusal& refusal);
    void outboundItemChanged(const ChannelDesk::OutboundItem& item);
    void markReadFinished(const QString& messageId, const QString& error);
    void conversationStateChanged(const QString& channelId, const QString& peer,
                                  const ChannelDesk::ServiceWindow& window, bool optedOut);
    void sendUsageChanged(const QString& channelId, const ChannelDesk::SendUsage& usage);
    void templatesLoaded(const QString& channelId, const QList<ChannelDesk::TemplateInfo>& templates,
                         const QString& status);
    void mediaProgress(const QString& mediaId, qint64 received, qint64 total);
    //! error is empty on success.
    void mediaDownloaded(const QString& mediaId, const QString& filePath, const QString& error);
    //! fileSize is 0 when Meta did not say; error is empty on success.
    void mediaDescribed(const QString& mediaId, qint64 fileSize, const QString& mimeType,
                        const QString& error);

    //! A gateway session was created, replaced or removed.
    void linksChanged();
    void linkStatusChanged(const QString& channelId, const ChannelDesk::LinkStatus& status);
    void pairingQrChanged(const QString& channelId, const ChannelDesk::PairingQr& qr);
    void pairingCodeReceived(const QString& channelId, const QString& code);
    void linkErrorOccurred(const QString& channelId, const QString& message);
};

} // namespace ChannelDesk
