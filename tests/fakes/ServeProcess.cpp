// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

ServeProcess::ServeProcess(QString binary, QString dataDir, QProcessEnvironment environment)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
    , m_environment(std::move(environment))
{
    m_logPath = m_dataDir + QStringLiteral(".serve.log");
}

ServeProcess::~ServeProcess()
{
    stop();
}

quint16 ServeProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QJsonObject ServeProcess::Run::json() const
{
    return QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
}

QString ServeProcess::apiBase() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_apiPort);
}

bool ServeProcess::start(const QStringList& extra, bool waitForApi)
{
    if (!m_keepPorts) {
        m_webhookPort = freePort();
        m_apiPort = freePort();
    }
    m_tls = extra.contains(QStringLiteral("--api-tls-cert"));
    QFile::remove(m_logPath);
    m_process.setProcessEnvironment(m_environment);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_logPath);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_webhookPort), QStringLiteral("--data-dir"),
                     m_dataDir};
    if (!extra.contains(QStringLiteral("--api-listen")))
        args << QStringLiteral("--api-listen") << QStringLiteral("127.0.0.1:%1").arg(m_apiPort);
    m_process.start(m_binary, args + extra);
    if (!m_process.waitForStarted(10000))
        return false;
    if (!waitForApi)
        return true;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && isRunning()) {
        if (get(QStringLiteral("/api/v1/health"), {}).status == 200)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void ServeProcess::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServeProcess::restart(const QStringList& extra)
{
    stop();
    m_keepPorts = true;
    const bool started = start(extra);
    m_keepPorts = false;
    return started;
}

QString ServeProcess::log() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ServeProcess::Reply ServeProcess::request(const QByteArray& method, const QString& path, const QString& key,
                                          const QByteArray& body, int timeoutMs) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(apiBase() + path));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (m_tls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certificate});
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timed out");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

ServeProcess::Reply ServeProcess::post(const QString& path, const QString& key, const QJsonObject& body) const
{
    return request("POST", path, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServeProcess::Run ServeProcess::cli(const QStringList& args) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_binary, args + QStringList{QStringLiteral("--data-dir"), m_dataDir});
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString ServeProcess::createKey(const QString& name, const QString& role, int ratePerMinute) const
{
    QStringList args{QStringLiteral("keys"),   QStringLiteral("create"),
                     QStringLiteral("--name"), name,
                     QStringLiteral("--role"), role,
                     QStringLiteral("--json")};
    if (ratePerMinute > 0)
        args << QStringLiteral("--rate") << QString::number(ratePerMinute);
    return cli(args).json().value(QStringLiteral("key")).toString();
}

ServeProcess::Reply ServeProcess::addCloudChannel(const QString& adminKey, const QString& name,
                                                  const QString& token, const QUrl& graphBaseUrl) const
{
    const QJsonObject cloud{{QStringLiteral("name"), name},
                            {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                            {QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()},
                            {QStringLiteral("access_token"), token},
                            {QStringLiteral("verify_token"), TestEnvironment::verifyToken()},
                            {QStringLiteral("app_secret"), TestEnvironment::appSecret()},
                            {QStringLiteral("api_version"), QStringLiteral("v25.0")},
                            {QStringLiteral("graph_base_url"), graphBaseUrl.toString()}};
    return post(QStringLiteral("/api/v1/channels"), adminKey,
                {{QStringLiteral("messaging-whatsapp"), cloud}});
}
