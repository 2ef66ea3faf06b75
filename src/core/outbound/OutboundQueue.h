// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Sends through the Cloud API from the persisted queue. A send is checked first (channel, number,
//! opt-out, 24 h window, content, send limits) and refused with a stable code, or queued; queued
//! sends go out oldest first, one at a time per recipient (the next only after Meta accepted the
//! previous), and only retryable failures are tried again, with backoff. Everything here blocks on
//! SQLite: the GUI runs the queue on a worker thread, the CLI on its main thread.

#include "api/GraphApiClient.h"
#include "model/OutboundItem.h"
#include "model/SendRequest.h"
#include "outbound/SendRateLimiter.h"
#include "store/OutboundStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;
class QTimer;

namespace ChannelDesk {

class Clock;
class CloudMessageSender;
struct GraphError;
struct SendResult;

class OutboundQueue : public QObject
{
    Q_OBJECT

public:
    OutboundQueue(QString databasePath, const Clock* clock, QObject* parent = nullptr);
    ~OutboundQueue() override;

    void setCloudChannel(const QString& channelId, const GraphEndpoint& endpoint,
                         const QString& phoneNumberId);
    void removeChannel(const QString& channelId);
    void setLimits(const SendLimits& limits);
    //! How long one Graph API request may take (default 20 s); a request that times out is "unknown".
    void setRequestTimeout(int milliseconds);
    //! Only these rows are sent (the CLI sends its own and leaves the rest to the running console).
    void restrictTo(const QSet<qint64>& ids) { m_only = ids; }

    //! Marks rows a dead process left in "sending" as unknown, loads the send history, starts sending.
    void start();
    void submit(const SendRequest& request);
    //! Mark-as-read, optionally with the typing indicator; not queued (nothing to keep if it fails).
    void markRead(const QString& channelId, const QString& messageId, bool typing);
    void clearOptOut(const QString& channelId, const QString& peer);
    //! Emits itemChanged() with the send's current state (delivery reports arrive through the store).
    void queryItem(qint64 id) { emitItem(id); }
    //! Looks up the conversation's 24 h window and opt-out; answers with conversationState().
    void queryConversation(const QString& channelId, const QString& peer);
    //! Sends what is due now; runs by itself on a timer, public for tests with a manual clock.
    void pump();

    SendRateLimiter::Usage usage(const QString& channelId) const;

signals:
    void queued(const QString& reference, const ChannelDesk::OutboundItem& item);
    void refused(const QString& reference, const ChannelDesk::SendRefusal& refusal);
    void itemChanged(const ChannelDesk::OutboundItem& item);
    void markReadFinished(const QString& messageId, const QString& error);
    void conversationState(const QString& channelId, const QString& peer,
                           const ChannelDesk::ServiceWindow& window, bool optedOut);

private:
    struct CloudChannel
    {
        GraphEndpoint endpoint;
        QString phoneNumberId;
        CloudMessageSender* sender = nullptr;
        QDateTime pausedUntil; //!< after 130429 or similar: the whole number slows down
        bool authFailed = false; //!< until new credentials are set
    };

    std::optional<SendRefusal> check(const SendRequest& request, QString* peer) const;
    void dispatch(const OutboundItem& item, CloudChannel& channel);
    void sendPayload(const OutboundItem& item, CloudChannel& channel);
    void onSent(const QString& reference, const SendResult& result);
    void handleFailure(qint64 id, const QString& channelId, const GraphError& error);
    void emitItem(qint64 id);
    void scheduleAt(const QDateTime& at);

    OutboundStore m_store;
    const Clock* m_clock;
    QNetworkAccessManager* m_network;
    SendRateLimiter m_limiter;
    QHash<QString, CloudChannel> m_channels;
    QHash<QString, qint64> m_inFlight; //!< sender reference -> outbound id
    QSet<qint64> m_only;
    QTimer* m_timer;
    QTimer* m_poll; //!< notices sends other processes queued (the CLI while the window runs)
    int m_requestTimeoutMs = 20000;
    bool m_started = false;
};

} // namespace ChannelDesk
