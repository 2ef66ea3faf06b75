// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiExchange.h"

namespace ChannelDesk {

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonObject{
        {QStringLiteral("ok"), false}, {QStringLiteral("code"), code}, {QStringLiteral("error"), message}};
    return response;
}

ApiResponse ApiResponse::ok(QJsonObject body, int status)
{
    ApiResponse response;
    response.status = status;
    if (!body.contains(QStringLiteral("ok")))
        body.insert(QStringLiteral("ok"), true);
    response.body = std::move(body);
    return response;
}

} // namespace ChannelDesk
