// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleActionEndpoints.h"

#include "channels/CloudApiFields.h"
#include "desk/Desk.h"
#include "server/SendEndpoints.h"

#include <QHash>
#include <QUrl>
#include <QUuid>

namespace ChannelDesk {

ConsoleActionEndpoints::ConsoleActionEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

bool ConsoleActionEndpoints::handle(const QString& verb, const ConsoleCall& call)
{
    using Handler = void (ConsoleActionEndpoints::*)(const ConsoleCall&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("markConversationRead"), &ConsoleActionEndpoints::markConversationRead},
        {QStringLiteral("send"), &ConsoleActionEndpoints::send},
        {QStringLiteral("markRead"), &ConsoleActionEndpoints::markRead},
        {QStringLiteral("testConnection"), &ConsoleActionEndpoints::testConnection},
        {QStringLiteral("clearOptOut"), &ConsoleActionEndpoints::clearOptOut},
        {QStringLiteral("checkHealth"), &ConsoleActionEndpoints::checkHealth},
        {QStringLiteral("link"), &ConsoleActionEndpoints::link},
        {QStringLiteral("pairingCode"), &ConsoleActionEndpoints::pairingCode},
    };
    const Handler handler = handlers.value(verb);
    if (!handler)
        return false;
    (this->*handler)(call);
    return true;
}

bool ConsoleActionEndpoints::channelOf(const ConsoleCall& call, QString* channelId) const
{
    if (!call.string(QStringLiteral("channel"), channelId))
        return false;
    call.setTarget(*channelId);
    if (m_context.desk->channel(*channelId))
        return true;
    call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                   tr("There is no channel “%1”.").arg(channelId->left(64))));
    return false;
}

void ConsoleActionEndpoints::markConversationRead(const ConsoleCall& call)
{
    qint64 conversationId = 0;
    if (!call.integer(QStringLiteral("conversation"), &conversationId))
        return;
    call.setTarget(QString::number(conversationId));
    m_context.desk->markConversationRead(conversationId).then(this, [call](const Status& marked) {
        if (!marked.ok())
            return call.fail(marked.error());
        call.ok();
    });
}

void ConsoleActionEndpoints::send(const ConsoleCall& call)
{
    SendRequest request;
    if (!call.decode(QStringLiteral("request"), &request))
        return;
    call.setTarget(request.channelId + QLatin1Char('/') + request.to.trimmed());
    // Checked on the JSON too, in case the codec leaves the member out of the decoded request.
    const QJsonObject content
        = call.body().value(QStringLiteral("request")).toObject().value(QStringLiteral("content")).toObject();
    if (!request.content.localFile.isEmpty()
        || !content.value(QStringLiteral("localFile")).toString().isEmpty())
        return call.bad(tr("The server never reads a file a client names; upload the media instead."));
    // Who sent it is the key, never what the client claims.
    request.sentBy = call.request().key.name;
    request.source = QStringLiteral("console");
    request.reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QObject* waiter = call.waiter(this);
    connect(m_context.desk, &Desk::sendQueued, waiter,
            [call, reference = request.reference](const QString& ref, const OutboundItem& item) {
                if (ref == reference)
                    call.ok({{QStringLiteral("queued"), toWire(item)}});
            });
    connect(m_context.desk, &Desk::sendRefused, waiter,
            [call, reference = request.reference](const QString& ref, const SendRefusal& refused) {
                if (ref != reference)
                    return;
                ApiResponse response = SendEndpoints::refusal(refused);
                response.body.insert(QStringLiteral("refusal"), toWire(refused));
                call.answer(response);
            });
    m_context.desk->send(request);
}

void ConsoleActionEndpoints::markRead(const ConsoleCall& call)
{
    QString channelId;
    QString messageId;
    bool typing = false;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("message"), &messageId)
        || !call.boolean(QStringLiteral("typing"), &typing))
        return;
    call.setTarget(channelId + QLatin1Char('/') + messageId);
    connect(m_context.desk, &Desk::markReadFinished, call.waiter(this),
            [call, messageId](const QString& id, const QString& error) {
                if (id != messageId)
                    return;
                // Not an HTTP error: the request was carried out, and Meta (or the channel) said no.
                call.ok(error.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("error"), error}});
            });
    m_context.desk->markRead(channelId, messageId, typing);
}

void ConsoleActionEndpoints::testConnection(const ConsoleCall& call)
{
    ConnectionCheckRequest request;
    if (!call.decode(QStringLiteral("request"), &request))
        return;
    call.setTarget(request.channelId.isEmpty() ? request.phoneNumberId : request.channelId);
    if (!request.channelId.isEmpty()) {
        const std::optional<Channel> channel = m_context.desk->channel(request.channelId);
        if (!channel)
            return call.answer(
                ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                   tr("There is no channel “%1”.").arg(request.channelId.left(64))));
        // The stored token goes only where the channel sends it anyway: a console must not point
        // it at a host of its own choosing.
        request.graphBaseUrl = QUrl(channel->field(CloudApiFields::graphBaseUrl()));
    }
    m_context.desk->testConnection(request).then(this, [call](const ConnectionCheck& check) {
        ApiResponse response = ApiResponse::ok({{QStringLiteral("check"), toWire(check)}});
        if (check.outcome != ConnectionCheck::Outcome::Ok)
            response.body.insert(QStringLiteral("error"), check.failureText);
        call.answer(response);
    });
}

void ConsoleActionEndpoints::clearOptOut(const ConsoleCall& call)
{
    QString channelId;
    QString peer;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("peer"), &peer))
        return;
    call.setTarget(channelId + QLatin1Char('/') + peer);
    m_context.desk->clearOptOut(channelId, peer);
    call.ok();
}

void ConsoleActionEndpoints::checkHealth(const ConsoleCall& call)
{
    QString channelId;
    if (!channelOf(call, &channelId))
        return;
    m_context.desk->checkHealth(channelId);
    call.ok();
}

void ConsoleActionEndpoints::link(const ConsoleCall& call)
{
    QString channelId;
    QString action;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("action"), &action))
        return;
    static const QStringList actions{QStringLiteral("connect"), QStringLiteral("stop"),
                                     QStringLiteral("restart"), QStringLiteral("logout")};
    if (!actions.contains(action))
        return call.bad(tr("“action” is one of %1.").arg(actions.join(QStringLiteral(", "))));
    call.setAction(QStringLiteral("link.") + action);
    Desk& desk = *m_context.desk;
    if (!desk.hasLink(channelId))
        return call.answer(ApiResponse::error(
            409, QStringLiteral("NOT_LINKED"),
            tr("“%1” has no linked device: only enabled linked-device channels do.").arg(channelId)));
    if (action == QLatin1String("connect"))
        desk.connectLink(channelId);
    else if (action == QLatin1String("stop"))
        desk.stopLink(channelId);
    else if (action == QLatin1String("restart"))
        desk.restartPairing(channelId);
    else
        desk.logoutLink(channelId);
    call.ok();
}

void ConsoleActionEndpoints::pairingCode(const ConsoleCall& call)
{
    QString channelId;
    QString phone;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("phone"), &phone))
        return;
    QObject* waiter = call.waiter(this);
    connect(m_context.desk, &Desk::pairingCodeReceived, waiter,
            [call, channelId](const QString& id, const QString& code) {
                if (id == channelId)
                    call.ok({{QStringLiteral("code"), code}});
            });
    connect(m_context.desk, &Desk::linkErrorOccurred, waiter,
            [call, channelId](const QString& id, const QString& message) {
                if (id == channelId)
                    call.answer(ApiResponse::error(502, QStringLiteral("GATEWAY_ERROR"), message));
            });
    m_context.desk->requestPairingCode(channelId, phone);
}

} // namespace ChannelDesk
