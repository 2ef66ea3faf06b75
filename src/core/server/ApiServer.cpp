// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ApiServer.h"

#include "desk/Desk.h"
#include "server/ApiAccess.h"
#include "server/ApiRouter.h"
#include "server/ApiRoutes.h"
#include "server/StreamHub.h"
#include "server/StreamRecorder.h"
#include "store/AuditStore.h"
#include "store/DatabaseWorker.h"
#include "util/DiskUsageProbe.h"
#include "util/Logging.h"
#include "webhook/ListenAddress.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <mutex>

namespace ChannelDesk {
namespace {

Result<QByteArray> readPem(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("ApiServer", "Cannot read the TLS %1 %2: %3")
                         .arg(what, path, file.errorString())};
    const QByteArray pem = file.read(1024 * 1024);
    if (!pem.contains("-----BEGIN "))
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ApiServer", "The TLS %1 %2 is not in PEM format (-----BEGIN …).")
                .arg(what, path)};
    return pem;
}

//! /health's disk object, measured at most every few seconds: the endpoint needs no key, and a
//! directory listing per request would let anyone make the server stat files in a loop.
std::function<QJsonObject()> diskHealth(const QString& dataDir)
{
    struct Cache
    {
        std::mutex mutex;
        qint64 measuredAt = 0;
        QJsonObject disk;
    };
    auto cache = std::make_shared<Cache>();
    return [cache, dataDir] {
        std::lock_guard lock(cache->mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (cache->measuredAt == 0 || now - cache->measuredAt >= 5000) {
            cache->disk = DiskUsageProbe::toJson(DiskUsageProbe::measure(dataDir));
            cache->measuredAt = now;
        }
        return QJsonObject{{QStringLiteral("disk"), cache->disk}};
    };
}

} // namespace

ApiServer::ApiServer(Desk* desk, QString databasePath, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_databasePath(std::move(databasePath))
{ }

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::isRunning() const
{
    return m_listener && m_listener->isRunning();
}

QString ApiServer::url() const
{
    return m_listener ? m_listener->url() : QString();
}

Status ApiServer::start(const Options& options)
{
    if (isRunning())
        return Done{};
    QString host;
    quint16 port = 0;
    if (!ListenAddress::parse(options.listen, &host, &port) || QHostAddress(host).isNull())
        return Error{
            ErrorCode::InvalidInput,
            tr("“%1” is not HOST:PORT for the API, e.g. 127.0.0.1:8646 or [::1]:8646.").arg(options.listen)};
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("TLS needs both a certificate and its key (PEM files).")};
    ApiListener::Tls tls;
    if (!options.tlsCertificateFile.isEmpty()) {
        const Result<QByteArray> certificate = readPem(options.tlsCertificateFile, tr("certificate"));
        if (!certificate.ok())
            return certificate.error();
        const Result<QByteArray> key = readPem(options.tlsKeyFile, tr("key"));
        if (!key.ok())
            return key.error();
        tls = {certificate.value(), key.value()};
    }
    if (!tls.enabled() && !QHostAddress(host).isLoopback() && !options.insecure)
        return Error{
            ErrorCode::InvalidInput,
            tr("Refusing to serve the API on %1 without TLS: API keys would cross the network in "
               "clear. Give a certificate and key (--api-tls-cert, --api-tls-key), or --api-insecure "
               "when a TLS proxy in front of it is the only way in.")
                .arg(options.listen)};

    m_worker = std::make_unique<DatabaseWorker>(m_databasePath);
    m_access = std::make_unique<ApiAccess>(m_databasePath);
    m_hub = std::make_unique<StreamHub>(m_databasePath);
    m_recorder = std::make_unique<StreamRecorder>(m_desk, m_databasePath, m_hub.get());
    m_hub->setQrSource(m_recorder->qrSource());
    const Status hubStarted = m_hub->start();
    if (!hubStarted.ok()) {
        stop();
        return hubStarted;
    }
    ApiContext context;
    context.desk = m_desk;
    context.worker = m_worker.get();
    context.databasePath = m_databasePath;
    context.audit = [this](const AuditEntry& entry) { audit(entry); };
    context.setupRefusal = options.setupRefusal;
    m_router = std::make_unique<ApiRouter>(context);
    StreamHub* hub = m_hub.get();
    connect(m_access.get(), &ApiAccess::keysRevoked, this, [hub](const QStringList& names) {
        for (const QString& name : names)
            hub->dropKey(name);
    });
    m_listener = std::make_unique<ApiListener>(
        m_access.get(), &ApiRoutes::roleOf,
        [router = m_router.get()](const ApiRequest& request, const ApiReply& reply) {
            router->handle(request, reply);
        },
        [hub](int fd, const QByteArray& alreadyRead, std::function<void()> release,
              const ApiRequest& request) {
            std::optional<qint64> after;
            bool ok = false;
            const qint64 cursor = request.query.value(QStringLiteral("after")).toLongLong(&ok);
            if (ok && cursor >= 0)
                after = cursor;
            hub->adopt(fd, alreadyRead, std::move(release), request.key.name, after);
        });
    m_listener->setLimits(options.limits);
    m_listener->setHealthDetails(diskHealth(QFileInfo(m_databasePath).absolutePath()));
    connect(m_listener.get(), &ApiListener::requestLogged, this, &ApiServer::requestLogged,
            Qt::DirectConnection);
    m_access->start();
    const Status listening = m_listener->start(host, port, tls);
    if (!listening.ok()) {
        stop();
        return listening;
    }
    return Done{};
}

void ApiServer::stop()
{
    // Streams first: libmicrohttpd must not be stopped with upgraded connections open.
    if (m_hub)
        m_hub->stop();
    if (m_listener)
        m_listener->stop();
    if (m_access)
        m_access->stop();
    m_listener.reset();
    m_router.reset();
    m_recorder.reset();
    m_hub.reset();
    m_access.reset();
    if (m_worker)
        m_worker->shutDown();
    m_worker.reset();
}

void ApiServer::audit(const AuditEntry& entry)
{
    m_worker->post([path = m_databasePath, entry] {
        const Result<qint64> stored = AuditStore(path).record(entry);
        if (!stored.ok())
            qCWarning(lcStore) << "Could not write the audit log:" << stored.error().message;
    });
    if (m_recorder)
        m_recorder->recordAudit(entry);
}

} // namespace ChannelDesk
