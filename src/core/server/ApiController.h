// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API of the window's LocalDesk: runs an ApiServer while the settings say so
//! (restarting it when they change), and reads and changes the data directory's API keys and
//! audit log for the window, off its thread. `serve` runs its ApiServer itself, from its options.

#include "model/ApiKeyInfo.h"
#include "model/ApiServerStatus.h"
#include "model/AuditEntry.h"
#include "model/RefusalCount.h"
#include "settings/ApiSettings.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace ChannelDesk {

class ApiServer;
class DatabaseWorker;
class Desk;

class ApiController : public QObject
{
    Q_OBJECT

public:
    //! The window's changes are audited under operatorName, from the address "window".
    ApiController(Desk* desk, QString databasePath, QString operatorName, QObject* parent = nullptr);
    ~ApiController() override;

    //! Starts, restarts or stops the API to match settings.
    void apply(const ApiSettings& settings);
    ApiServerStatus status() const { return m_status; }

    QFuture<Result<QList<ApiKeyInfo>>> keys();
    QFuture<Result<NewApiKey>> createKey(const QString& name, ApiRole role, int ratePerMinute);
    QFuture<Status> revokeKey(const QString& name);
    QFuture<Result<QList<AuditEntry>>> auditLog(int limit);
    QFuture<Result<QList<RefusalCount>>> refusalCounts(int limit);

signals:
    void statusChanged();

private:
    Desk* m_desk;
    QString m_databasePath;
    QString m_operator;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ApiServer> m_server;
    ApiServerStatus m_status;
};

} // namespace ChannelDesk
