// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include "CliRunner.h"
#include "CloudChannelAnswers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/stat.h>

ServeProcess::ServeProcess(QString binary, QString dataDir, QProcessEnvironment environment)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
    , m_environment(std::move(environment))
{ }

ServeProcess::~ServeProcess()
{
    stop();
}

std::unique_ptr<ServeProcess> ServeProcess::inHome(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    return std::make_unique<ServeProcess>(qEnvironmentVariable("CHANNELDESK_BINARY"),
                                          QDir(home).filePath(QStringLiteral("data")), env);
}

quint16 ServeProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
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
    // A file a start, so that what a killed serve said is still there to read.
    m_logPath = m_dataDir + QStringLiteral(".serve-%1.log").arg(m_logPaths.size());
    m_logPaths.append(m_logPath);
    QFile::remove(m_logPath);
    if (m_permissiveUmask)
        m_process.setChildProcessModifier([] { ::umask(0); });
    m_process.setProcessEnvironment(m_environment);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_logPath);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_webhookPort), QStringLiteral("--data-dir"),
                     m_dataDir};
    if (!extra.contains(QStringLiteral("--api-listen")) && !extra.contains(QStringLiteral("--no-api")))
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

bool ServeProcess::startReceiver(const QStringList& extra)
{
    if (!start(QStringList{QStringLiteral("--no-api")} + extra, false))
        return false;
    // Listening means the receiver took its port; a serve that gave up says why in log().
    return QTest::qWaitFor([this] { return log().contains(QStringLiteral("Listening on")) || !isRunning(); },
                           15000)
        && isRunning();
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

QString ServeProcess::allLogs() const
{
    QString all;
    for (const QString& path : m_logPaths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll());
    }
    return all;
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
    CliRunner runner(m_binary, m_environment);
    runner.setPermissiveUmask(m_permissiveUmask);
    return runner.run(args + QStringList{QStringLiteral("--data-dir"), m_dataDir});
}

ServeProcess::Run ServeProcess::setup(const QJsonObject& answers) const
{
    const QString path = m_dataDir + QStringLiteral(".answers.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {-1, {}, QStringLiteral("cannot write %1").arg(path)};
    file.write(QJsonDocument(answers).toJson());
    file.close();
    const Run run
        = cli({QStringLiteral("setup"), QStringLiteral("--answers"), path, QStringLiteral("--no-keychain")});
    QFile::remove(path);
    return run;
}

QList<QJsonObject> ServeProcess::logEntries(const QStringList& extra) const
{
    QList<QJsonObject> entries;
    for (const QString& line : cli(QStringList{QStringLiteral("log"), QStringLiteral("--json")} + extra)
                                   .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        entries.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return entries;
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

QHash<QString, QString> ServeProcess::createKeys(const QString& prefix, const QStringList& roles) const
{
    QHash<QString, QString> keys;
    for (const QString& role : roles)
        keys.insert(role, createKey(prefix + role, role));
    return keys;
}

ServeProcess::Reply ServeProcess::addCloudChannel(const QString& adminKey, const QString& name,
                                                  const QString& token, const QUrl& graphBaseUrl) const
{
    return post(QStringLiteral("/api/v1/channels"), adminKey,
                CloudChannelAnswers{name, token, graphBaseUrl}.toAnswers());
}
