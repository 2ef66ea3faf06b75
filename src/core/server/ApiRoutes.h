// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Which endpoints exist and the role each needs. The listener asks before it hands a request on,
//! so no handler can forget a role check.

#include "model/ApiRole.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace ChannelDesk {

class ApiRoutes
{
public:
    //! segments: the path after /api/v1/, split at '/'. nullopt when there is no such endpoint.
    static std::optional<ApiRole> roleOf(const QByteArray& method, const QStringList& segments);
};

} // namespace ChannelDesk
