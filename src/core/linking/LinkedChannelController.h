// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps one gateway adapter per enabled linked-device channel (GUI and `serve` alike): creates
//! them from the channel's fields and keychain key, follows channel changes, and journals every
//! message and acknowledgement the gateways report in the delivery journal, on a worker thread, as
//! entries of kind GatewayEvent that the receiver's projector builds into the conversation store
//! (the store's one writer). An inbound message of a channel with a forward_url is journaled for
//! its bot too (a WAHA-shaped event of kind LinkedEvent, queued in forward_queue) in the same
//! transaction: a stored message is never missing from the bot's queue, and nothing is journaled
//! twice when an append is tried again.

#include "linking/GatewayAdapter.h"
#include "model/Delivery.h"
#include "store/DatabaseWorker.h"
#include "store/DeliveryJournal.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ChannelDesk {

class ChannelManager;

class LinkedChannelController : public QObject
{
    Q_OBJECT

public:
    using AdapterFactory
        = std::function<GatewayAdapter*(const QString& gateway, const GatewayConfig& config)>;

    LinkedChannelController(ChannelManager* channels, QString databasePath, QObject* parent = nullptr);
    ~LinkedChannelController() override;

    //! Replaces how adapters are made (tests); the default makes WAHA and connection-gateway adapters.
    void setAdapterFactory(AdapterFactory factory) { m_factory = std::move(factory); }
    //! Smaller values for tests; defaults follow the seed design (5 attempts, 1 s → 30 s).
    void setRetryPolicy(int maxAttempts, int initialBackoffMs, int maxBackoffMs);

    //! Starts following the enabled linked channels now and whenever the channel list changes.
    void start();
    GatewayAdapter* adapter(const QString& channelId) const;
    QStringList channelIds() const { return m_adapters.keys(); }

    static GatewayAdapter* createAdapter(const QString& gateway, const GatewayConfig& config);

signals:
    //! An adapter was created, replaced or removed.
    void adaptersChanged();
    void adapterProblem(const QString& channelId, const QString& message);
    //! Gateway events are durable in the delivery journal up to lastId, for the projector to build
    //! (ReceiverController::journalAdvanced()).
    void journaled(qint64 lastId);
    //! Inbound messages were queued for a bot in the delivery journal (ForwardService::wake()).
    void forwardQueued();
    //! Each adapter's signals, relayed with the channel they belong to.
    void linkStatusChanged(const QString& channelId, const ChannelDesk::LinkStatus& status);
    void pairingQrChanged(const QString& channelId, const ChannelDesk::PairingQr& qr);
    void pairingCodeReceived(const QString& channelId, const QString& code);
    void linkErrorOccurred(const QString& channelId, const QString& message);
    void linkSendFinished(const QString& channelId, const QString& reference, const QString& messageId,
                          const QString& error);

private:
    void sync();
    void attach(const QString& channelId, GatewayAdapter* adapter);
    void queue(GatewayEvent event);
    void flush();

    QPointer<ChannelManager> m_channels;
    QString m_databasePath;
    AdapterFactory m_factory;
    int m_maxAttempts = 5;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    QHash<QString, GatewayAdapter*> m_adapters;
    QHash<QString, QString> m_signatures; //!< channel id -> config it was built from, to spot changes
    //! The bot's copy of the events of forwarding channels, in order; empty when none forwards.
    QList<JournalEntry> forwardEntries(const QList<GatewayEvent>& events) const;

    static constexpr int kRetryMs = 1000;

    QList<GatewayEvent> m_pending;
    bool m_flushing = false;
    DatabaseWorker m_writer; //!< of the journal, which keeps its statements per thread
    std::shared_ptr<DeliveryJournal> m_journal; //!< used on m_writer's thread only
};

} // namespace ChannelDesk
