// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ChannelEndpoints.h"

#include "desk/Desk.h"
#include "desk/MessageRules.h"
#include "qr/QrImage.h"
#include "server/ApiJson.h"
#include "settings/Settings.h"
#include "wire/BotWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace ChannelDesk {
namespace {

constexpr int kPairingCodeTimeoutMs = 30000;

ChannelState stateOf(const Desk& desk, const QString& channelId)
{
    for (const ChannelState& state : desk.channelStates())
        if (state.channelId == channelId)
            return state;
    ChannelState unknown;
    unknown.channelId = channelId;
    return unknown;
}

} // namespace

ChannelEndpoints::ChannelEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(m_context.desk, &Desk::pairingCodeReceived, this,
            [this](const QString& channelId, const QString& code) {
                m_pairingCodes.insert(channelId, MessageRules::formatPairingCode(code));
            });
    connect(m_context.desk, &Desk::linkStatusChanged, this,
            [this](const QString& channelId, const LinkStatus& status) {
                // A code stays valid at the gateway across a stop or a dropped connection; it is spent
                // once the phone links, and void once a new pairing window starts.
                switch (status.state) {
                case LinkState::AwaitingScan:
                case LinkState::Authenticating:
                case LinkState::Connected:
                case LinkState::LoggedOut:
                case LinkState::Failed:
                    m_pairingCodes.remove(channelId);
                    break;
                default:
                    break;
                }
            });
}

bool ChannelEndpoints::findChannel(const ApiContext& context, const ApiRequest& request,
                                   const ApiReply& reply)
{
    if (context.desk->channel(request.segments.value(1)))
        return true;
    reply(ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                             tr("There is no channel “%1”; GET /api/v1/channels lists them.")
                                 .arg(request.segments.value(1).left(64))));
    return false;
}

void ChannelEndpoints::list(const ApiRequest&, const ApiReply& reply)
{
    QJsonArray channels;
    for (const Channel& channel : m_context.desk->channels()) {
        QJsonObject entry = ApiJson::channel(channel, stateOf(*m_context.desk, channel.id));
        entry.insert(QStringLiteral("bot"), botHealthToApi(m_context.desk->botHealth(channel.id)));
        channels.append(entry);
    }
    reply(ApiResponse::ok({{QStringLiteral("channels"), channels}}));
}

void ChannelEndpoints::get(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const Channel channel = *m_context.desk->channel(request.segments.at(1));
    QJsonObject body = ApiJson::channel(channel, stateOf(*m_context.desk, channel.id));
    // Only what is not secret: the secrets are in the keychain and never leave the server.
    body.insert(QStringLiteral("fields"), channel.fields);
    reply(ApiResponse::ok(body));
}

QJsonObject ChannelEndpoints::statusOf(const QString& channelId) const
{
    const Desk& desk = *m_context.desk;
    const Channel channel = *desk.channel(channelId);
    const ChannelState state = stateOf(desk, channelId);
    QJsonObject body = ApiJson::channel(channel, state);
    body.remove(QStringLiteral("name"));
    body.remove(QStringLiteral("enabled"));
    body.insert(QStringLiteral("since"), ApiJson::time(state.since));
    body.insert(QStringLiteral("reason"), state.reason);
    body.insert(QStringLiteral("last_error"),
                state.lastError.isEmpty() ? QJsonValue() : QJsonValue(state.lastError));
    QJsonValue qr;
    const PairingQr pairing = desk.hasLink(channelId) ? desk.pairingQr(channelId) : PairingQr{};
    if (state.state == LinkState::AwaitingScan && !pairing.raw.isEmpty()) {
        const QByteArray value = pairing.raw.toUtf8();
        qr = QJsonObject{{QStringLiteral("value"), pairing.raw},
                         {QStringLiteral("svg"), QrImage::svgDataUrl(value)},
                         {QStringLiteral("png"), QrImage::pngDataUrl(value)},
                         {QStringLiteral("code"), pairing.sequence},
                         {QStringLiteral("of"), pairing.maxCodes},
                         {QStringLiteral("expires_at"), ApiJson::time(pairing.expiresAt)}};
    }
    body.insert(QStringLiteral("qr"), qr);
    const QString code = state.state == LinkState::AwaitingCode ? m_pairingCodes.value(channelId) : QString();
    body.insert(QStringLiteral("pairing_code"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
    const SendLimits limits = desk.settings()->sendLimits();
    body.insert(QStringLiteral("limits"),
                QJsonObject{{QStringLiteral("per_recipient_per_minute"), limits.perRecipientPerMinute},
                            {QStringLiteral("per_recipient_per_hour"), limits.perRecipientPerHour},
                            {QStringLiteral("per_day"), limits.perDay}});
    if (state.tokenExpiresAt.isValid())
        body.insert(QStringLiteral("token_expires_at"), ApiJson::time(state.tokenExpiresAt));
    body.insert(QStringLiteral("bot"), botHealthToApi(desk.botHealth(channelId)));
    if (channel.kind == ChannelKinds::weCom()) {
        const WeComTokenState token = desk.weComTokenState(channelId);
        static const char* const words[] = {"unknown", "valid", "failed"};
        QDateTime lastCallback;
        for (const ChannelActivity& activity : desk.channelActivity()) {
            if (activity.channelId == channelId)
                lastCallback = activity.lastInbound;
        }
        body.insert(QStringLiteral("wecom"),
                    QJsonObject{{QStringLiteral("token"), QString::fromLatin1(words[int(token.state)])},
                                {QStringLiteral("token_expires_at"), ApiJson::time(token.expiresAt)},
                                {QStringLiteral("token_error"),
                                 token.error.isEmpty() ? QJsonValue() : QJsonValue(token.error)},
                                {QStringLiteral("last_callback_at"), ApiJson::time(lastCallback)}});
    }
    return body;
}

void ChannelEndpoints::status(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    // Today's count comes from the send queue's thread; the rest is known here.
    auto* waiter = new QObject(this);
    auto answered = std::make_shared<bool>(false);
    auto answer = [this, channelId, reply, waiter, answered](const std::optional<SendUsage>& usage) {
        if (std::exchange(*answered, true))
            return; // the timer or a second signal before the waiter is gone
        QJsonObject body = statusOf(channelId);
        if (usage) {
            QJsonObject limits = body.value(QStringLiteral("limits")).toObject();
            limits.insert(QStringLiteral("sent_today"), usage->today);
            body.insert(QStringLiteral("limits"), limits);
        }
        reply(ApiResponse::ok(body));
        waiter->deleteLater();
    };
    QTimer::singleShot(2000, waiter, [answer] { answer(std::nullopt); });
    if (m_context.desk->channel(channelId)->kind == ChannelKinds::weCom()) {
        // No send limits of ours; the last callback is read now (a server reads the figures
        // only every 30 s otherwise).
        connect(m_context.desk, &Desk::channelActivityChanged, waiter, [answer] { answer(std::nullopt); });
        m_context.desk->refreshActivity();
        return;
    }
    connect(m_context.desk, &Desk::sendUsageChanged, waiter,
            [channelId, answer](const QString& id, const SendUsage& usage) {
                if (id == channelId)
                    answer(usage);
            });
    m_context.desk->refreshSendUsage({channelId});
}

void ChannelEndpoints::linkAction(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    const QString action = request.segments.at(2);
    Desk& desk = *m_context.desk;
    if (!desk.hasLink(channelId)) {
        const QString why = tr("“%1” has no linked device to %2: only enabled linked-device channels do.")
                                .arg(channelId, action);
        m_context.record(request, action, channelId, QStringLiteral("NOT_LINKED"));
        reply(ApiResponse::error(409, QStringLiteral("NOT_LINKED"), why));
        return;
    }
    if (action == QLatin1String("connect"))
        desk.connectLink(channelId);
    else if (action == QLatin1String("stop"))
        desk.stopLink(channelId);
    else if (action == QLatin1String("restart"))
        desk.restartPairing(channelId);
    else
        desk.logoutLink(channelId);
    m_context.record(request, action, channelId, QStringLiteral("ok"));
    reply(ApiResponse::ok({{QStringLiteral("state"), ApiJson::stateWord(desk.linkStatus(channelId).state)}}));
}

void ChannelEndpoints::pairingCode(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    const QString phone
        = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("phone")).toString();
    const auto number = MessageRules::normalizeRecipient(phone);
    if (!number.ok()) {
        m_context.record(request, QStringLiteral("pairing-code"), channelId,
                         QStringLiteral("INVALID_NUMBER"));
        reply(ApiResponse::error(422, QStringLiteral("INVALID_NUMBER"), number.error().message));
        return;
    }
    if (!m_context.desk->hasLink(channelId) || !m_context.desk->supportsPairingCode(channelId)) {
        m_context.record(request, QStringLiteral("pairing-code"), channelId, QStringLiteral("NOT_SUPPORTED"));
        reply(
            ApiResponse::error(409, QStringLiteral("NOT_SUPPORTED"),
                               tr("“%1” cannot pair by code: it is not an enabled linked-device channel, or "
                                  "its gateway offers only the QR code.")
                                   .arg(channelId)));
        return;
    }
    auto* waiter = new QObject(this);
    auto finish
        = [this, request, channelId, reply, waiter](const ApiResponse& response, const QString& result) {
              m_context.record(request, QStringLiteral("pairing-code"), channelId, result);
              reply(response);
              waiter->deleteLater();
          };
    connect(m_context.desk, &Desk::pairingCodeReceived, waiter,
            [channelId, finish](const QString& id, const QString& code) {
                if (id == channelId)
                    finish(ApiResponse::ok(
                               {{QStringLiteral("pairing_code"), MessageRules::formatPairingCode(code)}}),
                           QStringLiteral("ok"));
            });
    connect(m_context.desk, &Desk::linkErrorOccurred, waiter,
            [channelId, finish](const QString& id, const QString& message) {
                if (id == channelId)
                    finish(ApiResponse::error(502, QStringLiteral("GATEWAY_ERROR"), message),
                           QStringLiteral("GATEWAY_ERROR"));
            });
    QTimer::singleShot(kPairingCodeTimeoutMs, waiter, [finish] {
        finish(ApiResponse::error(504, QStringLiteral("TIMEOUT"),
                                  tr("The gateway gave no pairing code within 30 seconds.")),
               QStringLiteral("TIMEOUT"));
    });
    m_context.desk->requestPairingCode(channelId, number.value());
}

void ChannelEndpoints::clearOptOut(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    const QString peer = MessageRules::normalisePeer(request.segments.at(3));
    m_context.desk->clearOptOut(channelId, peer);
    m_context.record(request, QStringLiteral("clear-opt-out"), channelId + QLatin1Char('/') + peer,
                     QStringLiteral("ok"));
    reply(ApiResponse::ok({{QStringLiteral("peer"), peer}}));
}

void ChannelEndpoints::retryForwards(const ApiRequest& request, const ApiReply& reply)
{
    if (!findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    m_context.desk->retryParkedForwards(channelId).then(
        this, [this, request, reply, channelId](const Result<qint64>& requeued) {
            if (!requeued.ok()) {
                m_context.record(request, QStringLiteral("forward.retry"), channelId,
                                 QStringLiteral("FAILED"));
                reply(ApiResponse::error(500, QStringLiteral("FAILED"), requeued.error().message));
                return;
            }
            m_context.record(request, QStringLiteral("forward.retry"), channelId,
                             QStringLiteral("ok: %1 requeued").arg(requeued.value()));
            reply(ApiResponse::ok({{QStringLiteral("requeued"), requeued.value()}}));
        });
}

} // namespace ChannelDesk
