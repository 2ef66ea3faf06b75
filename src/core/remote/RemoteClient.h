// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! HTTP(S) to a ChannelDesk server's API for a remote window: one QNetworkAccessManager, the key
//! as a bearer token on every request, console verbs as POST /api/v1/console/VERB, and certificate
//! trust on first use (CertificatePins) for HTTPS and the stream's WebSocket alike. Every answer is
//! a future; cancelling it aborts the request. Failures carry the server's own words (its `error`)
//! or the network's, with a plain explanation of what to check.

#include "util/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QNetworkRequest;
class QWebSocket;

namespace ChannelDesk {

class CertificatePins;

class RemoteClient : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 0; //!< HTTP status; 0 when no answer came
        QJsonObject body; //!< the server's JSON object (also for errors)
        QString code; //!< the API's error code ("FORBIDDEN", …); "NETWORK", "TLS" or "MALFORMED" when no JSON
                      //!< came
        //! For a failure: code is the facade's error_code when the server sent one, otherwise the
        //! HTTP status (or 0); message is ready to show.
        Error error;
        bool ok() const { return status >= 200 && status < 300 && !error.code && error.message.isEmpty(); }
    };

    //! server: a base URL as ServerAddress::parse() makes it. pins: not owned, must outlive this.
    RemoteClient(const QUrl& server, const QString& key, CertificatePins* pins, QObject* parent = nullptr);
    ~RemoteClient() override;

    QUrl server() const { return m_server; }
    QString key() const { return m_key; }

    //! POST /api/v1/console/VERB with body. The future finishes on this object's thread.
    QFuture<Answer> call(const QString& verb, const QJsonObject& body = {});
    //! GET /api/v1/PATH (e.g. "health").
    QFuture<Answer> get(const QString& path);

    //! ws:// or wss:// …/api/v1/stream, with after=CURSOR when cursor > 0.
    QUrl streamUrl(qint64 after) const;
    //! Sets the bearer header and lets a pinned certificate through on socket's handshake; an
    //! untrusted or changed one is reported with certificateRefused() and the handshake fails.
    void prepare(QWebSocket* socket, QNetworkRequest* request);

    //! Per-request timeout (default 30 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    //! The server's certificate is not trusted by the system and not the pinned one. pinned is
    //! empty on first contact (ask the user), otherwise the fingerprint trusted before (refuse).
    void certificateRefused(const QString& fingerprint, const QString& pinned);

private:
    //! Whether errors may be ignored because the peer's certificate is the pinned one.
    bool acceptPinned(const QList<QSslError>& errors);

    QUrl m_server;
    QString m_key;
    CertificatePins* m_pins;
    QNetworkAccessManager* m_network;
    int m_timeoutMs = 30000;
};

} // namespace ChannelDesk
