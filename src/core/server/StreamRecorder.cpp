// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StreamRecorder.h"

#include "server/ApiJson.h"

#include "desk/Desk.h"
#include "model/OutboundItem.h"
#include "server/StreamHub.h"
#include "store/DatabaseWorker.h"
#include "store/StreamEventLog.h"
#include "util/Logging.h"
#include "wire/BotWire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ChannelDesk {
namespace {

constexpr int kBacklogIntervalMs = 1000;
//! Outbound items whose last state is remembered; beyond it the memory starts over (an item seen
//! again then records its state once more, which is harmless).
constexpr int kMaxRememberedOutbound = 10000;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString isoMs(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

StreamRecorder::StreamRecorder(Desk* desk, QString databasePath, StreamHub* hub, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_hub(hub)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(databasePath)))
    , m_backlogTimer(new QTimer(this))
    , m_qr(std::make_shared<QrState>())
{
    m_backlogTimer->setSingleShot(true);
    connect(m_backlogTimer, &QTimer::timeout, this, &StreamRecorder::recordBacklog);
    connect(desk, &Desk::channelStatesChanged, this, &StreamRecorder::recordStates);
    connect(desk, &Desk::pairingQrChanged, this, &StreamRecorder::recordQr);
    connect(desk, &Desk::outboundItemChanged, this, &StreamRecorder::recordOutbound);
    connect(desk, &Desk::receiverStatusChanged, this, &StreamRecorder::recordBacklog);
    connect(desk, &Desk::channelEventRecorded, this, &StreamRecorder::recordChannelEvent);
    connect(desk, &Desk::channelsChanged, this, &StreamRecorder::recordChannels);
    connect(desk, &Desk::botHealthChanged, this, &StreamRecorder::recordBotHealth);
}

StreamRecorder::~StreamRecorder()
{
    m_worker->shutDown();
}

QrSource StreamRecorder::qrSource() const
{
    return [qr = m_qr](const QString& channelId) -> std::optional<LiveQr> {
        const QMutexLocker lock(&qr->mutex);
        const auto it = qr->current.constFind(channelId);
        if (it == qr->current.cend())
            return std::nullopt;
        return *it;
    };
}

void StreamRecorder::recordAudit(const AuditEntry& entry)
{
    const QJsonObject body{
        {QStringLiteral("id"), entry.id},         {QStringLiteral("key"), entry.keyName},
        {QStringLiteral("remote"), entry.remote}, {QStringLiteral("action"), entry.action},
        {QStringLiteral("target"), entry.target}, {QStringLiteral("result"), entry.result}};
    append({{entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc(), QString(),
             QStringLiteral("audit"), compact(body)}});
}

void StreamRecorder::recordStates(const QList<ChannelState>& states)
{
    // channelStatesChanged also fires on every clock tick; only real changes become events.
    QList<StreamEventDraft> drafts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ChannelState& state : states) {
        const SeenState seen{ApiJson::stateWord(state), state.reason};
        const auto it = m_states.constFind(state.channelId);
        if (it != m_states.cend() && it->word == seen.word && it->reason == seen.reason)
            continue;
        m_states.insert(state.channelId, seen);
        const QJsonObject body{{QStringLiteral("state"), seen.word},
                               {QStringLiteral("reason"), seen.reason},
                               {QStringLiteral("since"), isoMs(state.since.isValid() ? state.since : now)}};
        drafts.append({now, state.channelId, QStringLiteral("channel_state"), compact(body)});
    }
    if (!drafts.isEmpty())
        append(drafts);
}

void StreamRecorder::recordQr(const QString& channelId, const PairingQr& qr)
{
    {
        const QMutexLocker lock(&m_qr->mutex);
        if (qr.raw.isEmpty())
            m_qr->current.remove(channelId);
        else
            m_qr->current.insert(channelId, LiveQr{qr.sequence, qr.raw});
    }
    if (qr.raw.isEmpty() && qr.image.isEmpty())
        return;
    const QJsonObject body{{QStringLiteral("code"), qr.sequence},
                           {QStringLiteral("of"), qr.maxCodes},
                           {QStringLiteral("expires_at"), isoMs(qr.expiresAt)}};
    append({{QDateTime::currentDateTimeUtc(), channelId, QStringLiteral("qr"), compact(body)}});
}

void StreamRecorder::recordOutbound(const OutboundItem& item)
{
    const SeenOutbound seen{item.state, item.messageId, item.error};
    const auto it = m_outbound.constFind(item.id);
    if (it != m_outbound.cend() && it->state == seen.state && it->messageId == seen.messageId
        && it->error == seen.error)
        return;
    if (m_outbound.size() >= kMaxRememberedOutbound)
        m_outbound.clear();
    m_outbound.insert(item.id, seen);
    QJsonObject body{{QStringLiteral("id"), item.id},
                     {QStringLiteral("peer"), item.peer},
                     {QStringLiteral("state"), item.state},
                     {QStringLiteral("message_id"), item.messageId},
                     {QStringLiteral("error"), item.error}};
    append({{QDateTime::currentDateTimeUtc(), item.channelId, QStringLiteral("outbound"), compact(body)}});
}

void StreamRecorder::recordChannelEvent(const ChannelEvent& event)
{
    // Repeats within a minute come merged: count requests, the last at last_at with last_detail.
    const QJsonObject body{{QStringLiteral("kind"), event.kind},
                           {QStringLiteral("reason"), event.reason},
                           {QStringLiteral("detail"), event.detail},
                           {QStringLiteral("remote"), event.remote},
                           {QStringLiteral("count"), event.count},
                           {QStringLiteral("last_at"), ApiJson::time(event.lastAt)},
                           {QStringLiteral("last_detail"), event.lastDetail}};
    append({{event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc(), event.channelId,
             QStringLiteral("channel_event"), compact(body)}});
}

void StreamRecorder::recordChannels()
{
    // Only that the list changed: a console reads the channels again through the snapshot.
    append(
        {{QDateTime::currentDateTimeUtc(), QString(), QStringLiteral("channels"), compact(QJsonObject())}});
}

void StreamRecorder::recordBotHealth(const QString& channelId)
{
    QJsonObject bot = botHealthToApi(m_desk->botHealth(channelId));
    // A new check time alone is no news for a remote console.
    QJsonObject seen = bot;
    seen.remove(QStringLiteral("checked_at"));
    const auto it = m_bots.constFind(channelId);
    if (it != m_bots.cend() && *it == seen)
        return;
    m_bots.insert(channelId, seen);
    append({{QDateTime::currentDateTimeUtc(), channelId, QStringLiteral("bot_health"),
             compact(QJsonObject{{QStringLiteral("bot"), bot}})}});
}

void StreamRecorder::recordBacklog()
{
    const qint64 backlog = m_desk->receiverStatus().backlog;
    if (backlog == m_backlog)
        return;
    if (m_backlogRecorded.isValid() && m_backlogRecorded.elapsed() < kBacklogIntervalMs) {
        // Too soon: record the value current when the second is over.
        if (!m_backlogTimer->isActive())
            m_backlogTimer->start(int(kBacklogIntervalMs - m_backlogRecorded.elapsed()));
        return;
    }
    m_backlog = backlog;
    m_backlogRecorded.start();
    append({{QDateTime::currentDateTimeUtc(), QString(), QStringLiteral("backlog"),
             compact(QJsonObject{{QStringLiteral("backlog"), backlog}})}});
}

void StreamRecorder::append(QList<StreamEventDraft> drafts)
{
    m_worker->post([path = m_worker->databasePath(), drafts = std::move(drafts), hub = m_hub] {
        const auto appended = StreamEventLog(path).append(drafts);
        if (!appended.ok()) {
            qCWarning(lcStore) << "Cannot record stream events:" << appended.error().message;
            return;
        }
        if (hub)
            hub->nudge();
    });
}

} // namespace ChannelDesk
