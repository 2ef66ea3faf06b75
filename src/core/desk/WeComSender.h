// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Replies on WeCom channels through message/send and Test Connection for WeCom apps (gettoken,
//! then agent/get). Sends are reported like LinkedSender's (queued, then accepted or failed) and
//! not retried: WeCom takes the text now or says why not. Each send is a row of the outbound
//! store (so the log shows it at once) that no queue picks up: it is claimed when written and
//! marked accepted or failed when WeCom answers. A recipient outside the channel's allowlist is
//! refused before any request.

#include "desk/ConnectionCheck.h"
#include "model/OutboundItem.h"
#include "model/SendRequest.h"
#include "model/WeComTokenState.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ChannelDesk {

class ChannelManager;
class DatabaseWorker;
class WeComApiClient;
struct Channel;
struct WeComApp;

class WeComSender : public QObject
{
    Q_OBJECT

public:
    //! Without a databasePath, accepted sends are reported but not recorded.
    explicit WeComSender(ChannelManager* channels, const QString& databasePath = {},
                         QObject* parent = nullptr);
    ~WeComSender() override;

    //! Answered with queued() or refused() with the request's reference, then itemChanged().
    void send(const SendRequest& request);
    //! With the request's secret, or the channel's stored one.
    QFuture<ConnectionCheck> check(const ConnectionCheckRequest& request);
    WeComTokenState tokenState(const QString& channelId) const;
    //! The client's overall deadline per request (tests shorten it).
    void setTimeoutMs(int ms);

    //! Refusal for a recipient the channel does not allow, or nothing.
    static std::optional<SendRefusal> checkRecipient(const Channel& channel, const QString& userId);

signals:
    void queued(const QString& reference, const ChannelDesk::OutboundItem& item);
    void refused(const QString& reference, const ChannelDesk::SendRefusal& refusal);
    void itemChanged(const ChannelDesk::OutboundItem& item);
    void tokenStateChanged(const QString& channelId);

private:
    void start(const SendRequest& request, const WeComApp& app, const OutboundItem& item);
    void deliver(const SendRequest& request, const WeComApp& app, const OutboundItem& item);
    void finish(const OutboundItem& item);

    QPointer<ChannelManager> m_channels;
    WeComApiClient* m_client;
    std::unique_ptr<DatabaseWorker> m_recorder; //!< null without a database
    qint64 m_nextId = -1'000'000'000; //!< not queued: negative ids apart from the linked sender's
};

} // namespace ChannelDesk
