// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The HTTP endpoint Meta calls, on libmicrohttpd: the verification handshake (GET), signed event
//! deliveries (POST, answered 200 only after a durable commit) and /health; and WeCom's encrypted
//! callbacks (WeComCallbackRoute), journaled the same way. Requests are handled
//! on libmicrohttpd's threads; signals are emitted from those threads (use queued connections).

#include "model/ChannelEvent.h"
#include "util/Result.h"
#include "webhook/BodyMemoryBudget.h"
#include "webhook/ConnectionWatchdog.h"
#include "webhook/DeliveryCommitter.h"
#include "webhook/ReceiverChannel.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <mutex>

struct MHD_Daemon;
struct MHD_Connection;

namespace ChannelDesk {

class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int connectionTimeoutSeconds = 15; //!< idle or slow connections are dropped after this
        //! A new connection's request headers must be complete within this, however steadily
        //! they trickle in; a kept-alive connection's next ones within connectionTimeoutSeconds.
        int headerTimeoutSeconds = 5;
        //! Past this share of connectionLimit (percent), connections still waiting for headers
        //! are closed, longest waiting first (ConnectionWatchdog).
        int connectionReservePercent = 90;
        int connectionLimit = 1024;
        int perIpConnectionLimit = 256; //!< Meta delivers from a few addresses, concurrently
        //! The request line and headers must fit, with room for reading. libmicrohttpd 0.9.75
        //! zeroes a connection's whole pool for every request, so its size is paid per delivery:
        //! 32 KiB cost about 3.5 us of CPU each (docs/performance.md). Meta's headers are about 1 KiB.
        int headerMemoryBytes = 12 * 1024;
        qsizetype maxBodyBytes = 3 * 1024 * 1024;
        //! Memory all bodies not yet verified may hold together, and those from one address; past
        //! either, further bodies are answered 503 (Meta retries) and not read.
        qint64 unverifiedBodyBytes = 64 * 1024 * 1024;
        qint64 unverifiedBodyBytesPerAddress = 16 * 1024 * 1024;
        int threads = 2;
    };

    explicit WebhookReceiver(QString databasePath, QObject* parent = nullptr);
    ~WebhookReceiver() override;

    //! Takes the data directory's journal (see DeliveryCommitter::open()) and builds the
    //! conversation log from it, without listening: what a linked channel's gateway journals is
    //! built while the receiver is switched off. Does nothing when already building.
    Status startBuilding();
    //! startBuilding(), then listens on host:port (port 0 picks a free one). Fails with the
    //! system's words; when only the listening failed, the log goes on being built.
    Status start(const QString& host, quint16 port);
    //! Stops accepting and answers what is being committed; the log goes on being built.
    void stopListening();
    //! stopListening(), then gives the conversation log up to drainMs to catch up (the rest is
    //! built at the next start), stops building and lets the journal go.
    void stop(int drainMs = DeliveryCommitter::kDrainMs);
    bool isBuilding() const { return m_committer->isOpen(); }
    //! Someone else appended to the journal up to lastId (a linked channel's gateway events); any
    //! thread.
    void journalAdvanced(qint64 lastId) { m_committer->journalAdvanced(lastId); }
    //! Thread-safe; the log builder uses them from its next batch on.
    void setOptOutWords(const OptOutWords& words) { m_committer->setOptOutWords(words); }
    bool isRunning() const { return m_daemon != nullptr; }
    quint16 port() const { return m_port; }
    QString listenAddress() const;
    //! Deliveries answered 200 that are not in the conversation store yet; they are built into it
    //! behind the acknowledgements, in order.
    qint64 backlog() const;
    //! Bytes held by request bodies not verified yet (see Limits::unverifiedBodyBytes).
    qint64 unverifiedBodyBytes() const { return m_bodyBudget ? m_bodyBudget->total() : 0; }
    //! Connections closed for being slow to send their headers (see Limits::headerTimeoutSeconds).
    qint64 slowConnectionsCut() const { return m_watchdog ? m_watchdog->cutCount() : 0; }

    //! Taken up by the next start().
    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }
    //! Called on the journal's writer thread after each durable commit; set before start().
    void setOnJournalled(std::function<void()> journalled)
    {
        m_committer->setOnJournalled(std::move(journalled));
    }
    //! Replaces the channels served; safe to call while running.
    void setChannels(const QList<ReceiverChannel>& channels);
    int channelCount() const;

signals:
    //! One line per request outcome, and the receiver's notices about its delivery journal; never
    //! containing secrets.
    void requestLogged(const QString& line);
    //! Journal entries were built into the conversation store (after their acknowledgement):
    //! webhook deliveries, WeCom callbacks or gateway events. Emitted on this object's thread,
    //! once per channel for what was built since the last emission, the counts summed.
    void deliveryCommitted(const QString& channelId, int newMessages, int newStatuses);
    //! Emitted from the log builder's thread once the event is stored, at most every half second;
    //! repeats in one minute come merged (ChannelEvent::count) and add up to the stored row.
    void eventRecorded(const ChannelDesk::ChannelEvent& event);

private:
    struct Request;
    struct ChannelMap
    {
        QHash<QString, ReceiverChannel> byNumber; //!< Cloud API channels by phone number id
        QList<ReceiverChannel> weCom;
    };

    static int handleRequest(void* self, MHD_Connection* connection, const char* url, const char* method,
                             const char* version, const char* uploadData, size_t* uploadSize, void** state);
    static void requestCompleted(void* self, MHD_Connection* connection, void** state, int reason);
    static void connectionNotified(void* self, MHD_Connection* connection, void** socketState, int code);
    int route(MHD_Connection* connection, Request& request);
    int verifyHandshake(MHD_Connection* connection, Request& request, const ReceiverChannel& channel);
    int acceptDelivery(MHD_Connection* connection, Request& request, const ReceiverChannel& channel);
    int routeWeCom(MHD_Connection* connection, Request& request);
    //! Journals the entry and answers once it is durable (200 with okBody, or 500).
    int commitAndAnswer(MHD_Connection* connection, Request& request, JournalEntry entry);
    int respond(MHD_Connection* connection, Request& request, unsigned status, const QByteArray& body,
                const char* contentType = "text/plain; charset=utf-8",
                const QList<std::pair<const char*, QByteArray>>& headers = {});
    //! Answers before the body is read, with "Connection: close" so that the rest of it is never
    //! read as a next request; retryAfter > 0 adds Retry-After.
    int refuseEarly(MHD_Connection* connection, Request& request, unsigned status, const QByteArray& body,
                    int retryAfter = 0);
    void rejectOverMemory(Request& request);
    //! The request's Content-Length or Transfer-Encoding headers contradict each other.
    static bool ambiguousFraming(MHD_Connection* connection);
    //! The channel a request's path names, for the rejection's event; empty if none.
    QString channelIdFor(const QString& path) const;
    void reject(Request& request, const QString& channelId, const QString& kind, const QString& reason,
                const QString& detail);
    std::shared_ptr<const ChannelMap> channels() const;
    //! On the projector's thread: adds a built entry to what deliveryCommitted reports next.
    void addBuilt(const QString& channelId, const DeliveryOutcome& outcome);
    void emitBuilt();

    QString m_databasePath;
    Limits m_limits;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    QString m_host;
    std::unique_ptr<DeliveryCommitter> m_committer;
    std::unique_ptr<BodyMemoryBudget> m_bodyBudget; //!< made by start() from m_limits
    std::unique_ptr<ConnectionWatchdog> m_watchdog; //!< made by start() from m_limits
    mutable std::mutex m_channelsMutex;
    std::shared_ptr<const ChannelMap> m_channels;
    // Built entries not reported yet: one queued call reports all of them, where a queued signal
    // per delivery cost the server a cross-thread event each.
    std::mutex m_builtMutex;
    QHash<QString, std::pair<int, int>> m_builtCounts; //!< channel -> new messages, new statuses
    bool m_builtQueued = false;
};

} // namespace ChannelDesk
