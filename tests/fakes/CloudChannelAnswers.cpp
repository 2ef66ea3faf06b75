// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudChannelAnswers.h"

#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

QJsonObject CloudChannelAnswers::toJson() const
{
    QJsonObject cloud{
        {QStringLiteral("name"), name},
        {QStringLiteral("public_base_url"), publicBaseUrl},
        {QStringLiteral("phone_number_id"),
         phoneNumberId.isEmpty() ? FakeGraphApiServer::phoneNumberId() : phoneNumberId},
        {QStringLiteral("access_token"), token},
        {QStringLiteral("verify_token"),
         verifyToken.isEmpty() ? TestEnvironment::verifyToken() : verifyToken},
        {QStringLiteral("app_secret"), appSecret.isEmpty() ? TestEnvironment::appSecret() : appSecret}};
    if (!graphBaseUrl.isEmpty()) {
        cloud.insert(QStringLiteral("api_version"), QStringLiteral("v25.0"));
        cloud.insert(QStringLiteral("graph_base_url"), graphBaseUrl.toString());
    }
    return cloud;
}

QJsonObject CloudChannelAnswers::toAnswers() const
{
    return {{QStringLiteral("messaging-whatsapp"), toJson()}};
}
