// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/WeComSender.h"

#include "channels/ChannelManager.h"
#include "channels/WeComFields.h"
#include "store/DatabaseWorker.h"
#include "store/OutboundStore.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"
#include "wecom/WeComApiClient.h"

#include <QPromise>

namespace ChannelDesk {
namespace {

WeComApp appOf(const QString& corpId, const QString& agentId, const QString& secret, const QString& baseUrl)
{
    WeComApp app;
    app.corpId = corpId;
    app.corpSecret = secret;
    app.agentId = agentId.toLongLong();
    app.baseUrl = QUrl(baseUrl.isEmpty() ? WeComFields::defaultApiBaseUrl() : baseUrl);
    return app;
}

WeComApp appOf(const Channel& channel, const QString& secret)
{
    return appOf(channel.field(WeComFields::corpId()), channel.field(WeComFields::agentId()), secret,
                 channel.field(WeComFields::apiBaseUrl()));
}

} // namespace

WeComSender::WeComSender(ChannelManager* channels, const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_client(new WeComApiClient(nullptr, this))
    , m_recorder(databasePath.isEmpty() ? nullptr : std::make_unique<DatabaseWorker>(databasePath))
{
    connect(
        m_client, &WeComApiClient::tokenStateChanged, this, [this](const QString& corpId, qint64 agentId) {
            if (!m_channels)
                return;
            for (const Channel& channel : m_channels->channels()) {
                if (channel.kind == ChannelKinds::weCom() && channel.field(WeComFields::corpId()) == corpId
                    && channel.field(WeComFields::agentId()).toLongLong() == agentId)
                    emit tokenStateChanged(channel.id);
            }
        });
}

// The worker waits for a recording still running, before the connection it uses is closed.
WeComSender::~WeComSender() = default;

void WeComSender::setTimeoutMs(int ms)
{
    m_client->setTimeoutMs(ms);
}

WeComTokenState WeComSender::tokenState(const QString& channelId) const
{
    const std::optional<Channel> channel = m_channels ? m_channels->channel(channelId) : std::nullopt;
    if (!channel)
        return {};
    return m_client->tokenState(channel->field(WeComFields::corpId()),
                                channel->field(WeComFields::agentId()).toLongLong());
}

std::optional<SendRefusal> WeComSender::checkRecipient(const Channel& channel, const QString& userId)
{
    if (userId.trimmed().isEmpty())
        return SendRefusal{SendCode::InvalidNumber, tr("Give the WeCom user id (账号) to send to."), {}};
    if (userId.contains(QLatin1Char('|')) || userId == QLatin1String("@all"))
        return SendRefusal{SendCode::InvalidNumber,
                           tr("Send to one WeCom user id at a time, not “%1”.").arg(userId.left(64)),
                           {}};
    if (!WeComFields::allows(channel, userId))
        return SendRefusal{SendCode::NotAllowed,
                           tr("%1 is not on the allowlist of “%2”. Add the user id to the channel's allowed "
                              "users (or allow every member) to answer them.")
                               .arg(userId.left(64), channel.name),
                           {}};
    return std::nullopt;
}

void WeComSender::send(const SendRequest& request)
{
    const std::optional<Channel> channel = m_channels ? m_channels->channel(request.channelId) : std::nullopt;
    if (!channel || channel->kind != ChannelKinds::weCom()) {
        emit refused(request.reference,
                     SendRefusal{SendCode::SendFailed,
                                 tr("There is no WeCom channel “%1”.").arg(request.channelId),
                                 {}});
        return;
    }
    if (!channel->enabled) {
        emit refused(
            request.reference,
            SendRefusal{SendCode::NotConnected, tr("Channel “%1” is disabled.").arg(channel->id), {}});
        return;
    }
    const QString to = request.to.trimmed();
    if (const std::optional<SendRefusal> refusal = checkRecipient(*channel, to)) {
        emit refused(request.reference, *refusal);
        return;
    }
    if (request.content.kind != OutboundContent::Kind::Text || request.content.text.trimmed().isEmpty()) {
        emit refused(
            request.reference,
            SendRefusal{SendCode::SendFailed, tr("WeCom channels send text only, and not empty text."), {}});
        return;
    }
    OutboundItem item;
    item.id = m_nextId--;
    item.channelId = channel->id;
    item.peer = to;
    item.content = request.content;
    item.state = QStringLiteral("sending");
    item.source = request.source;
    item.sentBy = request.sentBy;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.updatedAt = item.createdAt;
    whenFinished(m_channels->readSecret(channel->id, WeComFields::corpSecret()), this,
                 [this, request, item, channel = *channel](const SecretResult& secret) {
                     if (!secret.ok()) {
                         emit refused(
                             request.reference,
                             SendRefusal{SendCode::AuthFailed,
                                         tr("The Secret of “%1” cannot be read: %2")
                                             .arg(channel.id, ChannelManager::secretError(secret).message),
                                         {}});
                         return;
                     }
                     start(request, appOf(channel, secret.value), item);
                 });
}

void WeComSender::start(const SendRequest& request, const WeComApp& app, const OutboundItem& item)
{
    if (!m_recorder) {
        emit queued(request.reference, item);
        deliver(request, app, item);
        return;
    }
    // In the outbound store first, so that the log shows the reply at once and a crash leaves it
    // "unknown" rather than lost. Claimed at once: no queue sends a WeCom channel's rows.
    const auto recorded
        = m_recorder->run([path = m_recorder->databasePath(), item]() -> Result<OutboundItem> {
              const OutboundStore store(path);
              Result<OutboundItem> row = store.enqueue(item.channelId, item.peer, item.content, item.source,
                                                       item.createdAt, item.sentBy);
              if (!row.ok())
                  return row;
              const Result<bool> claimed = store.claim(row.value().id, item.createdAt);
              if (!claimed.ok())
                  return claimed.error();
              OutboundItem sending = row.value();
              sending.state = QStringLiteral("sending");
              return sending;
          });
    whenFinished(recorded, this, [this, request, app](const Result<OutboundItem>& row) {
        if (!row.ok()) {
            emit refused(request.reference, SendRefusal{SendCode::SendFailed, row.error().message, {}});
            return;
        }
        emit queued(request.reference, row.value());
        deliver(request, app, row.value());
    });
}

void WeComSender::deliver(const SendRequest& request, const WeComApp& app, const OutboundItem& queuedItem)
{
    m_client->sendText(app, queuedItem.peer, request.content.text, this,
                       [this, item = queuedItem](const WeComResult& result) mutable {
                           item.updatedAt = QDateTime::currentDateTimeUtc();
                           if (!result.ok) {
                               item.state = QStringLiteral("failed");
                               item.errorCode = result.errcode;
                               item.error = result.message;
                           } else {
                               item.state = QStringLiteral("accepted");
                               item.messageId = result.msgIds.value(0);
                               item.acceptedAt = item.updatedAt;
                           }
                           finish(item);
                       });
}

void WeComSender::finish(const OutboundItem& item)
{
    if (!m_recorder || item.id <= 0) {
        emit itemChanged(item);
        return;
    }
    const auto recorded = m_recorder->run([path = m_recorder->databasePath(), item] {
        const OutboundStore store(path);
        return item.state == QLatin1String("accepted")
            ? store.markAccepted(item.id, item.messageId, item.updatedAt)
            : store.markFailed(item.id, item.errorCode, item.error, item.updatedAt);
    });
    whenFinished(recorded, this, [this, item](const Status& status) {
        if (!status.ok())
            qCWarning(lcOutbound) << "Could not record a WeCom send:" << status.error().message;
        emit itemChanged(item);
    });
}

QFuture<ConnectionCheck> WeComSender::check(const ConnectionCheckRequest& request)
{
    auto promise = std::make_shared<QPromise<ConnectionCheck>>();
    promise->start();
    QFuture<ConnectionCheck> future = promise->future();
    const auto run = [this, request, promise](const QString& secret) {
        const WeComApp app
            = appOf(request.corpId, request.agentId, secret, request.apiBaseUrl.toString(QUrl::FullyEncoded));
        if (request.timeoutMs > 0)
            m_client->setTimeoutMs(request.timeoutMs);
        m_client->fetchAgent(app, this, [request, promise](const WeComResult& result) {
            ConnectionCheck check;
            if (promise->isCanceled()) {
                check.outcome = ConnectionCheck::Outcome::Cancelled;
            } else if (result.ok) {
                check.outcome = ConnectionCheck::Outcome::Ok;
                check.successText = tr("Connected to the app “%1” (AgentId %2) of corp %3.")
                                        .arg(result.agentName, request.agentId, request.corpId);
            } else {
                check.failureText = result.message;
                check.details = result.errcode != 0
                    ? QStringLiteral("errcode %1: %2").arg(result.errcode).arg(result.errmsg)
                    : result.errmsg;
            }
            promise->addResult(check);
            promise->finish();
        });
    };
    if (!request.corpSecret.isEmpty() || request.channelId.isEmpty() || !m_channels) {
        run(request.corpSecret);
        return future;
    }
    whenFinished(
        m_channels->readSecret(request.channelId, WeComFields::corpSecret()), this,
        [run, promise](const SecretResult& result) {
            if (result.ok()) {
                run(result.value);
                return;
            }
            ConnectionCheck check;
            check.failureText = result.code == SecretResult::Code::NotFound
                ? tr("No Secret is stored for this channel. Click Replace… next to Secret to enter it.")
                : tr("Cannot read the Secret. %1").arg(ChannelManager::secretError(result).message);
            promise->addResult(check);
            promise->finish();
        });
    return future;
}

} // namespace ChannelDesk
