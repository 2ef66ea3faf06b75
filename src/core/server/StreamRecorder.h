// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns what a Desk announces into server API stream events: channel state changes, pairing QR
//! rotations (without the QR value, a short-lived credential that never goes to disk), outbound
//! state changes, receiver backlog (at most once a second), audit entries, and for remote consoles
//! the receiver's channel events and changes of the channel list, and the bots' health (as
//! Desk::botHealthChanged coalesces it, and only when it differs). Lives on the
//! owner's (UI) thread and writes through a DatabaseWorker, then nudges the hub. Messages and
//! statuses are not recorded here: the receiver's own transaction appends them.

#include "health/ChannelStateSummary.h"
#include "model/AuditEntry.h"
#include "model/StreamEvent.h"
#include "server/StreamFanout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <memory>

class QTimer;

namespace ChannelDesk {

class Desk;
class DatabaseWorker;
class StreamHub;
struct ChannelEvent;
struct OutboundItem;
struct PairingQr;

class StreamRecorder : public QObject
{
    Q_OBJECT

public:
    StreamRecorder(Desk* desk, QString databasePath, StreamHub* hub, QObject* parent = nullptr);
    //! Waits for the events already handed to the database thread.
    ~StreamRecorder() override;

    void recordAudit(const AuditEntry& entry);
    //! The current QR value per channel, for StreamHub::setQrSource(); safe from any thread, and
    //! valid only while this recorder lives.
    QrSource qrSource() const;

private:
    struct SeenState
    {
        QString word;
        QString reason;
    };
    struct SeenOutbound
    {
        QString state;
        QString messageId;
        QString error;
    };

    void recordStates(const QList<ChannelState>& states);
    void recordQr(const QString& channelId, const PairingQr& qr);
    void recordOutbound(const OutboundItem& item);
    void recordBacklog();
    void recordChannelEvent(const ChannelEvent& event);
    void recordChannels();
    void recordBotHealth(const QString& channelId);
    void append(QList<StreamEventDraft> drafts);

    Desk* m_desk;
    StreamHub* m_hub;
    std::unique_ptr<DatabaseWorker> m_worker;
    QHash<QString, SeenState> m_states;
    QHash<qint64, SeenOutbound> m_outbound;
    //! The last bot_health body per channel, without checked_at.
    QHash<QString, QJsonObject> m_bots;
    qint64 m_backlog = -1;
    QElapsedTimer m_backlogRecorded;
    QTimer* m_backlogTimer;
    struct QrState
    {
        mutable QMutex mutex;
        QHash<QString, LiveQr> current;
    };
    std::shared_ptr<QrState> m_qr;
};

} // namespace ChannelDesk
