// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ApiRole.h"

namespace ChannelDesk {

QString apiRoleName(ApiRole role)
{
    switch (role) {
    case ApiRole::Viewer:
        return QStringLiteral("viewer");
    case ApiRole::Sender:
        return QStringLiteral("sender");
    case ApiRole::Operator:
        return QStringLiteral("operator");
    case ApiRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

std::optional<ApiRole> parseApiRole(const QString& text)
{
    const QString word = text.trimmed().toLower();
    for (ApiRole role : {ApiRole::Viewer, ApiRole::Sender, ApiRole::Operator, ApiRole::Admin}) {
        if (word == apiRoleName(role))
            return role;
    }
    return std::nullopt;
}

QStringList apiRoleNames()
{
    return {apiRoleName(ApiRole::Viewer), apiRoleName(ApiRole::Sender), apiRoleName(ApiRole::Operator),
            apiRoleName(ApiRole::Admin)};
}

bool allows(ApiRole held, ApiRole needed)
{
    return int(held) >= int(needed);
}

} // namespace ChannelDesk
