// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What every group of endpoints works with: the Desk, a database thread for the few reads the
//! Desk does not offer (keys, audit, a send's row), and the audit log.

#include "model/AuditEntry.h"
#include "server/ApiExchange.h"

#include <QString>

#include <functional>

namespace ChannelDesk {

class Desk;
class DatabaseWorker;

struct ApiContext
{
    Desk* desk = nullptr;
    DatabaseWorker* worker = nullptr;
    QString databasePath;
    //! Records a change (and puts it on the stream); called on the Desk's thread.
    std::function<void(const AuditEntry&)> audit;
    //! Whether channels may be created or their secrets changed through the API (not when secrets
    //! come only from environment variables), and why not.
    QString setupRefusal;

    void record(const ApiRequest& request, const QString& action, const QString& target,
                const QString& result) const;
};

} // namespace ChannelDesk
