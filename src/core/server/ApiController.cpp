// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiController.h"

#include "server/ApiServer.h"
#include "store/ApiKeyStore.h"
#include "store/AuditStore.h"
#include "store/DatabaseWorker.h"

#include <QDateTime>

namespace ChannelDesk {
namespace {

const QString windowAddress = QStringLiteral("window");

} // namespace

ApiController::ApiController(Desk* desk, QString databasePath, QString operatorName, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_databasePath(std::move(databasePath))
    , m_operator(std::move(operatorName))
    , m_worker(std::make_unique<DatabaseWorker>(m_databasePath))
{ }

ApiController::~ApiController()
{
    m_server.reset();
    m_worker->shutDown();
}

void ApiController::apply(const ApiSettings& settings)
{
    m_server.reset();
    m_status = {};
    if (settings.enabled) {
        m_server = std::make_unique<ApiServer>(m_desk, m_databasePath);
        ApiServer::Options options;
        options.listen = settings.listen;
        options.tlsCertificateFile = settings.tlsCertificateFile;
        options.tlsKeyFile = settings.tlsKeyFile;
        options.insecure = settings.insecure;
        const Status started = m_server->start(options);
        if (started.ok()) {
            m_status = {ApiServerStatus::State::Running, m_server->url(), {}};
        } else {
            m_server.reset();
            m_status = {ApiServerStatus::State::Failed, {}, started.error().message};
        }
    }
    emit statusChanged();
}

QFuture<Result<QList<ApiKeyInfo>>> ApiController::keys()
{
    return m_worker->run([path = m_databasePath] { return ApiKeyStore(path).list(); });
}

QFuture<Result<NewApiKey>> ApiController::createKey(const QString& name, ApiRole role, int ratePerMinute)
{
    return m_worker->run([path = m_databasePath, name, role, ratePerMinute, who = m_operator] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<NewApiKey> made = ApiKeyStore(path).create(name, role, ratePerMinute, now);
        (void)AuditStore(path).record({0, now, who, windowAddress, QStringLiteral("key.create"), name,
                                       made.ok() ? QStringLiteral("ok") : made.error().message});
        return made;
    });
}

QFuture<Status> ApiController::revokeKey(const QString& name)
{
    return m_worker->run([path = m_databasePath, name, who = m_operator] {
        const Status revoked = ApiKeyStore(path).revoke(name);
        (void)AuditStore(path).record({0, QDateTime::currentDateTimeUtc(), who, windowAddress,
                                       QStringLiteral("key.revoke"), name,
                                       revoked.ok() ? QStringLiteral("ok") : revoked.error().message});
        return revoked;
    });
}

QFuture<Result<QList<AuditEntry>>> ApiController::auditLog(int limit)
{
    return m_worker->run([path = m_databasePath, limit] { return AuditStore(path).recent(limit); });
}

QFuture<Result<QList<RefusalCount>>> ApiController::refusalCounts(int limit)
{
    return m_worker->run([path = m_databasePath, limit] { return AuditStore(path).refusals(limit); });
}

} // namespace ChannelDesk
