// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A real `channeldesk serve` process for the server tests: free loopback ports for the webhook
//! receiver and the API, start and stop, synchronous HTTP(S) requests to the API, and the other
//! commands of the same binary on the same data directory (setup, log).

#include "CliRun.h"

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>

class ServeProcess
{
public:
    struct Reply
    {
        int status = 0; //!< 0 when there was no HTTP answer
        QJsonObject json;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; //!< lower-case names
        QString networkError;
        QString code() const { return json.value(QStringLiteral("code")).toString(); }
    };
    using Run = CliRun;

    ServeProcess(QString binary, QString dataDir, QProcessEnvironment environment);
    ~ServeProcess();
    //! The binary the tests were built with ($CHANNELDESK_BINARY), with HOME and the data
    //! directory (home/data) inside the test's own directory, as most server tests want it.
    static std::unique_ptr<ServeProcess> inHome(const QString& home);

    //! Starts serve with --listen and --api-listen on free ports plus extra; waits until the API
    //! answers /api/v1/health (or, with waitForApi false, until the process started).
    bool start(const QStringList& extra = {}, bool waitForApi = true);
    //! Starts serve with --no-api (the webhook receiver alone) on a free port plus extra; waits
    //! until it says it listens. False when it did not get there.
    bool startReceiver(const QStringList& extra = {});
    //! SIGTERM, and waits for the exit.
    void stop();
    //! Stops and starts again on the same ports and data directory (extra may differ).
    bool restart(const QStringList& extra = {});
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    //! Everything serve wrote to stderr so far.
    QString log() const;
    //! What every start of this object wrote to stderr, one after another: a test that kills
    //! serve still reads what the killed ones said.
    QString allLogs() const;
    //! The running (or last) serve itself, for tests that signal it or read its exit.
    QProcess& process() { return m_process; }
    //! Every child gets a umask of 0: what serve and setup make must be owner-only anyway.
    void setPermissiveUmask(bool permissive) { m_permissiveUmask = permissive; }

    quint16 webhookPort() const { return m_webhookPort; }
    quint16 apiPort() const { return m_apiPort; }
    //! http(s)://127.0.0.1:PORT
    QString apiBase() const;
    //! Trust this certificate for https requests (the test's self-signed one).
    void setTrustedCertificate(const QSslCertificate& certificate) { m_certificate = certificate; }

    Reply request(const QByteArray& method, const QString& path, const QString& key,
                  const QByteArray& body = {}, int timeoutMs = 30000) const;
    Reply get(const QString& path, const QString& key) const { return request("GET", path, key); }
    Reply post(const QString& path, const QString& key, const QJsonObject& body) const;

    //! Runs another command of the binary on the same data directory.
    Run cli(const QStringList& args) const;
    //! `setup --answers --no-keychain` with these answers, from a file removed again afterwards.
    Run setup(const QJsonObject& answers) const;
    //! The entries `log --json` prints, with extra arguments such as --channel.
    QList<QJsonObject> logEntries(const QStringList& extra = {}) const;
    //! Sets up a Cloud API channel through the API with an admin key: the Graph API stand-in's
    //! phone number id and graphBaseUrl, the test environment's verify token and app secret.
    Reply addCloudChannel(const QString& adminKey, const QString& name, const QString& token,
                          const QUrl& graphBaseUrl) const;
    //! `keys create` and the key it printed.
    QString createKey(const QString& name, const QString& role, int ratePerMinute = 0) const;
    //! A key a role, named prefix + role, by role; a key that could not be made is empty.
    QHash<QString, QString> createKeys(const QString& prefix, const QStringList& roles) const;

    static quint16 freePort();

private:
    QString m_binary;
    QString m_dataDir;
    QProcessEnvironment m_environment;
    QString m_logPath;
    QStringList m_logPaths; //!< one a start that chose new ports
    bool m_permissiveUmask = false;
    mutable QProcess m_process;
    quint16 m_webhookPort = 0;
    quint16 m_apiPort = 0;
    bool m_tls = false;
    bool m_keepPorts = false;
    QSslCertificate m_certificate;
};
