// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A local stand-in for Meta's Graph API on 127.0.0.1 (libmicrohttpd), answering with the bodies
//! Meta documents (tests/data/graph). It serves the phone number lookup, message sends, media
//! upload and download, message templates and debug_token, records every request, and can be
//! scripted per request (queueResponse / queueError / queueHang) or switched into one failure
//! Scenario for every request.

#include "FakeHttpService.h"

#include "channels/Channel.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <condition_variable>
#include <mutex>

struct MHD_Daemon;
struct MHD_Connection;

class FakeGraphApiServer
{
public:
    enum class Scenario
    {
        Success, //!< every route answers normally (401/190 if the token does not match)
        ExpiredToken, //!< 401, code 190, for every request
        UnknownId, //!< 400, code 100
        RateLimited, //!< 429, code 130429
        ServerError, //!< 500, code 2 (is_transient)
        BadGateway, //!< 502 with an HTML page, no Meta error object
        Hang, //!< accepts the request and never answers (until the server stops)
        MalformedJson, //!< 200 with a truncated body
    };

    struct Request : FakeHttpService::Request
    {
        QJsonObject json() const;
    };
    struct Upload
    {
        QString mediaId;
        QString messagingProduct; //!< the messaging_product form field
        QString typeField; //!< the type form field
        QString fileName;
        QString fileContentType; //!< Content-Type of the file part
        QByteArray data;
    };

    static QString phoneNumberId() { return QStringLiteral("106540352242922"); }
    static QString wabaId() { return QStringLiteral("102290129340398"); }
    static QString validToken();
    //! A Cloud API channel on this server's number, with its valid token and the test secrets.
    ChannelDesk::ChannelDraft cloudChannel(const QString& id, const QString& name) const;
    //! Every error code of the spec's §7 table (200–299 as 200 and 299), for round-trip tests.
    static QList<int> documentedErrorCodes();
    //! Meta's error envelope for a code, and the HTTP status Meta answers it with.
    static QByteArray errorBody(int code);
    static int httpStatusForError(int code);

    FakeGraphApiServer();
    ~FakeGraphApiServer();
    FakeGraphApiServer(const FakeGraphApiServer&) = delete;
    FakeGraphApiServer& operator=(const FakeGraphApiServer&) = delete;

    //! Listens on 127.0.0.1 at a free port.
    bool start();
    void stop();
    QUrl baseUrl() const;

    void setScenario(Scenario scenario);
    //! With a token set, every route answers 190 to any other bearer token.
    void setExpectedToken(const QString& token);
    //! Back to the start state: Success, no expected token, nothing queued, recorded or overridden.
    void reset();

    //! The next request whose path?query contains pathContains (any request if empty) gets this
    //! answer instead of the normal one, whatever the Scenario. Queued answers are used in order.
    void queueResponse(int httpStatus, const QByteArray& body, const QString& pathContains = {},
                       const QByteArray& contentType = "application/json; charset=UTF-8");
    //! queueResponse with errorBody(code) and httpStatusForError(code).
    void queueError(int code, const QString& pathContains = {});
    //! The next matching request is accepted and never answered.
    void queueHang(const QString& pathContains = {});

    //! Overrides (or adds) a field of the phone number (tests/data/graph/phone-number-full.json).
    void setPhoneNumberField(const QString& name, const QJsonValue& value);

    //! Stores a media file as if uploaded; returns its media id.
    QString addMedia(const QByteArray& data, const QString& mimeType);
    //! Announces another sha256 for a media file (a corrupted download).
    void setMediaSha256(const QString& mediaId, const QString& sha256);
    //! The next count media downloads answer 404, as an expired URL does.
    void failMediaDownloads(int count);
    //! Media bytes are sent in chunks of this size with a short pause, so progress and cancel can
    //! be observed (0: all at once).
    void setMediaChunkSize(int bytes);
    QList<Upload> uploads() const;

    //! Replaces the templates (default tests/data/graph/message-templates.json, "data" array).
    void setTemplates(const QJsonArray& templates);
    //! Caps the page size below the limit the client asks for, to exercise paging.
    void setTemplatePageSize(int size);

    //! Replaces the debug_token answer's "data" object (default debug-token-system-user.json).
    void setDebugTokenData(const QJsonObject& data);

    int requestCount() const;
    QString lastPath() const;
    QString lastFields() const;
    QByteArray lastAuthorization() const;
    QList<Request> requests() const;
    QList<Request> requestsTo(const QString& pathContains, const QByteArray& method = {}) const;
    //! Every JSON body POSTed to /{phone-number-id}/messages, in order (also rejected ones).
    QList<QJsonObject> messageBodies() const;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=UTF-8";
        bool hang = false;
        int chunkSize = 0;
    };
    struct Scripted
    {
        QString pathContains;
        Reply reply;
    };
    struct Media
    {
        QByteArray data;
        QString mimeType;
        QString sha256Override;
        int urlVersion = 0;
    };

    static int handle(void* self, MHD_Connection* connection, const char* url, const char* method,
                      const char* version, const char* uploadData, size_t* uploadSize, void** state);
    int respond(MHD_Connection* connection, const Request& request);
    Reply route(const Request& request);
    Reply scenarioReply(Scenario scenario) const;
    // Routes (FakeGraphApiRoutes.cpp); called with m_mutex held.
    Reply phoneNumber(const Request& request) const;
    Reply sendMessage(const Request& request);
    Reply uploadMedia(const Request& request);
    Reply mediaInfo(const Request& request, const QString& mediaId);
    Reply mediaDownload(const Request& request);
    Reply templates(const Request& request) const;
    Reply debugToken(const Request& request) const;

    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_stopping = false;
    Scenario m_scenario = Scenario::Success;
    QString m_expectedToken;
    QList<Request> m_requests;
    QList<Scripted> m_scripted;
    QJsonObject m_phoneNumber;
    QHash<QString, Media> m_media;
    int m_failMediaDownloads = 0;
    int m_mediaChunkSize = 0;
    QList<Upload> m_uploads;
    QJsonArray m_templates;
    int m_templatePageSize = 0;
    QJsonObject m_debugTokenData;
    int m_nextMessage = 0;
    qint64 m_nextMediaId = 0;
};
