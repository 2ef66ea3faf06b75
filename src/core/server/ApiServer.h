// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API of a Desk: the HTTP(S) listener, key checks, the endpoints, the audit log and
//! the event stream, put together. `channeldesk serve` runs one, and so does the window when the
//! API is switched on in its settings. Lives on the Desk's thread.

#include "server/ApiListener.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

namespace ChannelDesk {

class ApiAccess;
class ApiRouter;
class DatabaseWorker;
class Desk;
class StreamHub;
class StreamRecorder;
struct AuditEntry;

class ApiServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString listen = defaultAddress();
        QString tlsCertificateFile;
        QString tlsKeyFile;
        //! Serve plain HTTP on an address other machines can reach (behind a TLS proxy).
        bool insecure = false;
        ApiListener::Limits limits;
        //! Non-empty when channels cannot be created through the API, saying why.
        QString setupRefusal;
    };
    static QString defaultAddress() { return QStringLiteral("127.0.0.1:8646"); }

    ApiServer(Desk* desk, QString databasePath, QObject* parent = nullptr);
    ~ApiServer() override;

    //! Checks the options (address, TLS files, no plain HTTP beyond this machine unless insecure)
    //! and starts listening.
    Status start(const Options& options);
    void stop();
    bool isRunning() const;
    //! e.g. http://127.0.0.1:8646
    QString url() const;
    StreamHub* streamHub() const { return m_hub.get(); }

signals:
    //! One line per request; never a key or a body.
    void requestLogged(const QString& line);

private:
    void audit(const AuditEntry& entry);

    Desk* m_desk;
    QString m_databasePath;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ApiAccess> m_access;
    std::unique_ptr<StreamHub> m_hub;
    std::unique_ptr<StreamRecorder> m_recorder;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<ApiListener> m_listener;
};

} // namespace ChannelDesk
