// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleBotEndpoints.h"

#include "desk/Desk.h"
#include "wire/BotWire.h"

namespace ChannelDesk {

ConsoleBotEndpoints::ConsoleBotEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

bool ConsoleBotEndpoints::handle(const QString& verb, const ConsoleCall& call)
{
    if (verb == QLatin1String("botHistory"))
        botHistory(call);
    else if (verb == QLatin1String("retryParked"))
        retryParked(call);
    else
        return false;
    return true;
}

void ConsoleBotEndpoints::botHistory(const ConsoleCall& call)
{
    QString channelId;
    if (!call.string(QStringLiteral("channel"), &channelId))
        return;
    if (!m_context.desk->channel(channelId))
        return call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                              tr("There is no channel “%1”.").arg(channelId.left(64))));
    m_context.desk->botHistory(channelId).then(this, [call](const Result<QList<BotMinute>>& minutes) {
        if (!minutes.ok())
            return call.fail(minutes.error());
        call.ok({{QStringLiteral("minutes"), toWireArray(minutes.value())}});
    });
}

void ConsoleBotEndpoints::retryParked(const ConsoleCall& call)
{
    // An empty channel means every channel, as `channeldesk forward --retry` without --channel.
    QString channelId;
    if (!call.string(QStringLiteral("channel"), &channelId))
        return;
    call.setTarget(channelId.isEmpty() ? QStringLiteral("*") : channelId);
    if (!channelId.isEmpty() && !m_context.desk->channel(channelId))
        return call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                              tr("There is no channel “%1”.").arg(channelId.left(64))));
    m_context.desk->retryParkedForwards(channelId).then(this, [call](const Result<qint64>& requeued) {
        if (!requeued.ok())
            return call.fail(requeued.error());
        call.setResult(QStringLiteral("ok: %1 requeued").arg(requeued.value()));
        call.ok({{QStringLiteral("requeued"), requeued.value()}});
    });
}

} // namespace ChannelDesk
