// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundQueue.h"

#include "api/CloudMessageSender.h"
#include "api/MediaUploader.h"
#include "api/MetaErrorDecoder.h"
#include "outbound/OutboundPayload.h"
#include "outbound/RecipientNumber.h"
#include "outbound/RetryPolicy.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace ChannelDesk {
namespace {

// Codes stored for failures that have no Meta error code (and OutboundItem::kNetworkFailure).
constexpr int TimeoutFailure = -2;
constexpr int HttpFailure = -3;

//! Meta's words first, then what they mean and what to do.
QString describe(const GraphError& error)
{
    const ErrorExplanation explanation = MetaErrorDecoder::explain(error);
    QStringList parts{MetaErrorDecoder::remoteWords(error)};
    if (!explanation.cause.isEmpty())
        parts.append(explanation.cause);
    if (!explanation.fix.isEmpty())
        parts.append(explanation.fix);
    if (!explanation.dashboardLocation.isEmpty())
        parts.append(explanation.dashboardLocation);
    return parts.join(QStringLiteral(" — "));
}

//! What is kept of a failure: the explanation on the first line, then everything a support request
//! needs (codes, error_user_msg, fbtrace_id, the raw body), for the "details" view and copying.
QString describeWithDetails(const GraphError& error)
{
    const QString details = MetaErrorDecoder::technicalDetails(error);
    return details.isEmpty() ? describe(error) : describe(error) + QStringLiteral("\n\n") + details;
}

int storedCode(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::Api:
        return error.code;
    case GraphError::Kind::Timeout:
        return TimeoutFailure;
    case GraphError::Kind::Network:
    case GraphError::Kind::Tls:
        return OutboundItem::kNetworkFailure;
    default:
        return HttpFailure;
    }
}

// A state write that fails leaves the row as it was: start() recovers interrupted sends and the
// log shows what happened, so the queue goes on rather than stalling on a busy database.
void warnIfFailed(const Status& written, qint64 id)
{
    if (!written.ok())
        qCWarning(lcOutbound) << "Could not record the state of send" << id << ":" << written.error().message;
}

} // namespace

OutboundQueue::OutboundQueue(QString databasePath, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(std::move(databasePath))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_limiter(SendLimits{})
    , m_timer(new QTimer(this))
    , m_poll(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboundQueue::pump);
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &OutboundQueue::pump);
}

OutboundQueue::~OutboundQueue() = default;

void OutboundQueue::setCloudChannel(const QString& channelId, const GraphEndpoint& endpoint,
                                    const QString& phoneNumberId)
{
    CloudChannel& channel = m_channels[channelId];
    delete channel.sender;
    channel.endpoint = endpoint;
    channel.phoneNumberId = phoneNumberId;
    channel.authFailed = false;
    channel.sender = new CloudMessageSender(m_network, endpoint, phoneNumberId, this);
    channel.sender->setTimeout(m_requestTimeoutMs);
    connect(channel.sender, &CloudMessageSender::finished, this, &OutboundQueue::onSent);
    if (m_started)
        QTimer::singleShot(0, this, &OutboundQueue::pump);
}

void OutboundQueue::removeChannel(const QString& channelId)
{
    const auto it = m_channels.find(channelId);
    if (it == m_channels.end())
        return;
    delete it->sender;
    m_channels.erase(it);
}

void OutboundQueue::setLimits(const SendLimits& limits)
{
    m_limiter.setLimits(limits);
}

void OutboundQueue::setRequestTimeout(int milliseconds)
{
    m_requestTimeoutMs = milliseconds;
    for (CloudChannel& channel : m_channels)
        channel.sender->setTimeout(milliseconds);
}

void OutboundQueue::start()
{
    const QDateTime now = m_clock->now();
    const auto recovered = m_store.recoverInterrupted(now);
    if (!recovered.ok())
        qCWarning(lcOutbound) << "Could not recover interrupted sends:" << recovered.error().message;
    else if (recovered.value() > 0)
        qCInfo(lcOutbound) << recovered.value() << "send(s) were interrupted and are now marked unknown";
    const auto history = m_store.sendsSince(now.addDays(-1));
    if (history.ok()) {
        for (const SendRecord& record : history.value())
            m_limiter.record(record.channelId, record.peer, record.at);
    }
    m_started = true;
    m_poll->start();
    pump();
}

std::optional<SendRefusal> OutboundQueue::check(const SendRequest& request, QString* peer) const
{
    const auto channel = m_channels.constFind(request.channelId);
    if (channel == m_channels.cend())
        return SendRefusal{
            SendCode::NotConnected,
            tr("Channel \"%1\" cannot send: it is not a Cloud API channel with an access token "
               "available to ChannelDesk.")
                .arg(request.channelId),
            {}};
    if (channel->authFailed)
        return SendRefusal{SendCode::AuthFailed,
                           tr("Meta rejected this channel's access token. Replace the token on the channel's "
                              "page, then send again."),
                           {}};
    const auto number = RecipientNumber::normalize(request.to);
    if (!number.ok())
        return SendRefusal{SendCode::InvalidNumber, number.error().message, {}};
    *peer = number.value();

    const QDateTime now = m_clock->now();
    const auto optedOut = m_store.isOptedOut(request.channelId, *peer);
    if (optedOut.ok() && optedOut.value())
        return SendRefusal{
            SendCode::OptedOut,
            tr("+%1 asked not to be messaged (opted out). Clear the opt-out in the conversation "
               "only if the customer agreed to hear from you again.")
                .arg(*peer),
            {}};
    if (request.content.needsOpenWindow()) {
        const auto window = m_store.window(request.channelId, *peer);
        if (window.ok() && !window.value().isOpen(now)) {
            const ServiceWindow& w = window.value();
            QString why;
            if (w.closedByMeta)
                why = tr("WhatsApp reported that more than 24 hours have passed since the customer's last "
                         "message (error 131047).");
            else if (!w.lastInbound.isValid())
                why = tr("The customer has not written to this number yet.");
            else
                why = tr("The customer's last message was at %1, more than 24 hours ago.")
                          .arg(QLocale().toString(w.lastInbound.toLocalTime(), QLocale::ShortFormat));
            return SendRefusal{SendCode::WindowClosed,
                               why + QLatin1Char(' ')
                                   + tr("Outside the 24-hour customer service window WhatsApp only allows "
                                        "approved templates: send a template instead."),
                               {}};
        }
    }
    OutboundContent probe = request.content;
    if (!probe.localFile.isEmpty() && probe.mediaId.isEmpty())
        probe.mediaId = QStringLiteral("0"); // uploaded just before sending
    const auto payload = OutboundPayload::build(probe, *peer);
    if (!payload.ok())
        return SendRefusal{SendCode::SendFailed, payload.error().message, {}};
    const LimitVerdict verdict = m_limiter.check(request.channelId, *peer, now);
    if (!verdict.allowed)
        return SendRefusal{SendCode::RateLimited, verdict.explanation(), verdict.freesAt};
    return std::nullopt;
}

void OutboundQueue::submit(const SendRequest& request)
{
    QString peer;
    if (const auto refusal = check(request, &peer)) {
        emit refused(request.reference, *refusal);
        return;
    }
    const QDateTime now = m_clock->now();
    const auto item
        = m_store.enqueue(request.channelId, peer, request.content, request.source, now, request.sentBy);
    if (!item.ok()) {
        emit refused(request.reference, SendRefusal{SendCode::SendFailed, item.error().message, {}});
        return;
    }
    m_limiter.record(request.channelId, peer, now);
    emit queued(request.reference, item.value());
    if (m_started)
        pump();
}

void OutboundQueue::pump()
{
    const QDateTime now = m_clock->now();
    // Cheap (an index on state): sends a dead process left "sending" stop blocking their recipient.
    const auto recovered = m_store.recoverInterrupted(now);
    if (recovered.ok() && recovered.value() > 0)
        qCInfo(lcOutbound) << recovered.value() << "interrupted send(s) marked unknown";
    const auto rows = m_store.queued();
    if (!rows.ok()) {
        qCWarning(lcOutbound) << "Could not read the send queue:" << rows.error().message;
        scheduleAt(now.addSecs(5));
        return;
    }
    QSet<QString> blocked; // recipients with an earlier send not yet accepted
    QDateTime next;
    for (const OutboundItem& item : rows.value()) {
        const QString key = item.channelId + QChar(0x1f) + item.peer;
        if (blocked.contains(key))
            continue;
        blocked.insert(key);
        if (item.state != QLatin1String("queued") || (!m_only.isEmpty() && !m_only.contains(item.id)))
            continue;
        const auto channel = m_channels.find(item.channelId);
        if (channel == m_channels.end() || channel->authFailed)
            continue;
        QDateTime due = item.nextAttemptAt;
        if (channel->pausedUntil.isValid() && channel->pausedUntil > due)
            due = channel->pausedUntil;
        if (due.isValid() && due > now) {
            if (!next.isValid() || due < next)
                next = due;
            continue;
        }
        const auto claimed = m_store.claim(item.id, now);
        if (!claimed.ok() || !claimed.value())
            continue; // another ChannelDesk process took it
        emitItem(item.id);
        dispatch(item, *channel);
    }
    if (next.isValid())
        scheduleAt(next);
}

void OutboundQueue::scheduleAt(const QDateTime& at)
{
    const qint64 delay = std::max<qint64>(0, m_clock->now().msecsTo(at));
    if (!m_timer->isActive() || m_timer->remainingTime() > delay)
        m_timer->start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void OutboundQueue::dispatch(const OutboundItem& item, CloudChannel& channel)
{
    if (item.content.localFile.isEmpty() || !item.content.mediaId.isEmpty()) {
        sendPayload(item, channel);
        return;
    }
    auto* uploader = new MediaUploader(m_network, channel.endpoint, channel.phoneNumberId, this);
    const qint64 id = item.id;
    const QString channelId = item.channelId;
    connect(uploader, &MediaUploader::finished, this,
            [this, uploader, id, channelId, item](const QString&, const MediaUploadResult& result) {
                uploader->deleteLater();
                if (!result.rejection.isEmpty()) {
                    // The file itself is wrong (type, size): trying again cannot help.
                    warnIfFailed(m_store.markFailed(id, 131053, result.rejection, m_clock->now()), id);
                    emitItem(id);
                    pump();
                    return;
                }
                const auto target = m_channels.find(channelId);
                if (result.error.isError() || target == m_channels.end()) {
                    handleFailure(id, channelId, result.error);
                    return;
                }
                OutboundItem uploaded = item;
                uploaded.content.mediaId = result.mediaId;
                uploaded.content.localFile.clear();
                warnIfFailed(m_store.updateContent(id, uploaded.content), id);
                sendPayload(uploaded, *target);
            });
    uploader->upload(QStringLiteral("upload-%1").arg(id), item.content.localFile, std::nullopt,
                     item.content.mimeType);
}

void OutboundQueue::sendPayload(const OutboundItem& item, CloudChannel& channel)
{
    const auto payload = OutboundPayload::build(item.content, item.peer);
    if (!payload.ok()) {
        warnIfFailed(m_store.markFailed(item.id, 100, payload.error().message, m_clock->now()), item.id);
        emitItem(item.id);
        return;
    }
    const QString reference = QStringLiteral("outbound-%1").arg(item.id);
    m_inFlight.insert(reference, item.id);
    channel.sender->send(reference, payload.value());
}

void OutboundQueue::onSent(const QString& reference, const SendResult& result)
{
    if (reference.startsWith(QLatin1String("read:"))) {
        emit markReadFinished(reference.mid(5), result.error.isError() ? describe(result.error) : QString());
        return;
    }
    const qint64 id = m_inFlight.take(reference);
    if (id == 0)
        return;
    const auto item = m_store.item(id);
    const QString channelId = item.ok() && item.value() ? item.value()->channelId : QString();
    if (!result.error.isError()) {
        const Status accepted = m_store.markAccepted(id, result.messageId, m_clock->now());
        if (!accepted.ok())
            qCWarning(lcOutbound) << "Could not record an accepted send:" << accepted.error().message;
        emitItem(id);
        pump(); // the recipient's next message may go now
        return;
    }
    handleFailure(id, channelId, result.error);
}

void OutboundQueue::handleFailure(qint64 id, const QString& channelId, const GraphError& error)
{
    const QDateTime now = m_clock->now();
    const auto item = m_store.item(id);
    const int attempts = item.ok() && item.value() ? item.value()->attempts : 1;
    RetryDecision decision = RetryPolicy::decide(error, attempts, QRandomGenerator::global()->generate());
    if (error.kind == GraphError::Kind::Cancelled)
        decision.action = RetryDecision::Action::Unknown;
    const QString words = describeWithDetails(error);
    const auto channel = m_channels.find(channelId);
    switch (decision.action) {
    case RetryDecision::Action::Retry: {
        const QDateTime at = now.addMSecs(decision.delayMs);
        if (decision.pauseChannel && channel != m_channels.end())
            channel->pausedUntil = at;
        warnIfFailed(m_store.reschedule(id, at, storedCode(error), words, now), id);
        qCInfo(lcOutbound) << "send" << id << "will be retried in" << decision.delayMs << "ms";
        scheduleAt(at);
        break;
    }
    case RetryDecision::Action::Unknown:
        warnIfFailed(
            m_store.markUnknown(id,
                                tr("WhatsApp may have accepted it before the connection ended, so it is not "
                                   "sent again automatically; its status will update if a delivery report "
                                   "arrives.")
                                    + QStringLiteral(" — ") + words,
                                now),
            id);
        break;
    case RetryDecision::Action::Fail:
        warnIfFailed(m_store.markFailed(id, storedCode(error), words, now), id);
        if (error.kind == GraphError::Kind::Api && (error.code == 190 || error.code == 0)
            && channel != m_channels.end())
            channel->authFailed = true;
        break;
    }
    emitItem(id);
    pump();
}

void OutboundQueue::markRead(const QString& channelId, const QString& messageId, bool typing)
{
    const auto channel = m_channels.find(channelId);
    if (channel == m_channels.end()) {
        emit markReadFinished(messageId, tr("This channel cannot send through the Cloud API."));
        return;
    }
    OutboundContent content;
    content.kind = typing ? OutboundContent::Kind::Typing : OutboundContent::Kind::MarkRead;
    content.targetMessageId = messageId;
    const auto payload = OutboundPayload::build(content, QString());
    if (!payload.ok()) {
        emit markReadFinished(messageId, payload.error().message);
        return;
    }
    channel->sender->send(QStringLiteral("read:") + messageId, payload.value());
}

void OutboundQueue::clearOptOut(const QString& channelId, const QString& peer)
{
    const Status cleared = m_store.setOptedOut(channelId, peer, false, {}, m_clock->now());
    if (!cleared.ok())
        qCWarning(lcOutbound) << "Could not clear an opt-out on" << channelId << ":"
                              << cleared.error().message;
    queryConversation(channelId, peer);
}

void OutboundQueue::queryConversation(const QString& channelId, const QString& peer)
{
    const auto window = m_store.window(channelId, peer);
    const auto optedOut = m_store.isOptedOut(channelId, peer);
    emit conversationState(channelId, peer, window.ok() ? window.value() : ServiceWindow{},
                           optedOut.ok() && optedOut.value());
}

SendRateLimiter::Usage OutboundQueue::usage(const QString& channelId) const
{
    return m_limiter.usage(channelId, m_clock->now());
}

void OutboundQueue::emitItem(qint64 id)
{
    const auto item = m_store.item(id);
    if (item.ok() && item.value())
        emit itemChanged(*item.value());
}

} // namespace ChannelDesk
