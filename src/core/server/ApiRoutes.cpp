// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiRoutes.h"

#include "server/ConsoleVerbs.h"

namespace ChannelDesk {

std::optional<ApiRole> ApiRoutes::roleOf(const QByteArray& method, const QStringList& segments)
{
    const bool get = method == "GET";
    const bool post = method == "POST";
    const qsizetype n = segments.size();
    if (n == 0)
        return std::nullopt;
    const QString& first = segments.at(0);
    if (first == QLatin1String("console")) {
        const auto verb = n == 2 && post ? ConsoleVerbs::find(segments.at(1)) : std::nullopt;
        return verb ? std::optional(verb->role) : std::nullopt;
    }
    if (first == QLatin1String("stream") && n == 1 && get)
        return ApiRole::Viewer;
    if (first == QLatin1String("conversations") && post && n == 3
        && (segments.at(2) == QLatin1String("takeover") || segments.at(2) == QLatin1String("return")))
        return ApiRole::Operator;
    if (first == QLatin1String("conversations") && get && (n == 1 || n == 4)) {
        if (n == 4 && segments.at(3) != QLatin1String("messages"))
            return std::nullopt;
        return ApiRole::Viewer;
    }
    if (first == QLatin1String("audit") && n == 1 && get)
        return ApiRole::Admin;
    if (first == QLatin1String("keys") && ((n == 1 && (get || post)) || (n == 2 && method == "DELETE")))
        return ApiRole::Admin;
    if (first != QLatin1String("channels"))
        return std::nullopt;
    if (n == 1)
        return get ? std::optional(ApiRole::Viewer) : post ? std::optional(ApiRole::Admin) : std::nullopt;
    if (n == 2) {
        if (method == "PATCH" || method == "DELETE")
            return ApiRole::Admin;
        return get ? std::optional(ApiRole::Viewer) : std::nullopt;
    }
    const QString& action = segments.at(2);
    if (n == 3 && get && action == QLatin1String("status"))
        return ApiRole::Viewer;
    if (n == 3 && post) {
        if (action == QLatin1String("connect") || action == QLatin1String("stop")
            || action == QLatin1String("restart") || action == QLatin1String("logout")
            || action == QLatin1String("pairing-code"))
            return ApiRole::Operator;
        if (action == QLatin1String("messages") || action == QLatin1String("test"))
            return ApiRole::Sender;
    }
    if (n == 4 && action == QLatin1String("messages") && get)
        return ApiRole::Viewer;
    if (n == 4 && action == QLatin1String("opt-outs") && method == "DELETE")
        return ApiRole::Operator;
    if (n == 4 && post && action == QLatin1String("forward") && segments.at(3) == QLatin1String("retry"))
        return ApiRole::Operator;
    return std::nullopt;
}

} // namespace ChannelDesk
