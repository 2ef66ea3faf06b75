// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleEndpoints.h"

#include "server/ConsoleVerbs.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ChannelDesk {

ConsoleEndpoints::ConsoleEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_read(context)
    , m_actions(context)
    , m_admin(context)
    , m_bot(context)
{ }

void ConsoleEndpoints::handle(const ApiRequest& request, const ApiReply& reply)
{
    const QString name = request.segments.value(1);
    const std::optional<ConsoleVerb> verb = ConsoleVerbs::find(name);
    if (!verb)
        return reply(ApiResponse::error(404, QStringLiteral("NOT_FOUND"),
                                        tr("There is no console verb “%1”.").arg(name.left(64))));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    const ConsoleCall call(&m_context, request, reply, document.object(), verb->action);
    if (!document.isObject())
        return call.bad(
            tr("The body must be a JSON object ({} when the verb takes nothing): %1.")
                .arg(request.body.trimmed().isEmpty() ? tr("the body is empty") : error.errorString()));
    if (!m_read.handle(name, call) && !m_actions.handle(name, call) && !m_admin.handle(name, call)
        && !m_bot.handle(name, call))
        call.answer(ApiResponse::error(404, QStringLiteral("NOT_FOUND"),
                                       tr("The console verb “%1” is not served here.").arg(name)));
}

} // namespace ChannelDesk
