// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs the webhook receiver inside the GUI: starts it as its settings say, feeds it the Cloud API
//! channels with their app secret and verify token (read from the keychain asynchronously, again
//! whenever the channels change) and describes its state for the status bar. While the receiver
//! runs, its forwarder passes the deliveries of channels with a forward_url on to their bots (and
//! a linked channel's messages, also while the receiver is switched off). The receiver's
//! projector is the conversation store's one writer of received events: it also runs while the
//! receiver is switched off or cannot listen, as long as an enabled linked channel journals its
//! gateway's events. Starting and stopping open and flush the database, so they run on a worker
//! thread, never on the GUI thread.

#include "forward/ForwardService.h"
#include "model/ChannelEvent.h"
#include "model/ReceiverStatus.h"
#include "store/DatabaseWorker.h"
#include "util/Result.h"
#include "settings/ReceiverSettings.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ChannelDesk {

class ChannelManager;
class RetentionPruner;
class Settings;
class WebhookReceiver;

class ReceiverController : public QObject
{
    Q_OBJECT

public:
    using State = ReceiverStatus::State;

    ReceiverController(ChannelManager* manager, Settings* settings, QObject* parent = nullptr);
    //! Stops the receiver, answering the deliveries being committed first.
    ~ReceiverController() override;

    //! `serve --listen`: enabled and listen as these say, whatever the stored settings say; the
    //! limits tuned in settings.ini (header timeout, unverified body memory) still apply. Nothing
    //! is saved.
    void setFixedSettings(const ReceiverSettings& settings);
    //! Called with every request's log line, on the receiver's threads (so it must be thread-safe).
    //! Set before start(); without one the lines go to the channeldesk.core.webhook category.
    void setRequestLog(std::function<void(const QString&)> log) { m_requestLog = std::move(log); }
    //! How long stopping gives the log to catch up (default 1 s; what is left is built next time).
    void setStopDrainMs(int milliseconds) { m_stopDrainMs = milliseconds; }
    //! Starts the receiver if its settings enable it; it follows later changes to them.
    void start();
    //! Saves the settings, then restarts the receiver with them. The future is already finished.
    QFuture<Status> applySettings(const ReceiverSettings& settings);
    const ReceiverSettings& settings() const { return m_settings; }

    State state() const { return m_state; }
    //! "Receiving on 127.0.0.1:8645 — 2 channels", "Receiver stopped", "Cannot listen on …: …"
    QString stateText() const;
    //! What to do about the state, and which channels are not served.
    QString stateDetails() const;
    //! HOST:PORT actually listened on (the real port when 0 was asked for); empty unless running.
    QString listenAddress() const { return m_address; }
    quint16 port() const { return m_port; }
    int servedChannelCount() const { return m_served; }
    //! Everything above as one value, with the backlog.
    ReceiverStatus status() const;
    //! The forwarder of this receiver's journal, for the bots' health and history.
    const ForwardService& forwardService() const { return m_forward; }
    ForwardService& forwardService() { return m_forward; }
    //! New rows for the bots (a linked channel's messages); any thread.
    void wakeForwarder() { m_forward.wake(); }
    //! The journal has entries up to lastId to build (a linked channel's gateway events); any thread.
    void journalAdvanced(qint64 lastId);

signals:
    void stateChanged();
    void deliveryCommitted(const QString& channelId, int newMessages, int newStatuses);
    void eventRecorded(const ChannelDesk::ChannelEvent& event);

private:
    struct Started
    {
        Status status;
        QString address;
        quint16 port = 0;
    };
    void restart();
    //! While the receiver does not listen: keeps building the log if an enabled linked channel
    //! may journal events, and otherwise lets the journal go (another process may want it).
    void updateIdleBuilding();
    void reloadChannels();
    void setState(State state);
    //! Reads the linked channels' forward secrets (generating missing ones), then sets every
    //! channel's target and whether the forwarder runs.
    void reloadForwardTargets();
    void generateForwardSecret(const QString& channelId);
    //! The forwarder runs with the receiver (Cloud API), and while the receiver is switched off
    //! when a linked channel forwards; not when it failed (another process may own the journal).
    void updateForwarding();
    //! The maximum age before parking, from the settings' forward section.
    void applyForwardSettings();
    //! Retention runs while this process's receiver runs: it holds the journal's lock, so one
    //! process per data directory prunes, and never one beside a receiver it cannot see.
    void updatePruning();

    static constexpr int kBacklogPollMs = 1000;

    QPointer<ChannelManager> m_manager;
    QString m_dataDirectory;
    QString m_databasePath;
    std::unique_ptr<WebhookReceiver> m_receiver;
    //! One thread: start, stop and settings I/O happen in the order they were asked for.
    DatabaseWorker m_worker;
    QPointer<Settings> m_store;
    ReceiverSettings m_settings;
    State m_state = State::Loading;
    QString m_error;
    QString m_address;
    quint16 m_port = 0;
    int m_served = 0;
    //! Acknowledged deliveries not yet in the log, polled while running: after a burst, or after a
    //! crash, the log trails the acknowledgements for a while and the operator should see why.
    QTimer m_backlogTimer;
    qint64 m_backlog = 0;
    QStringList m_unserved; //!< channels whose secrets could not be read
    quint64 m_startGeneration = 0;
    quint64 m_reloadGeneration = 0;
    std::function<void(const QString&)> m_requestLog;
    std::optional<ReceiverSettings> m_fixed;
    int m_stopDrainMs = 1000;
    bool m_settled = false; //!< the served channels reflect the channel list
    quint64 m_targetsGeneration = 0;
    bool m_linkedForwarding = false; //!< some linked channel has a forward target
    //! Whether building while not listening was asked for last; unset after every restart().
    std::optional<bool> m_idleBuilding;
    QSet<QString> m_generating; //!< channels whose forward secret is being generated
    //! Passes deliveries on to the channels' bots; stopped after the receiver.
    ForwardService m_forward;
    std::unique_ptr<RetentionPruner> m_pruner;
};

} // namespace ChannelDesk
