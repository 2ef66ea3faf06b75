// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiContext.h"

#include <QDateTime>

namespace ChannelDesk {

void ApiContext::record(const ApiRequest& request, const QString& action, const QString& target,
                        const QString& result) const
{
    if (audit)
        audit(AuditEntry{0, QDateTime::currentDateTimeUtc(), request.key.name, request.remote, action, target,
                         result});
}

} // namespace ChannelDesk
