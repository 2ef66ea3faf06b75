// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A small libmicrohttpd server on 127.0.0.1 that hands every complete request (method, path,
//! query, headers, body) to one handler. The handler runs on libmicrohttpd's threads.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <functional>

struct MHD_Daemon;
struct MHD_Connection;

class FakeHttpService
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; //!< names in lower case
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit FakeHttpService(Handler handler);
    ~FakeHttpService();
    FakeHttpService(const FakeHttpService&) = delete;
    FakeHttpService& operator=(const FakeHttpService&) = delete;

    //! Listens on 127.0.0.1 at a free port.
    bool start();
    void stop();
    quint16 port() const { return m_port; }

    //! For servers that answer on their own (hangs, slow bodies): gathers a request across
    //! libmicrohttpd's calls (headers, then body chunks) into request; true once it is complete.
    //! Pass completed() as MHD_OPTION_NOTIFY_COMPLETED to free what it keeps in *state.
    static bool gather(MHD_Connection* connection, const char* url, const char* method,
                       const char* uploadData, size_t* uploadSize, void** state, Request* request);
    static void completed(void* self, MHD_Connection* connection, void** state, int reason);

private:
    static int handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                      const char* version, const char* uploadData, size_t* uploadSize, void** state);

    Handler m_handler;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
};
