// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/ReceiverController.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/ForwardTargetValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "wecom/WeComCrypto.h"
#include "settings/Settings.h"
#include "store/RetentionPruner.h"
#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "webhook/WebhookReceiver.h"
#include "util/WhenFinished.h"

#include <QSet>

namespace ChannelDesk {

ReceiverController::ReceiverController(ChannelManager* manager, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_dataDirectory(manager->dataDirectory())
    , m_databasePath(DataDirectory::databasePath(m_dataDirectory))
    , m_receiver(std::make_unique<WebhookReceiver>(m_databasePath))
    // DeliveryCommitter::start() leaves a connection on the thread that started the receiver.
    , m_worker(m_databasePath)
    , m_store(settings)
    , m_pruner(std::make_unique<RetentionPruner>(m_dataDirectory))
{
    // The receiver emits on libmicrohttpd's and the writer's threads: these connections queue.
    connect(m_receiver.get(), &WebhookReceiver::deliveryCommitted, this,
            &ReceiverController::deliveryCommitted);
    connect(m_receiver.get(), &WebhookReceiver::eventRecorded, this, &ReceiverController::eventRecorded);
    // Directly on the receiver's threads: the lines are many, and both sinks are thread-safe.
    connect(
        m_receiver.get(), &WebhookReceiver::requestLogged, this,
        [this](const QString& line) {
            if (m_requestLog)
                m_requestLog(line);
            else
                qCInfo(lcWebhook).noquote() << line;
        },
        Qt::DirectConnection);
    connect(manager, &ChannelManager::channelsChanged, this, &ReceiverController::reloadChannels);
    connect(manager, &ChannelManager::channelsChanged, this, &ReceiverController::reloadForwardTargets);
    connect(manager, &ChannelManager::channelsChanged, this, &ReceiverController::updateIdleBuilding);
    // On the journal's writer thread, after each commit: new rows for the bots, maybe.
    m_receiver->setOnJournalled([this] { m_forward.wake(); });
    m_backlogTimer.setInterval(kBacklogPollMs);
    connect(&m_backlogTimer, &QTimer::timeout, this, [this] {
        const qint64 backlog = m_receiver->backlog();
        if (backlog != m_backlog) {
            m_backlog = backlog;
            emit stateChanged();
        }
    });
}

ReceiverController::~ReceiverController()
{
    // Blocks the GUI thread once, at exit: acknowledged deliveries must be committed first. The
    // log gets a second to catch up; what is left is built at the next start.
    m_worker.post([receiver = m_receiver.get(), drainMs = m_stopDrainMs] { receiver->stop(drainMs); });
    m_worker.shutDown();
    m_forward.stop();
    m_pruner->stop();
}

void ReceiverController::start()
{
    m_receiver->setOptOutWords(m_store->optOutWords());
    applyForwardSettings();
    connect(m_store, &Settings::changed, this, [this](Settings::Section section) {
        if (section == Settings::Section::OptOutWords)
            m_receiver->setOptOutWords(m_store->optOutWords());
        if (section == Settings::Section::Forward)
            applyForwardSettings();
        if (section == Settings::Section::Retention) {
            m_pruner->setRetention(m_store->retention());
            m_pruner->wake();
        }
        // applySettings() has already restarted with what it set.
        if (m_fixed || section != Settings::Section::Receiver || m_store->receiver() == m_settings)
            return;
        m_settings = m_store->receiver();
        restart();
    });
    m_settings = m_store->receiver();
    if (m_fixed) {
        // `serve --listen` fixes where it listens; the limits tuned in settings.ini still apply.
        m_settings.enabled = m_fixed->enabled;
        m_settings.listen = m_fixed->listen;
    }
    restart();
    reloadForwardTargets();
}

void ReceiverController::applyForwardSettings()
{
    ForwardPolicy policy;
    policy.maxAgeMs = m_store->forward().maxAgeMs();
    m_forward.setPolicy(policy);
}

void ReceiverController::setFixedSettings(const ReceiverSettings& settings)
{
    m_fixed = settings;
}

QFuture<Status> ReceiverController::applySettings(const ReceiverSettings& settings)
{
    m_settings = settings;
    const Status saved = m_store->setReceiver(settings);
    if (!saved.ok())
        qCWarning(lcWebhook) << "Receiver settings not saved:" << saved.error().message;
    // Applied even when not saved: the user asked for it, and the dialog reports the failure.
    restart();
    return QtFuture::makeReadyFuture(saved);
}

void ReceiverController::restart()
{
    const quint64 generation = ++m_startGeneration;
    m_address.clear();
    m_port = 0;
    WebhookReceiver* receiver = m_receiver.get();
    m_idleBuilding.reset();
    if (!m_settings.enabled) {
        setState(State::Stopped);
        updateIdleBuilding();
        return;
    }
    QString host;
    quint16 port = 0;
    if (!ReceiverSettings::parseListen(m_settings.listen, &host, &port)) {
        m_error = tr("Cannot listen: “%1” is not HOST:PORT.").arg(m_settings.listen);
        setState(State::Failed);
        updateIdleBuilding();
        return;
    }
    setState(State::Starting);
    reloadChannels();
    whenFinished(m_worker.run([receiver, host, port, tuning = m_settings] {
        // The log goes on being built in between.
        receiver->stopListening();
        WebhookReceiver::Limits limits = receiver->limits();
        limits.headerTimeoutSeconds = tuning.headerTimeoutSeconds;
        constexpr qint64 mebibyte = 1024 * 1024;
        limits.unverifiedBodyBytes = tuning.unverifiedBodyMiB * mebibyte;
        limits.unverifiedBodyBytesPerAddress = tuning.unverifiedBodyPerAddressMiB * mebibyte;
        receiver->setLimits(limits);
        Started started{receiver->start(host, port), {}, 0};
        if (started.status.ok()) {
            started.address = receiver->listenAddress();
            started.port = receiver->port();
        }
        return started;
    }),
                 this, [this, generation](const Started& started) {
                     if (generation != m_startGeneration)
                         return; // another restart is queued behind this one
                     if (!started.status.ok()) {
                         m_error = started.status.error().message;
                         setState(State::Failed);
                         return;
                     }
                     m_address = started.address;
                     m_port = started.port;
                     setState(State::Running);
                 });
}

void ReceiverController::journalAdvanced(qint64 lastId)
{
    m_receiver->journalAdvanced(lastId);
}

void ReceiverController::updateIdleBuilding()
{
    QString host;
    quint16 port = 0;
    // Before start(), and while listening (the receiver builds then anyway), nothing to do.
    if (!m_manager || m_state == State::Loading
        || (m_settings.enabled && ReceiverSettings::parseListen(m_settings.listen, &host, &port)))
        return;
    bool linked = false;
    for (const Channel& channel : m_manager->channels())
        linked = linked || (channel.kind == ChannelKinds::whatsAppLinked() && channel.enabled);
    if (m_idleBuilding == linked)
        return;
    m_idleBuilding = linked;
    WebhookReceiver* receiver = m_receiver.get();
    m_worker.post([receiver, linked] {
        receiver->stopListening();
        if (!linked) {
            receiver->stop();
            return;
        }
        // Fails when another process has the journal: it builds what this one journals.
        const Status building = receiver->startBuilding();
        if (!building.ok())
            qCInfo(lcWebhook).noquote()
                << "The conversation log is built by another process:" << building.error().message;
    });
}

namespace {

//! Puts a secret the receiver needs into its channel; false when it is unusable (a WeCom
//! EncodingAESKey that is not 32 bytes).
bool applySecret(ReceiverChannel& target, const QString& field, const QString& value)
{
    if (field == CloudApiFields::appSecret())
        target.appSecret = value.toUtf8();
    else if (field == CloudApiFields::verifyToken())
        target.verifyToken = value.toUtf8();
    else if (field == WeComFields::token())
        target.token = value.toUtf8();
    else if (field == WeComFields::encodingAesKey())
        return !(target.aesKey = WeComCrypto::aesKey(value)).isEmpty();
    return true;
}

} // namespace

void ReceiverController::reloadChannels()
{
    if (!m_manager || !m_settings.enabled)
        return;
    const quint64 generation = ++m_reloadGeneration;
    m_settled = false;
    struct Pending
    {
        QList<ReceiverChannel> channels;
        QSet<int> unavailable;
        int remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    const auto finish = [this, pending] {
        QList<ReceiverChannel> served;
        m_unserved.clear();
        for (int i = 0; i < pending->channels.size(); ++i) {
            if (pending->unavailable.contains(i))
                m_unserved << pending->channels.at(i).channelId;
            else
                served << pending->channels.at(i);
        }
        // Thread-safe and quick: the receiver swaps its channel map under a lock.
        m_receiver->setChannels(served);
        m_served = m_receiver->channelCount();
        m_settled = true;
        emit stateChanged();
    };
    for (const Channel& channel : m_manager->channels()) {
        const bool weCom = channel.kind == ChannelKinds::weCom();
        if (!weCom && channel.kind != ChannelKinds::whatsAppCloud())
            continue;
        // Disabled channels are served too, so that their deliveries are answered "disabled".
        const int row = int(pending->channels.size());
        ReceiverChannel served;
        served.channelId = channel.id;
        served.enabled = channel.enabled;
        if (weCom) {
            served.weCom = true;
            served.corpId = channel.field(WeComFields::corpId()).toUtf8();
        } else {
            served.phoneNumberId = channel.field(CloudApiFields::phoneNumberId());
            served.forward = !channel.field(CloudApiFields::forwardUrl()).isEmpty();
        }
        pending->channels.append(served);
        if (!channel.enabled)
            continue;
        const QStringList fields = weCom
            ? QStringList{WeComFields::token(), WeComFields::encodingAesKey()}
            : QStringList{CloudApiFields::appSecret(), CloudApiFields::verifyToken()};
        for (const QString& field : fields) {
            ++pending->remaining;
            whenFinished(m_manager->readSecret(channel.id, field), this,
                         [this, generation, pending, row, field, finish](const SecretResult& result) {
                             if (generation != m_reloadGeneration)
                                 return;
                             if (!result.ok() || !applySecret(pending->channels[row], field, result.value))
                                 pending->unavailable.insert(row);
                             if (--pending->remaining == 0)
                                 finish();
                         });
        }
    }
    if (pending->remaining == 0)
        finish();
}

void ReceiverController::reloadForwardTargets()
{
    if (!m_manager)
        return;
    const quint64 generation = ++m_targetsGeneration;
    struct Pending
    {
        QHash<QString, ForwardTarget> targets;
        bool linked = false;
        int remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    const auto finish = [this, pending] {
        m_forward.setTargets(pending->targets);
        m_linkedForwarding = pending->linked;
        updateForwarding();
    };
    for (const Channel& channel : m_manager->channels()) {
        const bool linked = channel.kind == ChannelKinds::whatsAppLinked();
        if (!linked && channel.kind != ChannelKinds::whatsAppCloud())
            continue;
        // Same keys for both kinds (CloudApiFields, LinkedFields).
        const QString url = channel.field(CloudApiFields::forwardUrl());
        if (url.isEmpty())
            continue;
        bool ok = false;
        const int timeout = channel.field(CloudApiFields::forwardTimeoutMs()).toInt(&ok);
        ForwardTarget target{QUrl(url),
                             ok && timeout > 0 ? timeout : CloudApiFields::defaultForwardTimeoutMs};
        if (!linked) {
            pending->targets.insert(channel.id, target);
            continue;
        }
        // A linked channel's events are signed with its forward secret; without one they wait.
        pending->linked = true;
        ++pending->remaining;
        const QString id = channel.id;
        whenFinished(m_manager->readSecret(id, LinkedFields::forwardSecret()), this,
                     [this, generation, pending, id, target, finish](const SecretResult& secret) mutable {
                         if (generation != m_targetsGeneration)
                             return;
                         if (secret.ok() && !secret.value.isEmpty()) {
                             target.secret = secret.value.toUtf8();
                             target.signatureHeader = LinkedFields::forwardSignatureHeader();
                             pending->targets.insert(id, target);
                         } else if (secret.code == SecretResult::Code::NotFound) {
                             generateForwardSecret(id);
                         } else {
                             qCWarning(lcWebhook).noquote()
                                 << QStringLiteral(
                                        "The forward secret of “%1” cannot be read; its messages wait "
                                        "for the bot until it can: %2")
                                        .arg(id, ChannelManager::secretError(secret).message);
                         }
                         if (--pending->remaining == 0)
                             finish();
                     });
    }
    if (pending->remaining == 0)
        finish();
}

void ReceiverController::generateForwardSecret(const QString& channelId)
{
    const std::optional<Channel> channel = m_manager ? m_manager->channel(channelId) : std::nullopt;
    if (!channel || m_generating.contains(channelId))
        return;
    m_generating.insert(channelId);
    ChannelDraft draft{*channel, {{LinkedFields::forwardSecret(), ForwardTargetValidator::generateSecret()}}};
    // Saved like any secret of the channel (and removed with it); channelsChanged then reloads.
    whenFinished(m_manager->save({draft}), this, [this, channelId](const Status& saved) {
        m_generating.remove(channelId);
        if (!saved.ok())
            qCWarning(lcWebhook) << "Could not keep a new forward secret for" << channelId
                                 << "; its messages wait for the bot:" << saved.error().message;
    });
}

void ReceiverController::updateForwarding()
{
    if (m_state == State::Running || (m_state == State::Stopped && m_linkedForwarding))
        m_forward.start(DataDirectory::journalPath(m_dataDirectory));
    else if (m_state == State::Stopped || m_state == State::Failed)
        m_forward.stop();
}

void ReceiverController::updatePruning()
{
    if (m_state == State::Running && !m_pruner->isRunning()) {
        m_pruner->setRetention(m_store->retention());
        m_pruner->start();
    } else if (m_state != State::Running && m_state != State::Starting) {
        // Between two steps: a few milliseconds at most.
        m_pruner->stop();
    }
}

void ReceiverController::setState(State state)
{
    m_state = state;
    // A receiver that could not start may mean another process owns the journal, and with it the
    // forwarding.
    updateForwarding();
    updatePruning();
    m_backlog = 0;
    if (state == State::Running)
        m_backlogTimer.start();
    else
        m_backlogTimer.stop();
    emit stateChanged();
}

QString ReceiverController::stateText() const
{
    switch (m_state) {
    case State::Loading:
        return tr("Receiver starting…");
    case State::Stopped:
        return tr("Receiver stopped");
    case State::Starting:
        return tr("Receiver starting on %1…").arg(m_settings.listen);
    case State::Running: {
        QString text = tr("Receiving on %1 — %n channel(s)", nullptr, m_served).arg(m_address);
        if (m_backlog > 0)
            text += QStringLiteral(" — ")
                + tr("%n delivery(s) still going into the log", nullptr,
                     int(qMin<qint64>(m_backlog, INT_MAX)));
        return text;
    }
    case State::Failed:
        return m_error;
    }
    return {};
}

ReceiverStatus ReceiverController::status() const
{
    ReceiverStatus status;
    status.state = m_state;
    status.text = stateText();
    status.details = stateDetails();
    status.listenAddress = m_address;
    status.port = m_port;
    status.servedChannels = m_served;
    status.backlog = m_backlog;
    status.unservedChannels = m_unserved;
    status.channelsSettled = m_settled;
    return status;
}

QString ReceiverController::stateDetails() const
{
    QStringList details;
    switch (m_state) {
    case State::Loading:
    case State::Starting:
        break;
    case State::Stopped:
        details << tr("Webhooks are not received while the receiver is off. Turn it on in Settings › Webhook "
                      "Receiver, or run `channeldesk serve`.");
        break;
    case State::Running:
        details << tr("Meta's webhooks reach ChannelDesk at http://%1/webhooks/whatsapp/<phone number ID>, "
                      "WeCom's callbacks at http://%1/wecom/<channel ID>/callback (or /wecom/callback), "
                      "through your TLS tunnel or reverse proxy.")
                       .arg(m_address);
        break;
    case State::Failed:
        details << tr("Change the address in Settings › Webhook Receiver, or stop the program that uses it "
                      "(for example a `channeldesk serve`; its deliveries still show up here).");
        break;
    }
    if (!m_unserved.isEmpty())
        details << tr("Not served, because their secrets (app secret and verify token, or WeCom's Token and "
                      "EncodingAESKey) cannot be read: %1.")
                       .arg(m_unserved.join(QStringLiteral(", ")));
    return details.join(QLatin1Char('\n'));
}

} // namespace ChannelDesk
