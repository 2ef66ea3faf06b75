// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! WeCom's server API for a self-built app: gettoken (cached per app until 5 minutes before
//! expires_in, refreshed and the call retried once on 40014/42001/42007/42009), message/send
//! (text split into parts of at most 2048 UTF-8 bytes, sent in order; markdown) and agent/get.
//! Every request has an overall deadline (not only an idle timeout) and a 1 MiB cap on what it
//! reads of the answer. Lives on the thread that created it.

#include "model/WeComTokenState.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QJsonObject;

namespace ChannelDesk {

class Clock;

struct WeComApp
{
    QString corpId;
    QString corpSecret;
    qint64 agentId = 0;
    QUrl baseUrl; //!< empty: https://qyapi.weixin.qq.com
};

struct WeComResult
{
    bool ok = false;
    int errcode = 0; //!< WeCom's, 0 when the failure was not WeCom's answer
    QString errmsg; //!< WeCom's own words
    QString message; //!< ready to show: WeCom's words plus cause and fix (WeComErrorDecoder), or
                     //!< the network's words plus a plain explanation
    int httpStatus = 0;
    QStringList msgIds; //!< message/send: one per part sent
    int partsSent = 0; //!< message/send: parts WeCom took before a failure
    QString agentName; //!< agent/get
    QString agentDescription;
};

class WeComApiClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const WeComResult&)>;

    explicit WeComApiClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);
    ~WeComApiClient() override;

    //! Overall deadline of one HTTP request, default 20 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    //! Sends text to one user (or "a|b"); done is called once, on context's thread, unless
    //! context is gone.
    void sendText(const WeComApp& app, const QString& toUser, const QString& text, QObject* context,
                  Done done);
    void sendMarkdown(const WeComApp& app, const QString& toUser, const QString& markdown, QObject* context,
                      Done done);
    //! gettoken, then agent/get: the app's name for Test Connection.
    void fetchAgent(const WeComApp& app, QObject* context, Done done);

    WeComTokenState tokenState(const QString& corpId, qint64 agentId) const;
    //! Drops cached tokens (after the secret was replaced).
    void forget(const QString& corpId, qint64 agentId);
    //! The clock that decides when a cached token is due for renewal (tests); default the system's.
    void setClock(const Clock* clock);

    static constexpr int kMaxTextBytes = 2048;
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

signals:
    void tokenStateChanged(const QString& corpId, qint64 agentId);

private:
    struct Token;
    struct TokenFetch;
    struct ApiCall;
    struct SendJob;
    //! result: WeCom's answer (errcode, errmsg, message) or a transport failure (message); json: the
    //! answer's object, empty on a transport failure.
    using Answered = std::function<void(const WeComResult& result, const QJsonObject& json)>;
    using TokenWaiter = std::function<void(const QString& token, const WeComResult& failure)>;

    static QString key(const QString& corpId, qint64 agentId);
    void withToken(const WeComApp& app, TokenWaiter waiter);
    void fetchToken(const WeComApp& app, const std::shared_ptr<TokenFetch>& fetch);
    void callWithToken(const std::shared_ptr<ApiCall>& call);
    void sendNextPart(const std::shared_ptr<SendJob>& job);
    void send(const WeComApp& app, const QString& toUser, const QString& msgtype, const QString& content,
              QObject* context, Done done);
    //! Runs one HTTP request with the deadline and the answer cap; secrets are words to keep out of
    //! every message.
    void exchange(bool post, const QUrl& url, const QByteArray& body, const QStringList& secrets,
                  Answered answered);
    void setState(const QString& key, const WeComTokenState& state);
    static void deliver(const QPointer<QObject>& context, const Done& done, const WeComResult& result);

    QNetworkAccessManager* m_network = nullptr;
    bool m_ownsNetwork = false;
    int m_timeoutMs = 20000;
    const Clock* m_clock = nullptr;
    QHash<QString, WeComTokenState> m_states; //!< by "corpId/agentId"
    QHash<QString, std::shared_ptr<Token>> m_tokens; //!< by "corpId/agentId"
};

} // namespace ChannelDesk
