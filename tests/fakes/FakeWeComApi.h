// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A local stand-in for WeCom's server API on 127.0.0.1 (libmicrohttpd, with FakeHttpService's
//! request gathering): gettoken, message/send and agent/get for a set of self-built apps, answering
//! with WeCom's errcodes. It records every message/send, counts gettoken calls, and can be told to
//! invalidate every token, refuse the caller's IP (60020), rate-limit sends (45009) or answer in a
//! hostile way (a trickle, a huge or an endless body).

#include "FakeHttpService.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <condition_variable>
#include <mutex>

struct MHD_Daemon;
struct MHD_Connection;

class FakeWeComApi
{
public:
    struct App
    {
        QString corpId;
        QString secret;
        qint64 agentId = 0;
        QString agentName;
        QString agentDescription;
        QStringList users; //!< the UserIDs in the app's visible range
    };
    struct Send
    {
        QString accessToken;
        QString touser;
        QString msgtype;
        bool agentIdIsInteger = false; //!< "agentid" was a JSON number without a fraction
        qint64 agentId = 0;
        QString content;
        QJsonObject body;
        QByteArray raw; //!< the body as sent
        int errcode = 0; //!< what the fake answered
    };
    enum class Hostile
    {
        None,
        Trickle, //!< 200 announcing a small JSON body, sent one byte every 50 ms, forever
        HugeLength, //!< 200 announcing a 64 MiB body in Content-Length
        Endless, //!< 200, chunked, bytes without end as fast as they go
    };

    //! The 60020 errmsg WeCom sends, naming 203.0.113.9.
    static QString ipNotAllowedMessage();
    static App defaultApp(); //!< ww1234567890abcdef / agent 1000002 / users "zhangsan", "lisi"

    FakeWeComApi();
    ~FakeWeComApi();
    FakeWeComApi(const FakeWeComApi&) = delete;
    FakeWeComApi& operator=(const FakeWeComApi&) = delete;

    //! Listens on 127.0.0.1 at a free port.
    bool start();
    void stop();
    QUrl baseUrl() const;

    //! Back to one defaultApp(), no tokens, nothing recorded or scripted, expires_in 7200.
    void reset();
    void addApp(const App& app);
    void setExpiresIn(int seconds);
    //! Every token issued so far now answers errcode (42001 expired, or 40014 invalid); the next
    //! gettoken issues a new one.
    void invalidateTokens(int errcode = 42001);
    //! The next count message/send calls (after skipping `after` successful ones) answer errcode.
    void failSends(int errcode, int count = 1, int after = 0);
    //! message/send and agent/get answer 60020 with ipNotAllowedMessage() while on.
    void setIpAllowed(bool allowed);
    //! Requests whose path contains pathContains (all if empty) get a hostile answer.
    void setHostile(Hostile hostile, const QString& pathContains = {});

    int gettokenCount() const;
    int requestCount() const;
    //! Every message/send, in order, also the rejected ones.
    QList<Send> sends() const;
    //! The message/send calls that were answered errcode 0.
    QList<Send> delivered() const;
    //! Every access token issued so far (to check none leaks into a message).
    QStringList issuedTokens() const;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        Hostile hostile = Hostile::None;
    };
    struct Token
    {
        QString appKey;
        int rejectWith = 0; //!< 0 while valid
    };

    static int handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                      const char* version, const char* uploadData, size_t* uploadSize, void** state);
    int respond(MHD_Connection* connection, const FakeHttpService::Request& request);
    // Called with m_mutex held.
    Reply route(const FakeHttpService::Request& request);
    Reply gettoken(const FakeHttpService::Request& request);
    Reply messageSend(const FakeHttpService::Request& request);
    Reply agentGet(const FakeHttpService::Request& request);
    //! 0 and the app when the request's access_token is usable, else the errcode to answer.
    int checkToken(const FakeHttpService::Request& request, App* app) const;
    bool stopping() const;

    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    bool m_stopping = false;
    QHash<QString, App> m_apps; //!< by corpId + "/" + secret
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_currentToken; //!< app key → the token gettoken hands out now
    int m_expiresIn = 7200;
    int m_failErrcode = 0;
    int m_failCount = 0;
    int m_failAfter = 0;
    bool m_ipAllowed = true;
    Hostile m_hostile = Hostile::None;
    QString m_hostilePath;
    int m_gettokenCount = 0;
    int m_requestCount = 0;
    int m_nextToken = 0;
    int m_nextMsgId = 0;
    QList<Send> m_sends;
};
