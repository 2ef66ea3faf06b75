// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A local stand-in for Meta's Graph API on 127.0.0.1 (libmicrohttpd), answering with the bodies
//! Meta documents (tests/data/graph). Each scenario is one way a real call can go.

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <condition_variable>
#include <mutex>

struct MHD_Daemon;
struct MHD_Connection;

class FakeGraphApiServer
{
public:
    enum class Scenario
    {
        Success, //!< 200, phone-number-get.json (or 401/190 if the token does not match)
        ExpiredToken, //!< 401, code 190
        UnknownId, //!< 400, code 100
        RateLimited, //!< 429, code 130429
        ServerError, //!< 500, code 2 (is_transient)
        BadGateway, //!< 502 with an HTML page, no Meta error object
        Hang, //!< accepts the request and never answers (until the server stops)
        MalformedJson, //!< 200 with a truncated body
    };

    static QString phoneNumberId() { return QStringLiteral("106540352242922"); }
    static QString validToken();

    FakeGraphApiServer();
    ~FakeGraphApiServer();
    FakeGraphApiServer(const FakeGraphApiServer&) = delete;
    FakeGraphApiServer& operator=(const FakeGraphApiServer&) = delete;

    //! Listens on 127.0.0.1 at a free port.
    bool start();
    void stop();
    QUrl baseUrl() const;

    void setScenario(Scenario scenario);
    //! With a token set, Success answers 190 to any other bearer token.
    void setExpectedToken(const QString& token);

    int requestCount() const;
    QString lastPath() const;
    QString lastFields() const;
    QByteArray lastAuthorization() const;

private:
    static int handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                      const char* version, const char* uploadData, size_t* uploadSize, void** state);
    int respond(MHD_Connection* connection, const char* url);

    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_stopping = false;
    Scenario m_scenario = Scenario::Success;
    QString m_expectedToken;
    int m_requestCount = 0;
    QString m_lastPath;
    QString m_lastFields;
    QByteArray m_lastAuthorization;
};
