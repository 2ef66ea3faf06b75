// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComApiClient.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "wecom/WeComErrorDecoder.h"
#include "wecom/WeComTextSplitter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace ChannelDesk {
namespace {

QString defaultBaseUrl()
{
    return QStringLiteral("https://qyapi.weixin.qq.com");
}

QUrl apiUrl(const WeComApp& app, const QString& path, const QUrlQuery& query)
{
    QUrl url = app.baseUrl.isEmpty() ? QUrl(defaultBaseUrl()) : app.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    return url;
}

//! Percent-encoded for a query item: QUrlQuery leaves '+' alone, which servers read as a space.
QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

struct WeComApiClient::TokenFetch
{
    QString secret;
    QList<TokenWaiter> waiters;
};

struct WeComApiClient::Token
{
    QString secret; //!< the secret accessToken was issued for: another one means the app changed
    QString accessToken;
    QDateTime renewAt;
    std::shared_ptr<TokenFetch> pending;
};

struct WeComApiClient::ApiCall
{
    WeComApp app;
    QString path;
    QUrlQuery query; //!< without access_token
    bool post = false;
    QByteArray body;
    bool retried = false;
    Answered answered;
};

struct WeComApiClient::SendJob
{
    WeComApp app;
    QString toUser;
    QString msgtype;
    QStringList parts;
    WeComResult result;
    QPointer<QObject> context;
    Done done;
};

WeComApiClient::WeComApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(Clock::system())
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_ownsNetwork = true;
    }
}

WeComApiClient::~WeComApiClient()
{
    // Replies in flight are our children; cut them off first so no handler runs on a half-destroyed
    // client while QObject deletes them.
    const QList<QNetworkReply*> replies = findChildren<QNetworkReply*>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, nullptr, nullptr);
        reply->abort();
        delete reply;
    }
}

void WeComApiClient::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

QString WeComApiClient::key(const QString& corpId, qint64 agentId)
{
    return corpId + QLatin1Char('/') + QString::number(agentId);
}

WeComTokenState WeComApiClient::tokenState(const QString& corpId, qint64 agentId) const
{
    return m_states.value(key(corpId, agentId));
}

void WeComApiClient::forget(const QString& corpId, qint64 agentId)
{
    const QString k = key(corpId, agentId);
    // A gettoken in flight still answers its own waiters, but its token is no longer cached.
    m_tokens.remove(k);
    if (m_states.remove(k) > 0)
        emit tokenStateChanged(corpId, agentId);
}

void WeComApiClient::setState(const QString& k, const WeComTokenState& state)
{
    m_states.insert(k, state);
    const qsizetype slash = k.lastIndexOf(QLatin1Char('/'));
    emit tokenStateChanged(k.left(slash), k.mid(slash + 1).toLongLong());
}

void WeComApiClient::deliver(const QPointer<QObject>& context, const Done& done, const WeComResult& result)
{
    if (!context || !done)
        return;
    // Queued, so done never runs inside the caller's own sendText() and always on context's thread.
    QMetaObject::invokeMethod(
        context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
}

void WeComApiClient::sendText(const WeComApp& app, const QString& toUser, const QString& text,
                              QObject* context, Done done)
{
    send(app, toUser, QStringLiteral("text"), text, context, std::move(done));
}

void WeComApiClient::sendMarkdown(const WeComApp& app, const QString& toUser, const QString& markdown,
                                  QObject* context, Done done)
{
    send(app, toUser, QStringLiteral("markdown"), markdown, context, std::move(done));
}

void WeComApiClient::send(const WeComApp& app, const QString& toUser, const QString& msgtype,
                          const QString& content, QObject* context, Done done)
{
    auto job = std::make_shared<SendJob>();
    job->app = app;
    job->toUser = toUser;
    job->msgtype = msgtype;
    job->context = context ? context : this;
    job->done = std::move(done);
    job->parts = WeComTextSplitter::split(content, kMaxTextBytes);
    if (job->parts.isEmpty()) {
        job->result.message = tr("Nothing to send: the message is empty.");
    } else if (toUser.trimmed().isEmpty()) {
        job->result.message = tr("Nothing to send: no recipient (a WeCom UserID) was given.");
    } else if (app.corpId.isEmpty() || app.corpSecret.isEmpty() || app.agentId <= 0) {
        job->result.message = tr("The WeCom app is not fully set up: the Corp ID, the Secret and the AgentId "
                                 "are all needed.");
    } else {
        sendNextPart(job);
        return;
    }
    deliver(job->context, job->done, job->result);
}

void WeComApiClient::sendNextPart(const std::shared_ptr<SendJob>& job)
{
    if (job->result.partsSent == job->parts.size()) {
        job->result.ok = true;
        deliver(job->context, job->done, job->result);
        return;
    }
    const QJsonObject body{
        {QStringLiteral("touser"), job->toUser},
        {QStringLiteral("msgtype"), job->msgtype},
        {QStringLiteral("agentid"), QJsonValue(job->app.agentId)},
        {job->msgtype, QJsonObject{{QStringLiteral("content"), job->parts.at(job->result.partsSent)}}},
        {QStringLiteral("safe"), 0}};
    auto call = std::make_shared<ApiCall>();
    call->app = job->app;
    call->path = QStringLiteral("/cgi-bin/message/send");
    call->post = true;
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // The remaining parts go on even if the context is gone: half a message is worse than an
    // unreported whole one.
    call->answered = [this, job](const WeComResult& answer, const QJsonObject& json) {
        if (!answer.ok) {
            WeComResult failure = answer;
            failure.msgIds = job->result.msgIds;
            failure.partsSent = job->result.partsSent;
            if (failure.partsSent > 0)
                failure.message += QLatin1Char(' ')
                    + tr("%1 of %2 parts had been sent before this.")
                          .arg(failure.partsSent)
                          .arg(job->parts.size());
            deliver(job->context, job->done, failure);
            return;
        }
        job->result.errmsg = answer.errmsg;
        job->result.httpStatus = answer.httpStatus;
        job->result.msgIds << json.value(QLatin1String("msgid")).toString();
        ++job->result.partsSent;
        sendNextPart(job);
    };
    callWithToken(call);
}

void WeComApiClient::fetchAgent(const WeComApp& app, QObject* context, Done done)
{
    QPointer<QObject> target = context ? context : this;
    if (app.corpId.isEmpty() || app.corpSecret.isEmpty() || app.agentId <= 0) {
        WeComResult result;
        result.message = tr("The WeCom app is not fully set up: the Corp ID, the Secret and the AgentId are "
                            "all needed.");
        deliver(target, done, result);
        return;
    }
    auto call = std::make_shared<ApiCall>();
    call->app = app;
    call->path = QStringLiteral("/cgi-bin/agent/get");
    call->query.addQueryItem(QStringLiteral("agentid"), QString::number(app.agentId));
    call->answered = [target, done](const WeComResult& answer, const QJsonObject& json) {
        WeComResult result = answer;
        if (result.ok) {
            result.agentName = json.value(QLatin1String("name")).toString();
            result.agentDescription = json.value(QLatin1String("description")).toString();
        }
        deliver(target, done, result);
    };
    callWithToken(call);
}

void WeComApiClient::callWithToken(const std::shared_ptr<ApiCall>& call)
{
    withToken(call->app, [this, call](const QString& token, const WeComResult& failure) {
        if (token.isEmpty()) {
            call->answered(failure, {});
            return;
        }
        QUrlQuery query = call->query;
        query.addQueryItem(QStringLiteral("access_token"), encoded(token));
        const QUrl url = apiUrl(call->app, call->path, query);
        exchange(call->post, url, call->body, {token, call->app.corpSecret},
                 [this, call, token](const WeComResult& answer, const QJsonObject& json) {
                     if (!WeComErrorDecoder::explain(answer.errcode, answer.errmsg).tokenRejected) {
                         call->answered(answer, json);
                         return;
                     }
                     const QString k = key(call->app.corpId, call->app.agentId);
                     const std::shared_ptr<Token> cached = m_tokens.value(k);
                     if (cached && cached->accessToken == token)
                         cached->accessToken.clear();
                     if (call->retried) {
                         WeComTokenState state = m_states.value(k);
                         state.state = WeComTokenState::State::Failed;
                         state.error = answer.message;
                         setState(k, state);
                         call->answered(answer, json);
                         return;
                     }
                     qCInfo(lcOutbound).nospace() << "WeCom rejected the access token (" << answer.errcode
                                                  << "); fetching a new one and trying once more";
                     call->retried = true;
                     callWithToken(call);
                 });
    });
}

void WeComApiClient::withToken(const WeComApp& app, TokenWaiter waiter)
{
    const QString k = key(app.corpId, app.agentId);
    std::shared_ptr<Token>& token = m_tokens[k];
    if (!token)
        token = std::make_shared<Token>();
    if (!token->accessToken.isEmpty() && token->secret == app.corpSecret && m_clock->now() < token->renewAt) {
        waiter(token->accessToken, {});
        return;
    }
    // Calls that need a token at the same time share one gettoken.
    if (token->pending && token->pending->secret == app.corpSecret) {
        token->pending->waiters << std::move(waiter);
        return;
    }
    auto fetch = std::make_shared<TokenFetch>();
    fetch->secret = app.corpSecret;
    fetch->waiters << std::move(waiter);
    token->pending = fetch;
    fetchToken(app, fetch);
}

void WeComApiClient::fetchToken(const WeComApp& app, const std::shared_ptr<TokenFetch>& fetch)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("corpid"), encoded(app.corpId));
    query.addQueryItem(QStringLiteral("corpsecret"), encoded(app.corpSecret));
    const QString k = key(app.corpId, app.agentId);
    exchange(false, apiUrl(app, QStringLiteral("/cgi-bin/gettoken"), query), {}, {app.corpSecret},
             [this, k, fetch](const WeComResult& answer, const QJsonObject& json) {
                 const QString accessToken = json.value(QLatin1String("access_token")).toString();
                 WeComResult failure = answer;
                 if (answer.ok && accessToken.isEmpty()) {
                     failure.ok = false;
                     failure.message = tr("The server answered gettoken without an access token; check "
                                          "api_base_url.");
                 }
                 const std::shared_ptr<Token> token = m_tokens.value(k);
                 const bool current = token && token->pending == fetch;
                 if (current)
                     token->pending.reset();
                 if (current) {
                     // 40001 (a wrong secret) lands here too: a configuration error, never retried.
                     const QDateTime now = m_clock->now();
                     WeComTokenState state;
                     if (failure.ok) {
                         // WeCom says 7200 s; renew 5 minutes early, or halfway for short-lived tokens.
                         const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(7200);
                         token->accessToken = accessToken;
                         token->secret = fetch->secret;
                         token->renewAt = now.addSecs(expiresIn - std::min<qint64>(300, expiresIn / 2));
                         state.state = WeComTokenState::State::Valid;
                         state.fetchedAt = now;
                         state.expiresAt = now.addSecs(expiresIn);
                     } else {
                         token->accessToken.clear();
                         state.state = WeComTokenState::State::Failed;
                         state.fetchedAt = now;
                         state.error = failure.message;
                     }
                     setState(k, state);
                 }
                 for (const TokenWaiter& waiter : std::as_const(fetch->waiters))
                     waiter(failure.ok ? accessToken : QString(), failure);
             });
}

} // namespace ChannelDesk
