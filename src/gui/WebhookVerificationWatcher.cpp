// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookVerificationWatcher.h"

#include "ChannelEventListModel.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {
namespace {

//! How many recent events to read when watching starts: a few dashboard clicks' worth.
constexpr int kRecentEvents = 20;

QDateTime lastTime(const ChannelEvent& event)
{
    return event.lastAt.isValid() ? event.lastAt : event.at;
}

} // namespace

WebhookVerificationWatcher::WebhookVerificationWatcher(Desk* desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
{
    if (!desk)
        return;
    connect(desk, &Desk::channelEventRecorded, this, &WebhookVerificationWatcher::consider);
    connect(desk, &Desk::receiverStatusChanged, this, &WebhookVerificationWatcher::update);
}

void WebhookVerificationWatcher::watch(const QString& channelId, const QDateTime& since, bool weCom)
{
    const bool sameChannel = channelId == m_channelId && since == m_since;
    ++m_generation;
    m_channelId = channelId;
    m_since = since;
    m_weCom = weCom;
    if (!sameChannel)
        m_last.reset();
    update();
    if (!m_desk || channelId.isEmpty())
        return;
    // Attempts recorded before this call (e.g. while the page was left with Back) are in the store.
    const quint64 generation = m_generation;
    whenFinished(m_desk->channelEvents(channelId, kRecentEvents), this,
                 [this, generation](const Result<QList<ChannelEvent>>& events) {
                     if (generation != m_generation || !events.ok())
                         return;
                     for (const ChannelEvent& event : events.value())
                         consider(event);
                 });
}

void WebhookVerificationWatcher::stop()
{
    ++m_generation;
    m_channelId.clear();
    m_last.reset();
    update();
}

void WebhookVerificationWatcher::consider(const ChannelEvent& event)
{
    if (m_channelId.isEmpty() || event.channelId != m_channelId || event.kind != QLatin1String("verification")
        || lastTime(event) < m_since)
        return;
    if (m_last && lastTime(*m_last) > lastTime(event))
        return;
    m_last = event;
    update();
}

void WebhookVerificationWatcher::update()
{
    FieldCheck::Severity severity = FieldCheck::Severity::Ok;
    QString text;
    if (m_channelId.isEmpty()) {
        // Nothing watched: nothing to say.
    } else if (m_last) {
        const QString time = lastTime(*m_last).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        if (m_last->reason == QLatin1String("verified")) {
            text = m_weCom ? tr("WeCom verified this URL at %1.").arg(time)
                           : tr("Meta verified this URL at %1.").arg(time);
        } else {
            severity = FieldCheck::Severity::Error;
            QString why = ChannelEventListModel::explanation(*m_last, m_weCom);
            if (!why.endsWith(QLatin1Char('.')))
                why += QLatin1Char('.');
            text = m_weCom ? tr("WeCom's verification request at %1 failed. %2").arg(time, why)
                           : tr("Meta's verification request at %1 failed. %2").arg(time, why);
        }
    } else {
        text = waitingText();
        if (m_desk && m_desk->receiverStatus().state != ReceiverStatus::State::Running)
            severity = FieldCheck::Severity::Warning;
        else if (m_desk && m_desk->receiverStatus().unservedChannels.contains(m_channelId))
            severity = FieldCheck::Severity::Error;
    }
    if (severity == m_severity && text == m_text)
        return;
    m_severity = severity;
    m_text = text;
    emit changed();
}

QString WebhookVerificationWatcher::waitingText() const
{
    const ReceiverStatus receiver = m_desk ? m_desk->receiverStatus() : ReceiverStatus{};
    switch (receiver.state) {
    case ReceiverStatus::State::Running:
        break;
    case ReceiverStatus::State::Loading:
    case ReceiverStatus::State::Starting:
        return tr("Starting the webhook receiver…");
    case ReceiverStatus::State::Stopped:
    case ReceiverStatus::State::Failed:
        return tr("The webhook receiver is not running (%1), so the verification request cannot be "
                  "answered. Start it in Settings › Webhook Receiver.")
            .arg(receiver.text);
    }
    if (receiver.unservedChannels.contains(m_channelId))
        return tr("The receiver cannot answer for this channel: its secrets cannot be read from the "
                  "keychain.");
    if (!receiver.channelsSettled)
        return tr("Getting the receiver ready for this channel…");
    return m_weCom ? tr("Waiting for WeCom's verification request…")
                   : tr("Waiting for Meta's verification request…");
}

} // namespace ChannelDesk
